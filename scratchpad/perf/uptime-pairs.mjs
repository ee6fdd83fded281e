// Start-up of two builds of `tcp-echo serve`, measured inside each process rather than from exec:
// a preload reports `process.uptime()` (ms since the process began) when the `listening on` line is
// written, then ends the process. The builds alternate, swapping places every round, and the median
// of their differences round by round is printed with its middle half: the machine's drift between
// rounds, and the time exec takes, do not enter it.
// Run: node scratchpad/perf/uptime-pairs.mjs OTHER/dist/bin.cjs [rounds]
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const [beforeBin, roundsText = "41"] = process.argv.slice(2)
if (beforeBin === undefined) {
  console.error("usage: node scratchpad/perf/uptime-pairs.mjs OTHER/dist/bin.cjs [rounds]")
  process.exit(2)
}
const bin = fileURLToPath(new URL("../../dist/bin.cjs", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "tcp-echo-uptime-"))
const preload = join(dir, "uptime.cjs")
writeFileSync(
  preload,
  `const write = process.stderr.write.bind(process.stderr)
process.stderr.write = (text, ...rest) => {
  if (String(text).includes("listening on")) {
    process.stdout.write("uptime " + process.uptime() * 1000 + "\\n")
    process.exit(0)
  }
  return write(text, ...rest)
}
`
)

const uptime = (script) => {
  const result = spawnSync("node", ["--require", preload, script, "serve", "--host", "127.0.0.1", "--port", "0"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 10_000
  })
  const ms = /uptime (\S+)/.exec(result.stdout)?.[1]
  if (ms === undefined) throw new Error(`${script}: no listening line: ${result.stderr}`)
  return Number(ms)
}

const now = [], before = []
for (let i = 0; i < Number(roundsText); i++) {
  if (i % 2 === 0) now.push(uptime(bin)), before.push(uptime(beforeBin))
  else before.push(uptime(beforeBin)), now.push(uptime(bin))
}
rmSync(dir, { recursive: true, force: true })

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.round(q * (values.length - 1))]
const line = (values) => `median ${quantile(values, 0.5).toFixed(1)} ms (p25-p75 ${quantile(values, 0.25).toFixed(1)}-${quantile(values, 0.75).toFixed(1)})`
console.log(`this build, uptime at listening: ${line(now)}`)
console.log(`before, uptime at listening: ${line(before)}`)
console.log(`this build minus before, round by round: ${line(now.map((ms, i) => ms - before[i]))}`)
