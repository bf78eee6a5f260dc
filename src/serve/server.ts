/** @module serve/server — puts the app on a port (`@hono/node-server`). */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createApp, type AppOptions } from './app.js'

/** Where to listen: loopback by default, so the server is reachable from this machine only. */
export interface ListenOptions extends AppOptions {
  /** @default 8080; 0 picks a free port */
  readonly port?: number
  /** @default '127.0.0.1' */
  readonly host?: string
}

/** A running server: its address, and how to stop it. */
export interface RunningServer {
  readonly url: string
  /** The host names it answers to; undefined when any (bound beyond loopback with none named). */
  readonly allowedHosts: readonly string[] | undefined
  readonly close: () => Promise<void>
}

/** Host names of this machine's loopback interface. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

/** Starts the server; resolves once it listens. */
export function listen(options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  // On loopback, answer only to loopback names: a site whose name is made to resolve to 127.0.0.1 (DNS rebinding) is refused.
  const allowedHosts = options.allowedHosts ?? (LOOPBACK.has(host) ? [...LOOPBACK] : undefined)
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: createApp({ ...options, ...(allowedHosts ? { allowedHosts } : {}) }).fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shown}:${info.port}/`,
        allowedHosts,
        close: () => new Promise((done) => {
          if ('closeAllConnections' in server) server.closeAllConnections()
          server.close(() => done())
        }),
      })
    })
    server.once('error', reject)
  })
}
