/** @module serve/server.test — the server on a real socket, and `rashomon serve` as a process. */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { request } from 'node:http'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { repoRoot } from '../ingest/fixtures/helpers.js'
import { listen } from './server.js'

/** The status of `GET /api/health` on the server at `url`, sent with the given Host header. */
function healthWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request(new URL('api/health', url), { headers: { host } }, (res) => {
      res.resume()
      resolve(res.statusCode)
    }).on('error', reject).end()
  })
}

describe('listen', () => {
  test('serves on loopback on a free port, and stops', async () => {
    const server = await listen({ port: 0 })
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/u)
    const res = await fetch(new URL('api/health', server.url))
    assert.equal(res.status, 200)
    await server.close()
    await assert.rejects(fetch(new URL('api/health', server.url)))
  })

  test('on loopback, answers only to loopback names (no DNS rebinding)', async () => {
    const server = await listen({ port: 0 })
    assert.deepEqual([await healthWithHost(server.url, 'localhost:8080'), await healthWithHost(server.url, 'evil.example')], [200, 403])
    await server.close()
    const named = await listen({ port: 0, allowedHosts: ['news.example'] })
    assert.deepEqual(named.allowedHosts, ['news.example'])
    assert.deepEqual([await healthWithHost(named.url, 'news.example:8080'), await healthWithHost(named.url, '127.0.0.1')], [200, 403])
    await named.close()
  })

  test('a port in use is an error, not a crash', async () => {
    const first = await listen({ port: 0 })
    const port = Number(new URL(first.url).port)
    await assert.rejects(listen({ port }), /EADDRINUSE/u)
    await first.close()
  })
})

describe('rashomon serve', () => {
  test('says where it serves, answers, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(repoRoot(), 'bin', 'rashomon.js'), 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString()
        const found = /serving on (http:\S+)/u.exec(err)?.[1]
        if (found) resolve(found)
      })
      child.once('exit', () => reject(new Error(`exited early: ${err}`)))
    })
    assert.equal((await fetch(new URL('api/health', url))).status, 200)
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit') as [number]
    assert.equal(code, 0)
    assert.match(err, /stopped/u)
  })
})
