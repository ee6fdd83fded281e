// Start-up, side by side in alternating runs: exec to the "listening on" line for the plain Node
// echo (../shared/bench's node-net-echo.mjs, or any script given) and for `tcp-echo serve`, and
// exec to exit for `tcp-echo --help`. Prints medians, with the middle half of the runs (p25-p75), and
// each median's ratio to the plain echo's. Before each round it waits (at most 5 s) until the machine
// is nearly idle, as ../shared/bench/compare.sh does, and says how many rounds found it so. With
// --before, another build's `serve` (its dist/bin.cjs) starts in each round too, for a side-by-side,
// with the median of the two builds' differences round by round.
// Run: node scratchpad/perf/startup.mjs /path/to/node-net-echo.mjs [runs] [--before /other/dist/bin.cjs]
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const [plainScript, runsText = "15", beforeFlag, beforeBin] = process.argv.slice(2)
if (beforeFlag !== undefined && (beforeFlag !== "--before" || beforeBin === undefined)) {
  console.error("usage: node scratchpad/perf/startup.mjs NODE-NET-ECHO.mjs [RUNS] [--before OTHER/dist/bin.cjs]")
  process.exit(2)
}
const bin = fileURLToPath(new URL("../../dist/bin.cjs", import.meta.url))

const timed = (args, until) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn("node", args, { stdio: ["ignore", "pipe", "pipe"] })
    const ms = () => Number(process.hrtime.bigint() - started) / 1e6
    let seen = ""
    const watchdog = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`no start: ${args.join(" ")}`))), 10_000)
    const onOutput = (text) => {
      seen += text
      if (until !== "exit" && until.test(seen)) {
        clearTimeout(watchdog)
        resolve(ms())
        child.kill("SIGKILL")
      }
    }
    child.stdout.on("data", onOutput)
    child.stderr.on("data", onOutput)
    child.on("exit", () => {
      clearTimeout(watchdog)
      if (until === "exit") resolve(ms())
    })
  })

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.round(q * (values.length - 1))]
const busyTicks = () => {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
  return [user, nice, system, irq, softirq, steal].reduce((sum, ticks) => sum + Number(ticks), 0)
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** Waits until under 25% of one core is busy over 0.5 s (100 ticks a second); false if it never was in 5 s. */
const quiet = async () => {
  for (let i = 0; i < 10; i++) {
    const before = busyTicks()
    await sleep(500)
    if (busyTicks() - before < 12.5) return true
  }
  return false
}

const median = (values) => quantile(values, 0.5)
const spread = (values) => `p25-p75 ${quantile(values, 0.25).toFixed(1)}-${quantile(values, 0.75).toFixed(1)} ms`
const plain = [], serve = [], help = [], before = []
let quietRounds = 0
for (let i = 0; i < Number(runsText); i++) {
  if (await quiet()) quietRounds++
  plain.push(await timed([plainScript, "0"], /listening on/))
  // The two builds swap places every round, so that neither always runs right after the plain echo.
  const builds = [[bin, serve], ...(beforeBin === undefined ? [] : [[beforeBin, before]])]
  for (const [script, times] of i % 2 === 0 ? builds : builds.reverse()) {
    times.push(await timed([script, "serve", "--host", "127.0.0.1", "--port", "0"], /listening on/))
  }
  help.push(await timed([bin, "--help"], "exit"))
}
const p = median(plain)
console.log(`${quietRounds} of ${plain.length} rounds began on a nearly idle machine`)
console.log(`plain Node echo, exec to listening: ${p.toFixed(1)} ms (${spread(plain)})`)
console.log(`tcp-echo serve, exec to listening: ${median(serve).toFixed(1)} ms (${(median(serve) / p).toFixed(2)}x; ${spread(serve)})`)
if (beforeBin !== undefined) {
  console.log(`before: serve, exec to listening: ${median(before).toFixed(1)} ms (${(median(before) / p).toFixed(2)}x; ${spread(before)})`)
  // Both ran in the same round, on the same machine state: their difference is steadier than either.
  const differences = serve.map((ms, i) => ms - before[i])
  console.log(`serve minus before, round by round: median ${median(differences).toFixed(1)} ms (${spread(differences)})`)
}
console.log(`tcp-echo --help, exec to exit: ${median(help).toFixed(1)} ms (${(median(help) / p).toFixed(2)}x; ${spread(help)})`)
