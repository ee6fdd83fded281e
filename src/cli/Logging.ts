/**
 * Loggers for the CLI: one line per entry on stderr, as text or as JSON. Machine-readable output
 * (`--json`) goes to stdout, so logs must never go there.
 *
 * Text: `2026-11-24T08:00:00.000Z INFO connection closed connection=1 peer=127.0.0.1:40000 ...`.
 * JSON: `{"time":"...","level":"INFO","msg":"connection closed","connection":1,"peer":"...",...}`:
 * `time`, `level` and `msg` first, then the line's fields (`LogFields`) in their order, then any
 * Effect annotations, then `cause`. The one-line errors of the edge (`errorLine`) take the same form.
 */
import * as Cause from "effect/Cause"
import * as HashMap from "effect/HashMap"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import { formatValue, LogFields } from "../server/LogFields.js"
import { asFlags } from "./FlagNames.js"

export type Format = "text" | "json"

const show = (value: unknown): string => (typeof value === "string" ? value : Inspectable.toStringUnknown(value, 0))

/** A cause as one line, without stack traces: logs are read by people, not debuggers. */
const causeText = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  return error instanceof Error ? error.message : show(error)
}

/** The message's words, and its fields (the `LogFields` among its parts). */
const split = (message: unknown) => {
  const parts = Array.isArray(message) ? message : [message]
  const words = asFlags(parts.filter((part) => !(part instanceof LogFields)).map(show).join(" "))
  const fields = parts.filter((part): part is LogFields => part instanceof LogFields)
  return { words, fields }
}

/** `2026-11-24T08:00:00.000Z INFO listening on 127.0.0.1:9999 key=value ...` */
export const textLogger = Logger.make(({ annotations, cause, date, logLevel, message }) => {
  const { fields, words } = split(message)
  let line = `${date.toISOString()} ${logLevel.label} ${words}`
  const pairs = [
    ...fields.filter((f) => f.inText).flatMap((f) => Object.entries(f.values)),
    ...HashMap.toEntries(annotations)
  ]
  for (const [key, value] of pairs) line += ` ${key}=${formatValue(value)}`
  if (!Cause.isEmpty(cause)) line += ` cause=${JSON.stringify(causeText(cause))}`
  return line
})

/** `{"time":"...","level":"INFO","msg":"...",...fields,...annotations}` */
export const jsonLogger = Logger.make(({ annotations, cause, date, logLevel, message }) => {
  const { fields, words } = split(message)
  return JSON.stringify({
    time: date.toISOString(),
    level: logLevel.label,
    msg: words,
    ...Object.assign({}, ...fields.map((f) => f.values)),
    ...Object.fromEntries(HashMap.toEntries(annotations)),
    ...(Cause.isEmpty(cause) ? {} : { cause: causeText(cause) })
  })
})

/** Replaces Effect's default logger with `format` on stderr. */
export const layer = (format: Format): Layer.Layer<never> =>
  Logger.replace(Logger.defaultLogger, Logger.withConsoleError(format === "json" ? jsonLogger : textLogger))

/**
 * The one line the edge prints for an error that ends the program (a usage error, a runtime
 * failure): `tcp-echo: MESSAGE` as text; under `--log-format json` an ERROR entry with the exit code
 * (and the errno name, where there is one), so that every line on stderr parses.
 */
export const errorLine = (format: Format, message: string, exitCode: number, code?: string): string =>
  format === "json"
    ? JSON.stringify({
      time: new Date().toISOString(),
      level: "ERROR",
      msg: message,
      exitCode,
      ...(code === undefined ? {} : { code })
    })
    : `tcp-echo: ${message}`
