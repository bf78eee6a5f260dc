/**
 * @module bench/lib-dispatch — runs `<folder>/<name>.js` by name for `npm run bench` and `npm run train`.
 *
 * Each runnable module exports `run(args: string[]): Promise<void>`, prints its figures and ends
 * with one JSON line. Files named `main.js`, `lib-*.js` and `*.test.js` are not runnable.
 */
import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

interface RunnableModule { run: (args: string[]) => Promise<void> }

/** Runs the module named by the first command-line argument (or `fallback`) from the folder of `moduleUrl`. */
export async function dispatch(moduleUrl: string, kind: string, fallback?: string): Promise<void> {
  const here = dirname(fileURLToPath(moduleUrl))
  const available = readdirSync(here)
    .filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && f !== 'main.js' && !f.startsWith('lib-'))
    .map((f) => f.slice(0, -3))
  const [name = fallback, ...args] = process.argv.slice(2)
  if (name === undefined || !available.includes(name)) {
    console.error(`${name === undefined ? `name a ${kind}` : `unknown ${kind} "${name}"`}; available: ${available.join(', ')}`)
    process.exit(2)
  }
  const module = (await import(`${dirname(moduleUrl)}/${name}.js`)) as RunnableModule
  await module.run(args)
}
