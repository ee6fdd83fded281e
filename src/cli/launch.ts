/**
 * The `tcp-echo` executable. First it installs the start-up signal handlers; then it answers help and
 * version from the build's recordings (`Recorded`) without loading the CLI at all; anything else runs
 * the CLI bundle (`main.cjs`) through V8's code cache. Compiling the ~400 KB bundle is a third of a
 * cold start; with the cache made at build time (`--write-cache`, from a `serve` start) V8 skips it.
 * A missing or stale cache or recording only costs that time back: the package ships no cache (it
 * is as large as the bundle twice over, and made for one Node version), so the first run makes it.
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

/**
 * Writes the cache beside the bundle, through a file of this process's own, so that two first runs
 * at once cannot leave a torn one. Where the folder is not writable (a global install run by another
 * user) every run goes on without a cache: that costs start-up time only, so the failure is dropped.
 */
const saveCache = (data: Buffer) => {
  const temporary = `${cacheFile}.${process.pid}`
  try {
    Fs.writeFileSync(temporary, data)
    Fs.renameSync(temporary, cacheFile)
  } catch {
    Fs.rmSync(temporary, { force: true })
  }
}

const runBundle = (writeCache: boolean) => {
  const cachedData = writeCache ? undefined : readCache()
  const script = new Vm.Script(Module.wrap(Fs.readFileSync(bundle, "utf8")), {
    filename: bundle,
    ...(cachedData === undefined ? {} : { cachedData })
  })
  // At exit, the functions this run compiled are in the cache too.
  if (writeCache) process.once("exit", () => Fs.writeFileSync(cacheFile, script.createCachedData()))
  else if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once("exit", () => saveCache(script.createCachedData()))
  }
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
