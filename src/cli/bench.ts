/**
 * `tcp-echo bench`: the bench's flags, a progress line a second on a terminal, and the result
 * printed as text or JSON; exit 1 if an echoed byte was wrong or no connection opened.
 */
import * as Command from "@effect/cli/Command"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { pipe } from "effect/Function"
import * as Option from "effect/Option"
import * as Bench from "../client/Bench.js"
import * as BenchReport from "../client/BenchReport.js"
import * as Flags from "./Flags.js"
import type * as Help from "./Help.js"
import * as Logging from "./Logging.js"

const flags = {
  host: pipe(
    Flags.serverHost("host", "The server's address or host name: any host (localhost is 127.0.0.1)."),
    Flags.withDefault("127.0.0.1", "127.0.0.1")
  ),
  port: pipe(Flags.integer("port", 1, 65535, { value: "PORT", text: "The server's TCP port." }), Flags.withDefault(9999, "9999")),
  mode: pipe(
    Flags.choice(
      "mode",
      ["pingpong", "bulk", "churn", "idle"],
      "pingpong: send a message, await its whole echo, repeat (round trips/s, latency). bulk: stream with backpressure and verify the echo (MB/s). churn: connect, send, read, shut down, await EOF, close, repeat (connections/s, latency). idle: open connections at most 2000/s, send nothing, hold them (how the server closes them)."
    ),
    Flags.withDefault<Bench.Config["mode"]>("pingpong", "pingpong")
  ),
  connections: pipe(
    Flags.integer("connections", 1, 100_000, { text: "Connections at once (churn: connections in flight)." }),
    Flags.withDefault(50, "50")
  ),
  size: pipe(
    Flags.bytes("size", { bytes: 1024 ** 3, shown: "1g" }, "The message size (pingpong, churn) or the size of each write (bulk)."),
    Flags.optional("64 (bulk: 64k)")
  ),
  duration: pipe(
    Flags.seconds("duration", {
      text:
        "How long to load (idle: how long to hold the connections once open); then at most 1 s to close (churn: 2 s for the connections in flight)."
    }),
    Flags.withDefault(Duration.seconds(5), "5")
  ),
  json: Flags.toggle("json", "Print the summary as one JSON object on stdout, nothing else.")
}

export const page: Help.Page = {
  name: "bench",
  purpose: "load an echo server and verify every echoed byte",
  description: [
    "Loads an echo server (on any host) in one of four modes, checks every echoed byte against the pattern sent, and prints throughput, p50/p99/p99.9 latency, errors, mismatches and the connections the server closed. On a terminal, a progress line each second on stderr.",
    "Exit 0 when every byte came back right; 1 if any echoed byte was wrong or no connection opened; 2 on a usage error."
  ],
  flags: Flags.docsOf(flags),
  examples: [
    ["tcp-echo bench", "50 connections in ping-pong with 64-byte messages for 5 s against 127.0.0.1:9999."],
    ["tcp-echo bench --mode bulk --connections 1 --duration 10", "One connection streaming 64 KiB writes for 10 s."],
    ["tcp-echo bench --mode idle --connections 10000 --json", "Hold 10,000 silent connections; the summary as JSON."]
  ]
}

export const command = Command.make("bench", Flags.optionsOf(flags), ({ json, size, ...flags }) =>
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
    yield* Effect.mapError(Bench.verdict(result), (error) => new Flags.Failure({ message: `bench: ${error.message}` }))
  }).pipe(Effect.scoped, Effect.provide(Logging.layer("text")))).pipe(Command.withDescription(page.purpose))
