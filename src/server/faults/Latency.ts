/**
 * `--latency MS[:JITTER]`: each echoed chunk is held MS ms plus a uniform 0..JITTER ms before it is
 * written back, as toxiproxy's `latency` toxic. A chunk never overtakes the one before: when its
 * draw is shorter than what is left of the previous chunk's, it goes right after that one.
 *
 * Memory stays bounded, so a held chunk counts towards the connection's backpressure bound: a
 * client streaming through it gets at most about that bound per MS (16 KiB per 50 ms is 320 KiB/s),
 * as a real link of that delay would with a window of that size.
 */
import * as Schema from "effect/Schema"
import { type Fault, millis, parseMillis, parsePair } from "./Fault.js"

export interface Settings {
  readonly ms: number
  readonly jitterMs: number
}

export const fault: Fault<Settings> = {
  name: "latency",
  schema: Schema.Struct({ ms: millis, jitterMs: Schema.optionalWith(millis, { default: () => 0 }) }),
  syntax: "MS[:JITTER]",
  expected: "MS[:JITTER], whole milliseconds from 0 to 3600000 each",
  help: "Hold each echoed chunk MS ms, plus a uniform 0 to JITTER ms, before writing it back; order is kept.",
  parse: (text) => {
    const pair = parsePair(text, parseMillis, parseMillis, 0)
    return pair === undefined ? undefined : { ms: pair[0], jitterMs: pair[1] }
  },
  format: ({ jitterMs, ms }) => (jitterMs === 0 ? `${ms}` : `${ms}:${jitterMs}`),
  part: ({ jitterMs, ms }) => {
    let last = 0
    return {
      _tag: "Pace",
      noDelay: false,
      pace: {
        arrive: (now) => last = Math.max(last, now + ms + (jitterMs === 0 ? 0 : Math.random() * jitterMs)),
        readyAt: (stamp) => stamp,
        pieceBytes: Infinity,
        sent: () => {}
      }
    }
  }
}
