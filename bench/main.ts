/**
 * @module bench/main — `npm run bench -- <name> [options]` runs `bench/<name>.ts`; with no name, the speed benchmark.
 */
import { dispatch } from './lib-dispatch.js'

await dispatch(import.meta.url, 'benchmark', 'speed')
