/**
 * @module bench/main — `npm run bench -- <name> [options]` runs `bench/<name>.ts`.
 *
 * Each benchmark module exports `run(args: string[]): Promise<void>` and prints its figures,
 * ending with one JSON line. With no name, the speed benchmark runs.
 */
import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

interface BenchModule { run: (args: string[]) => Promise<void> }

const here = dirname(fileURLToPath(import.meta.url))
const available = readdirSync(here).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && f !== 'main.js' && !f.startsWith('lib-')).map((f) => f.slice(0, -3))
const [name = 'speed', ...args] = process.argv.slice(2)
if (!available.includes(name)) {
  console.error(`unknown benchmark "${name}"; available: ${available.join(', ')}`)
  process.exit(2)
}
const module = (await import(`./${name}.js`)) as BenchModule
await module.run(args)
