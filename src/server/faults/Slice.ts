/**
 * `--slice BYTES[:DELAY_MS]`: echo in writes of at most BYTES, DELAY_MS apart, as toxiproxy's
 * `slicer` toxic: the client must reassemble its messages from many small reads. Each slice leaves
 * as its own segment (TCP_NODELAY is set on the connection), so the client sees them apart.
 */
import * as Schema from "effect/Schema"
import { parseSize } from "../../units.js"
import { type Fault, formatSize, integer, millis, parseMillis, parsePair } from "./Fault.js"

export interface Settings {
  readonly bytes: number
  readonly delayMs: number
}

export const fault: Fault<Settings> = {
  name: "slice",
  schema: Schema.Struct({
    bytes: integer(1, 1024 ** 3),
    delayMs: Schema.optionalWith(millis, { default: () => 0 })
  }),
  syntax: "BYTES[:DELAY_MS]",
  expected: "BYTES[:DELAY_MS], bytes from 1 to 1g (suffix k, m or g allowed) and whole milliseconds up to 3600000",
  help: "Echo in writes of at most BYTES, DELAY_MS ms apart (default 0), each its own segment.",
  parse: (text) => {
    const pair = parsePair(text, parseSize, parseMillis, 0)
    return pair === undefined ? undefined : { bytes: pair[0], delayMs: pair[1] }
  },
  format: ({ bytes, delayMs }) => (delayMs === 0 ? formatSize(bytes) : `${formatSize(bytes)}:${delayMs}`),
  part: ({ bytes, delayMs }) => {
    let next = 0
    return {
      _tag: "Pace",
      noDelay: true,
      pace: {
        arrive: (now, idle) => {
          if (idle) next = Math.max(next, now)
          return 0
        },
        readyAt: () => next,
        pieceBytes: bytes,
        // From when the piece actually went: slices are never closer than DELAY_MS.
        sent: (_, now) => next = now + delayMs
      }
    }
  }
}
