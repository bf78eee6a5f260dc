#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled TypeScript (npm ci builds it through `prepare`).
import { main } from '../dist/src/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
