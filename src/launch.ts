/**
 * The `tcp-echo` executable: runs the CLI bundle (`main.cjs`) through V8's code cache. Compiling the
 * ~400 KB bundle is a third of a cold start; with the cache made at build time (`--write-cache`,
 * from a `--help` run) V8 skips it. A missing or stale cache only costs that time back.
 */
import * as Fs from "node:fs"
import Module from "node:module"
import * as Path from "node:path"
import * as V8 from "node:v8"
import * as Vm from "node:vm"

// V8 doubles the young generation whenever most new objects survive a scavenge, which is what
// accepting thousands of long-lived connections looks like; the extra space then stays in RSS.
// Kept at its initial size, idle memory per connection halves (see the README's Performance),
// with no measurable cost to throughput: an echo's buffers live outside the JavaScript heap.
V8.setFlagsFromString("--semi-space-growth-factor=1")

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
