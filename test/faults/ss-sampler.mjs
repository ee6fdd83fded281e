// Worker thread for harness.ts's watchEcho: runs `ss` on the server's connections every few ms on a
// thread of its own, so samples stay evenly spaced however busy the test's event loop is. Plain
// JavaScript: a worker's file is loaded by Node as it is, without the test runner's TypeScript.
import { execFileSync } from "node:child_process"
import { parentPort, workerData } from "node:worker_threads"

const { port, intervalMs } = workerData
const pause = new Int32Array(new SharedArrayBuffer(4))
const now = () => Number(process.hrtime.bigint()) / 1e6

for (;;) {
  const at = now()
  const text = execFileSync("ss", ["-tinH", "state", "established", `( sport = :${port} )`], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024
  })
  parentPort.postMessage({ at, by: now(), text })
  Atomics.wait(pause, 0, 0, intervalMs)
}
