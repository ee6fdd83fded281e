/**
 * `tcp-echo bench`: the bench's flags, a progress line a second on a terminal, and the result
 * printed as text or JSON; exit 1 if an echoed byte was wrong or no connection opened.
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Bench from "../client/Bench.js"
import * as BenchReport from "../client/BenchReport.js"
import { bytes, decoded, Failure, integer, serverHost, positiveSeconds } from "./Flags.js"
import * as Logging from "./Logging.js"

const modes = ["pingpong", "bulk", "churn", "idle"] as const

const options = {
  host: serverHost("host").pipe(
    Options.withDescription("Server address (IPv4 or IPv6) or host name; localhost is 127.0.0.1. Default: 127.0.0.1."),
    Options.withDefault("127.0.0.1")
  ),
  port: integer("port", 1, 65535, "PORT").pipe(Options.withDescription("Server port. Default: 9999."), Options.withDefault(9999)),
  mode: Options.text("mode").pipe(
    Options.withPseudoName("pingpong | bulk | churn | idle"),
    Options.mapEffect(decoded("mode", Schema.Literal(...modes), "pingpong, bulk, churn or idle")),
    Options.withDescription(
      "pingpong: send, await the whole echo, repeat (round trips/s, latency). bulk: stream with backpressure, verify the echo (MB/s). churn: connect, send, read, shut down, await EOF, close, repeat (connections/s, latency). idle: open connections at most 2000/s, send nothing, hold them (the server's closes). Default: pingpong."
    ),
    Options.withDefault("pingpong" as const)
  ),
  connections: integer("connections", 1, 100_000).pipe(
    Options.withDescription("Connections at once (churn: in flight). Default: 50."),
    Options.withDefault(50)
  ),
  size: bytes("size").pipe(
    Options.withDescription("Message size (pingpong, churn; default 64) or write size (bulk; default 64k)."),
    Options.optional
  ),
  duration: positiveSeconds("duration").pipe(
    Options.withDescription(
      "How long to load (idle: how long to hold, after the connect phase); then at most 1 s to close (churn: 2 s for connections in flight). Default: 5."
    ),
    Options.withDefault(Duration.seconds(5))
  ),
  json: Options.boolean("json").pipe(Options.withDescription("Print the summary as one JSON object on stdout."))
}

export const command = Command.make("bench", options, ({ json, size, ...flags }) =>
  Effect.gen(function*() {
    const config: Bench.Config = { ...flags, size: Option.getOrElse(size, () => Bench.defaultSize(flags.mode)) }
    const running = yield* Bench.start(config)
    // A progress line a second, for a person watching; never in a pipe or a file.
    const progress = running.progress.pipe(
      Effect.flatMap((progress) => Console.error(BenchReport.progressText(progress))),
      Effect.delay("1 second"),
      Effect.forever
    )
    const result = yield* (process.stderr.isTTY ? Effect.raceFirst(running.result, progress) : running.result)
    yield* Console.log(json ? JSON.stringify(BenchReport.resultJson(result)) : BenchReport.resultText(result))
    yield* Effect.mapError(Bench.verdict(result), (error) => new Failure({ message: `bench: ${error.message}` }))
  }).pipe(Effect.scoped, Effect.provide(Logging.layer("text")))).pipe(
    Command.withDescription(
      "Load an echo server and verify every echoed byte (pingpong, bulk, churn or idle); prints throughput, latency percentiles, errors, mismatches and the server's closes. Exit 1 if any echoed byte was wrong or no connection opened."
    )
  )
