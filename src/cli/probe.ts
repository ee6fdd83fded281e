/**
 * `tcp-echo probe`: the probe's flags, and its report printed as text or JSON; exit 1 with one
 * line on stderr unless every echo was verified.
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import type * as ValidationError from "@effect/cli/ValidationError"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Probe from "../client/Probe.js"
import * as ProbeReport from "../client/ProbeReport.js"
import { bytes, Failure, integer, serverHost, positiveSeconds, seconds, usage } from "./Flags.js"
import * as Logging from "./Logging.js"

const payload = Options.all({
  size: bytes("size").pipe(
    Options.withDescription("Bytes of fresh random payload per round trip (k or m suffix allowed). Default: 64."),
    Options.optional
  ),
  message: Options.text("message").pipe(
    Options.withPseudoName("TEXT"),
    Options.withDescription("Send this text (UTF-8) instead of random bytes; not with --size."),
    Options.optional
  )
}).pipe(
  Options.mapEffect(({ message, size }): Effect.Effect<Probe.Payload, ValidationError.ValidationError> => {
    if (Option.isSome(size) && Option.isSome(message)) return usage("--size and --message: give one or the other")
    if (Option.isSome(message)) {
      return message.value === ""
        ? usage("--message: expected a non-empty text")
        : Effect.succeed({ _tag: "Message", text: message.value })
    }
    return Effect.succeed({ _tag: "Random", size: Option.getOrElse(size, () => 64) })
  })
)

const options = {
  host: serverHost("host").pipe(
    Options.withDescription("Server address (IPv4 or IPv6) or host name; localhost is 127.0.0.1. Default: 127.0.0.1."),
    Options.withDefault(Probe.defaultConfig.host)
  ),
  port: integer("port", 1, 65535, "PORT").pipe(
    Options.withDescription("Server port. Default: 9999."),
    Options.withDefault(Probe.defaultConfig.port)
  ),
  payload,
  count: integer("count", 1, 1_000_000).pipe(
    Options.withDescription("Round trips, one after the other (each waits for the whole echo). Default: 1."),
    Options.withDefault(Probe.defaultConfig.count)
  ),
  wait: seconds("wait").pipe(
    Options.withDescription(
      "Stay silent this long after connecting, before the first send: past the server's read timeout, the server should close. Default: 0."
    ),
    Options.withDefault(Probe.defaultConfig.wait)
  ),
  timeout: positiveSeconds("timeout").pipe(
    Options.withDescription(
      "How long to wait for the connection, for each complete echo, and for the server's close after ours. Default: 5."
    ),
    Options.withDefault(Probe.defaultConfig.timeout)
  ),
  json: Options.boolean("json").pipe(Options.withDescription("Print the report as one JSON object on stdout."))
}

export const command = Command.make("probe", options, ({ json, ...config }) =>
  Effect.gen(function*() {
    const report = yield* Probe.run(config)
    yield* Console.log(json ? JSON.stringify(ProbeReport.reportJson(report)) : ProbeReport.reportText(report))
    if (report.error !== undefined) {
      return yield* Effect.fail(new Failure({ message: ProbeReport.failureLine(report, report.error) }))
    }
  }).pipe(Effect.provide(Logging.layer("text")))).pipe(
    Command.withDescription(
      "Connect to an echo server, optionally stay silent, send and verify echoes byte for byte, and report round-trip times and how the server closed. Exit 1 with one line on stderr unless every echo was verified."
    )
  )
