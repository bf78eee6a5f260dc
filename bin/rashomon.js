#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled TypeScript (npm ci builds it through `prepare`).
import { main } from '../dist/src/cli/main.js'

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})
process.exitCode = await main(process.argv.slice(2))
