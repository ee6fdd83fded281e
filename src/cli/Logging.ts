/**
 * Loggers for the CLI: one line per entry on stderr, as text or as JSON. Machine-readable output
 * (`--json`) goes to stdout, so logs must never go there.
 */
import * as Cause from "effect/Cause"
import * as HashMap from "effect/HashMap"
import * as Inspectable from "effect/Inspectable"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import { asFlags } from "./FlagNames.js"

export type Format = "text" | "json"

const show = (value: unknown): string => (typeof value === "string" ? value : Inspectable.toStringUnknown(value, 0))

/** A cause as one line, without stack traces: logs are read by people, not debuggers. */
const causeText = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  return error instanceof Error ? error.message : show(error)
}

const messageText = (message: unknown): string =>
  asFlags((Array.isArray(message) ? message : [message]).map(show).join(" "))

/** `2026-11-24T08:00:00.000Z INFO listening on 127.0.0.1:9999 key=value ...` */
export const textLogger = Logger.make(({ annotations, cause, date, logLevel, message }) => {
  let line = `${date.toISOString()} ${logLevel.label} ${messageText(message)}`
  for (const [key, value] of HashMap.toEntries(annotations)) {
    const text = show(value)
    line += ` ${key}=${/^[^\s"=]+$/.test(text) ? text : JSON.stringify(text)}`
  }
  if (!Cause.isEmpty(cause)) line += ` cause=${JSON.stringify(causeText(cause))}`
  return line
})

/** `{"time":"...","level":"INFO","msg":"...","pid":123,...annotations}` */
export const jsonLogger = Logger.make(({ annotations, cause, date, logLevel, message }) =>
  JSON.stringify({
    time: date.toISOString(),
    level: logLevel.label,
    msg: messageText(message),
    ...Object.fromEntries(HashMap.toEntries(annotations)),
    ...(Cause.isEmpty(cause) ? {} : { cause: causeText(cause) })
  })
)

/** Replaces Effect's default logger with `format` on stderr. */
export const layer = (format: Format): Layer.Layer<never> =>
  Logger.replace(Logger.defaultLogger, Logger.withConsoleError(format === "json" ? jsonLogger : textLogger))
