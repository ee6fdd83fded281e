// Where evaluating the CLI bundle goes, module by module (README, Start-up). It bundles the CLI as it
// ships but unminified, where esbuild opens each module's code with a `// path` comment, and puts a
// clock reading before each; it then starts `serve --host 127.0.0.1 --port 0` RUNS times through the
// project's launcher and code cache, up to `listening on`, and prints the median time of each package
// and of the slowest modules. The readings add about 1 us each (360 of them), and a garbage
// collection lands in whichever module is evaluating when it falls due: a module's time is its own
// work plus that. Run: node scratchpad/perf/module-times.mjs [RUNS] (after npm run build).
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Esbuild from "esbuild"
import * as CliBundle from "../../scripts/cli-bundle.mjs"
import { untilListening } from "../../scripts/until-listening.mjs"

const runs = Number(process.argv[2] ?? "15")
const root = fileURLToPath(new URL("../..", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "tcp-echo-module-times-"))
const launcher = join(dir, "bin.cjs")
const bundle = join(dir, "main.cjs")

await Esbuild.build({ ...CliBundle.cliBundle(root), minify: false, outfile: bundle })
// Each module's readings go to the file named by MODULE_TIMES when the process exits.
const recorder = `var __times = [];
var __module = (name) => void __times.push(name, process.hrtime.bigint());
process.once("exit", () => {
  if (process.env.MODULE_TIMES === undefined) return;
  const rows = [];
  for (let i = 0; i < __times.length; i += 2) rows.push([__times[i], Number((__times[i + 3] ?? process.hrtime.bigint()) - __times[i + 1]) / 1e6]);
  require("node:fs").writeFileSync(process.env.MODULE_TIMES, JSON.stringify(rows));
});`
const lines = readFileSync(bundle, "utf8").split("\n")
const marked = lines.flatMap((line) => {
  const module = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line)?.[1]
  return module === undefined ? [line] : [`__module(${JSON.stringify(module)});`, line]
})
// One more reading where bin.ts starts running the CLI, so that bin.ts's time is its module's alone.
const programStart = marked.findIndex((line) => line.startsWith("process.on(\"SIGINT\""))
marked.splice(programStart, 0, `__module("(the program)");`)
writeFileSync(bundle, [marked[0].replace(/^("use strict";)?/, (strict) => strict + recorder), ...marked.slice(1)].join("\n"))
copyFileSync(join(root, "dist", "bin.cjs"), launcher)
symlinkSync(join(root, "node_modules"), join(dir, "node_modules"))

/** One `serve` start until it listens; its readings, or none for the start that makes the code cache. */
const serveOnce = async (writeCache, file) => {
  const args = [...(writeCache ? ["--write-cache"] : []), "serve", "--host", "127.0.0.1", "--port", "0"]
  const run = await untilListening([launcher, ...args], { env: { ...process.env, MODULE_TIMES: file } })
  if (!run.listened) throw new Error(`serve did not listen: ${run.stderr}`)
  return writeCache ? [] : JSON.parse(readFileSync(file, "utf8"))
}

await serveOnce(true, join(dir, "cache-run.json"))
const byModule = new Map()
for (let i = 0; i < runs; i++) {
  for (const [module, ms] of await serveOnce(false, join(dir, `run-${i}.json`))) {
    byModule.set(module, [...(byModule.get(module) ?? []), ms])
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const rows = [...byModule].filter(([module]) => module !== "(the program)").map(([module, ms]) => [module, median(ms)])
const packageOf = (module) =>
  /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(module)?.[1] ?? `the project (${module.split("/")[1] ?? module})`
const packages = new Map()
for (const [module, ms] of rows) packages.set(packageOf(module), (packages.get(packageOf(module)) ?? 0) + ms)
const shown = (entries) => entries.sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${ms.toFixed(2).padStart(7)} ms  ${name}`)
console.log(`${runs} starts; evaluating the bundle: ${rows.reduce((sum, [, ms]) => sum + ms, 0).toFixed(1)} ms (sum of medians)`)
console.log(shown([...packages]).join("\n"))
console.log("slowest modules:")
console.log(shown(rows).slice(0, 15).join("\n"))
