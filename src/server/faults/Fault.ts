/**
 * What every fault is, as toxiproxy's toxics are: one short module per fault behind this interface,
 * listed in `Faults.registry`. A fault has a name (the flag, the close record), a setting with its
 * JSON form and flag syntax, and the part it plays in a faulty connection's echo path:
 *
 * - a **pace** decides when each echoed byte may be written and in what pieces (latency, bandwidth,
 *   slice); a `Pacer` holds the bytes meanwhile, in order.
 * - a **limit** acts once a byte count has been echoed (close, reset, stall): it ends the echo.
 */
import * as Schema from "effect/Schema"
import { parseSize } from "../../units.js"

export type Name = "latency" | "bandwidth" | "slice" | "close-after" | "reset-after" | "stall-after"

/**
 * One connection's pacing, its state in the closure made at accept. The pacer holding the bytes
 * asks it when the next piece of the chunk at the head may go and how large it may be, and says
 * when a piece went.
 */
export interface Pace {
  /** A chunk arrives at `now`; `idle`: nothing else waits in this pacer. Returns the chunk's stamp. */
  readonly arrive: (now: number, idle: boolean) => number
  /** When the next piece of the head chunk (stamped `stamp` at its arrival) may go, in ms. */
  readonly readyAt: (stamp: number) => number
  /** The largest piece that goes in one write (Infinity: the whole chunk). */
  readonly pieceBytes: number
  /** A piece of `bytes` went at `now`. */
  readonly sent: (bytes: number, now: number) => void
}

/** What a limit may do to the connection once its count has been echoed. */
export interface Target {
  /** FIN after the bytes echoed so far; what the client sends later is read and dropped. */
  readonly finish: () => void
  /** RST once the bytes echoed so far are with the kernel. */
  readonly reset: () => void
  /** Stop reading and echoing; the connection stays open. */
  readonly stall: () => void
}

export type Part =
  | {
    readonly _tag: "Pace"
    readonly pace: Pace
    /** Each piece must leave as its own segment: Nagle's algorithm would merge them. */
    readonly noDelay: boolean
  }
  | { readonly _tag: "Limit"; readonly bytes: number; readonly act: (target: Target) => void }

export interface Fault<S> {
  readonly name: Name
  /** The setting's JSON form, with its ranges: the one validation for flags and the runtime API. */
  readonly schema: Schema.Schema<S, any>
  /** The flag's value syntax, e.g. `MS[:JITTER]`. */
  readonly syntax: string
  /** What a valid flag value is, for the one-line usage error. */
  readonly expected: string
  /** The flag's help. */
  readonly help: string
  /** The flag's text as a setting, undefined where it does not parse (ranges are the schema's). */
  readonly parse: (text: string) => S | undefined
  /** The setting back in the flag's syntax, for logs and close records. */
  readonly format: (settings: S) => string
  /** The fault's part in one connection's echo path, made at accept. */
  readonly part: (settings: S) => Part
}

/** Whole milliseconds, without suffix. */
export const parseMillis = (text: string): number | undefined => (/^\d+$/.test(text) ? Number(text) : undefined)

/** `A[:B]`, each part read by its parser (B defaults to `fallback`), undefined otherwise. */
export const parsePair = (
  text: string,
  first: (text: string) => number | undefined,
  second: (text: string) => number | undefined,
  fallback: number
): readonly [number, number] | undefined => {
  const [a = "", b, ...rest] = text.split(":")
  const values = [first(a), b === undefined ? fallback : second(b)] as const
  return rest.length > 0 || values[0] === undefined || values[1] === undefined ? undefined : [values[0], values[1]]
}

/** A byte count in the largest unit that divides it (`65536` is `64k`). */
export const formatSize = (bytes: number): string => {
  for (const [suffix, size] of [["g", 1024 ** 3], ["m", 1024 ** 2], ["k", 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${suffix}`
  }
  return `${bytes}`
}

/** A whole number in [min, max], its error message naming the range. */
export const integer = (min: number, max: number) =>
  Schema.Number.pipe(
    Schema.filter((n) => Number.isInteger(n) && n >= min && n <= max, {
      message: (issue) => `expected an integer from ${min} to ${max}, got ${JSON.stringify(issue.actual)}`
    })
  )

/** Up to an hour: longer is a stall, which has its own fault. */
export const millis = integer(0, 3_600_000)

/** Byte counts up to 1 TiB. */
export const byteCount = integer(0, 1024 ** 4)

/** A limit fault: the setting is the byte count. */
export const limit = (
  name: Name,
  what: string,
  act: (target: Target) => void
): Fault<{ readonly bytes: number }> => ({
  name,
  schema: Schema.Struct({ bytes: byteCount }),
  syntax: "BYTES",
  expected: "bytes from 0 to 1024g (suffix k, m or g allowed)",
  help: `After echoing exactly BYTES on a connection, ${what}.`,
  parse: (text) => {
    const bytes = parseSize(text)
    return bytes === undefined ? undefined : { bytes }
  },
  format: ({ bytes }) => formatSize(bytes),
  part: ({ bytes }) => ({ _tag: "Limit", bytes, act })
})
