/**
 * The `tcp-echo` executable. First it installs the start-up signal handlers; then it answers help and
 * version from the build's recordings (`Recorded`) without loading the CLI at all; anything else runs
 * the CLI bundle (`main.cjs`) through V8's code cache. Compiling the ~400 KB bundle is a third of a
 * cold start; with the cache made at build time (`--write-cache`, from a `serve` start) V8 skips it.
 * A missing or stale cache or recording only costs that time back.
 */
import * as StartupSignals from "./StartupSignals.js"
StartupSignals.install()

import * as Fs from "node:fs"
import Module from "node:module"
import * as Path from "node:path"
import * as Vm from "node:vm"
import * as Recorded from "./Recorded.js"

const bundle = Path.join(__dirname, "main.cjs")
const cacheFile = Path.join(__dirname, "main.cache")

const readCache = (): Buffer | undefined => {
  try {
    return Fs.readFileSync(cacheFile)
  } catch {
    return undefined
  }
}

const runBundle = (writeCache: boolean) => {
  const script = new Vm.Script(Module.wrap(Fs.readFileSync(bundle, "utf8")), {
    filename: bundle,
    ...(writeCache ? {} : { cachedData: readCache() })
  })
  if (writeCache) process.once("exit", () => Fs.writeFileSync(cacheFile, script.createCachedData()))
  const main = new Module(bundle, module)
  main.filename = bundle
  main.paths = (Module as unknown as { _nodeModulePaths: (dir: string) => Array<string> })._nodeModulePaths(__dirname)
  script.runInThisContext()(main.exports, (id: string) => main.require(id), main, bundle, __dirname)
}

const writeCache = process.argv[2] === "--write-cache"
if (writeCache) process.argv.splice(2, 1)
const recording = writeCache ? undefined : Recorded.find(__dirname, process.argv.slice(2))
if (recording === undefined) runBundle(writeCache)
else Recorded.replay(recording, process.stdout.isTTY === true)
