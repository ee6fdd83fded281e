/**
 * `--bandwidth RATE`: echo at most RATE bytes per second per connection, as toxiproxy's `bandwidth`
 * toxic. Chunks are cut into pieces of a twentieth of a second's worth (at most 16 KiB), each sent
 * when the ones before it have used up their share of time; an idle connection earns no credit for
 * a later burst.
 */
import * as Schema from "effect/Schema"
import { parseSize } from "../../units.js"
import { type Fault, formatSize, integer } from "./Fault.js"

export interface Settings {
  readonly bytesPerSecond: number
}

export const fault: Fault<Settings> = {
  name: "bandwidth",
  schema: Schema.Struct({ bytesPerSecond: integer(1, 1024 ** 4) }),
  syntax: "RATE",
  expected: "bytes per second from 1 to 1024g (suffix k, m or g allowed, e.g. 64k, 1m)",
  help: "Echo at most RATE bytes per second on each connection (64k, 1m: binary units).",
  parse: (text) => {
    const bytesPerSecond = parseSize(text)
    return bytesPerSecond === undefined ? undefined : { bytesPerSecond }
  },
  format: ({ bytesPerSecond }) => formatSize(bytesPerSecond),
  part: ({ bytesPerSecond }) => {
    const msPerByte = 1000 / bytesPerSecond
    let freeAt = 0
    return {
      _tag: "Pace",
      noDelay: false,
      pace: {
        arrive: (now, idle) => {
          if (idle) freeAt = Math.max(freeAt, now)
          return 0
        },
        readyAt: () => freeAt,
        pieceBytes: Math.max(1, Math.min(16 * 1024, Math.floor(bytesPerSecond / 20))),
        // From when the piece was due, not when its timer fired: timer lateness does not add up.
        sent: (bytes) => freeAt += bytes * msPerByte
      }
    }
  }
}
