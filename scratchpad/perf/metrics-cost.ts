/**
 * What the metrics and the event gates cost per connection (one accept and one close), with no
 * subscriber: a loop over the recorder the server calls.
 * Run: npx esbuild scratchpad/perf/metrics-cost.ts --bundle --platform=node --log-level=warning | node
 */
import * as Effect from "effect/Effect"
import type { Summary } from "../../src/server/CloseRecord.js"
import { Hub } from "../../src/server/Events.js"
import * as Metrics from "../../src/server/Metrics.js"

const recorder = Effect.runSync(Effect.scoped(Metrics.make(new Set<Metrics.Open>())))
const hub = new Hub()
const connection: Metrics.Open = { socket: { bytesRead: 64, bytesWritten: 64 } }
const summary: Summary = {
  id: 1,
  peer: { address: "127.0.0.1", port: 40000 },
  reason: "client-fin",
  durationMs: 3.2,
  bytesIn: 64,
  bytesOut: 64,
  failure: undefined
}
const connections = 2_000_000
for (let round = 0; round < 3; round++) {
  const started = process.hrtime.bigint()
  for (let i = 0; i < connections; i++) {
    recorder.accepted()
    if (hub.size !== 0) throw new Error("no subscriber expected")
    recorder.closed(connection, summary)
    if (hub.size !== 0) throw new Error("no subscriber expected")
  }
  console.log(`${(Number(process.hrtime.bigint() - started) / connections).toFixed(0)} ns per connection`)
}
