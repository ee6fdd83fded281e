/**
 * `tcp-echo probe`: the probe's flags, and its report printed as text or JSON; exit 1 with one
 * line on stderr unless every echo was verified.
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import type * as ValidationError from "@effect/cli/ValidationError"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { pipe } from "effect/Function"
import * as Option from "effect/Option"
import * as Probe from "../client/Probe.js"
import * as ProbeReport from "../client/ProbeReport.js"
import * as Flags from "./Flags.js"
import type * as Help from "./Help.js"
import * as Logging from "./Logging.js"

const flags = {
  host: pipe(
    Flags.serverHost("host", "The server's address or host name: any host (localhost is 127.0.0.1)."),
    Flags.withDefault(Probe.defaultConfig.host, Probe.defaultConfig.host)
  ),
  port: pipe(
    Flags.integer("port", 1, 65535, { value: "PORT", text: "The server's TCP port." }),
    Flags.withDefault(Probe.defaultConfig.port, String(Probe.defaultConfig.port))
  ),
  size: pipe(
    Flags.bytes("size", { bytes: 1024 ** 3, shown: "1g" }, "Bytes of fresh random payload sent in each round trip."),
    Flags.optional("64")
  ),
  message: pipe(
    Flags.nonEmptyText("message", {
      value: "TEXT",
      text: "Send this text (UTF-8) in each round trip instead of random bytes; not with --size."
    }),
    Flags.optional("random bytes (--size)")
  ),
  count: pipe(
    Flags.integer("count", 1, 1_000_000, { text: "Round trips, one after the other: each waits for its whole echo." }),
    Flags.withDefault(Probe.defaultConfig.count, String(Probe.defaultConfig.count))
  ),
  wait: pipe(
    Flags.seconds("wait", {
      zero: "send at once",
      text:
        "Stay silent this long after connecting, before the first send: longer than the server's read timeout, and the server should close the connection (the report says when and how)."
    }),
    Flags.withDefault(Probe.defaultConfig.wait, "0")
  ),
  timeout: pipe(
    Flags.seconds("timeout", {
      text: "How long to wait for the connection, for each whole echo, and for the server's close after the probe's FIN."
    }),
    Flags.withDefault(Probe.defaultConfig.timeout, "5")
  ),
  json: Flags.toggle("json", "Print the report as one JSON object on stdout, nothing else.")
}

const { message, size, ...rest } = Flags.optionsOf(flags)

const payload = Options.all({ size, message }).pipe(
  Options.mapEffect(({ message, size }): Effect.Effect<Probe.Payload, ValidationError.ValidationError> => {
    if (Option.isSome(size) && Option.isSome(message)) return Flags.usage("--size and --message: give one or the other")
    return Effect.succeed(
      Option.isSome(message) ? { _tag: "Message", text: message.value } : { _tag: "Random", size: Option.getOrElse(size, () => 64) }
    )
  })
)

export const page: Help.Page = {
  name: "probe",
  purpose: "check an echo server by hand, byte for byte",
  description: [
    "Connects to an echo server, optionally stays silent (--wait), sends --size random bytes or --message TEXT --count times, verifies every echo byte for byte, and reports the round-trip times and whether and when the server closed the connection (FIN or reset).",
    "Exit 0 when every echo was verified; 1 otherwise, with one line on stderr saying why; 2 on a usage error."
  ],
  flags: Flags.docsOf(flags),
  examples: [
    ["tcp-echo probe", "One round trip of 64 random bytes to 127.0.0.1:9999."],
    ["tcp-echo probe --port 9999 --wait 6", "Stay silent 6 s first: a server with the default 5.5 s read timeout closes."],
    ["tcp-echo probe --message hello --count 10 --json", "Ten round trips of the text, reported as one JSON object."]
  ]
}

export const command = Command.make("probe", { ...rest, payload }, ({ json, ...config }) =>
  Effect.gen(function*() {
    const report = yield* Probe.run(config)
    yield* Console.log(json ? JSON.stringify(ProbeReport.reportJson(report)) : ProbeReport.reportText(report))
    if (report.error !== undefined) {
      return yield* Effect.fail(new Flags.Failure({ message: ProbeReport.failureLine(report, report.error) }))
    }
  }).pipe(Effect.provide(Logging.layer("text")))).pipe(Command.withDescription(page.purpose))
