/**
 * The `tcp-echo` executable: runs the CLI bundle (`main.cjs`) through V8's code cache. Compiling the
 * ~400 KB bundle is a third of a cold start; with the cache made at build time (`--write-cache`,
 * from a `--help` run) V8 skips it. A missing or stale cache only costs that time back.
 */
import * as StartupSignals from "./StartupSignals.js"
StartupSignals.install()

import * as Fs from "node:fs"
import Module from "node:module"
import * as Path from "node:path"
import * as Vm from "node:vm"

const bundle = Path.join(__dirname, "main.cjs")
const cacheFile = Path.join(__dirname, "main.cache")
const writeCache = process.argv[2] === "--write-cache"
if (writeCache) process.argv.splice(2, 1)

const readCache = (): Buffer | undefined => {
  try {
    return Fs.readFileSync(cacheFile)
  } catch {
    return undefined
  }
}

const script = new Vm.Script(Module.wrap(Fs.readFileSync(bundle, "utf8")), {
  filename: bundle,
  ...(writeCache ? {} : { cachedData: readCache() })
})
if (writeCache) process.once("exit", () => Fs.writeFileSync(cacheFile, script.createCachedData()))

const main = new Module(bundle, module)
main.filename = bundle
main.paths = (Module as unknown as { _nodeModulePaths: (dir: string) => Array<string> })._nodeModulePaths(__dirname)
script.runInThisContext()(main.exports, (id: string) => main.require(id), main, bundle, __dirname)
