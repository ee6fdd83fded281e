/**
 * `tcp-echo serve`: the server's flags, their mapping onto the library's configs, and the command
 * that runs the server until a signal.
 */
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as Options from "@effect/cli/Options"
import type * as ValidationError from "@effect/cli/ValidationError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as EchoServer from "../server/EchoServer.js"
import { parseCidr } from "../net.js"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as FaultFlags from "./FaultFlags.js"
import { bytes, decoded, failure, integer, seconds, usage } from "./Flags.js"
import * as Logging from "./Logging.js"
import { platformLayer } from "./Platform.js"
import * as StartupSignals from "./StartupSignals.js"
import { youngGenerationPolicy } from "./YoungGeneration.js"

/** nginx's `so_keepalive` form: `IDLE[:INTERVAL[:COUNT]]`, seconds; an empty part keeps the kernel's. */
const keepAlive = Options.text("keepalive").pipe(
  Options.withPseudoName("IDLE[:INTERVAL[:COUNT]]"),
  Options.mapEffect((text): Effect.Effect<SocketTuning.KeepAlive, ValidationError.ValidationError> => {
    const bad = usage(
      `--keepalive: expected IDLE[:INTERVAL[:COUNT]] (seconds, seconds, probes; each from 1 to 32767), got ${
        JSON.stringify(text)
      }`
    )
    const parts = text.split(":")
    if (parts.length > 3) return bad
    const numbers = parts.map((part) => (part === "" ? undefined : /^\d+$/.test(part) ? Number(part) : NaN))
    if (numbers.some((n) => n !== undefined && !(n >= 1 && n <= 32767)) || numbers[0] === undefined) return bad
    const [idle, interval, count] = numbers
    return Effect.succeed({
      idle: Duration.seconds(idle!),
      interval: Option.map(Option.fromNullable(interval), Duration.seconds),
      count: Option.fromNullable(count)
    })
  })
)

const serveOptions = {
  host: Options.text("host").pipe(
    Options.withPseudoName("HOST"),
    Options.withDescription("Address or name to bind; localhost is 127.0.0.1 (IPv4)."),
    Options.withDefault("localhost")
  ),
  port: integer("port", 0, 65535, "PORT").pipe(
    Options.withDescription("TCP port; 0 picks a free one (the log says which)."),
    Options.withDefault(9999)
  ),
  backlog: integer("backlog", 1, 2_147_483_647).pipe(
    Options.withDescription(
      "Accept-queue length asked of listen(2); the kernel clamps it to net.core.somaxconn (a warning says so)."
    ),
    Options.withDefault(SocketTuning.defaultBacklog)
  ),
  timeout: seconds("timeout").pipe(
    Options.withDescription("Sets both --read-timeout and --write-timeout, as the recipe's settimeout did. 0: no limit."),
    Options.withDefault(EchoServer.defaultConfig.readTimeout)
  ),
  readTimeout: seconds("read-timeout").pipe(
    Options.withDescription(
      "Closes a connection whose client sent nothing for this long while nothing waited to be echoed; the clock restarts on every chunk received. 0: no limit. Default: --timeout."
    ),
    Options.optional
  ),
  writeTimeout: seconds("write-timeout").pipe(
    Options.withDescription(
      "Resets a connection whose echoed bytes made no progress into the kernel for this long (a client that does not read); the clock restarts only on progress. 0: no limit. Default: --timeout."
    ),
    Options.optional
  ),
  recvBuffer: bytes("recv-buffer").pipe(
    Options.withDescription(
      "SO_RCVBUF on the listener before listen(2) (accepted sockets inherit it; the kernel doubles it and caps it at 2 x net.core.rmem_max). Default: kernel autotuning."
    ),
    Options.optional
  ),
  sendBuffer: bytes("send-buffer").pipe(
    Options.withDescription("SO_SNDBUF, as --recv-buffer (cap: 2 x net.core.wmem_max). Default: kernel autotuning."),
    Options.optional
  ),
  maxConnections: integer("max-connections", 0, 1_000_000).pipe(
    Options.withDescription("Connections served at once; one more is closed at accept and counted. 0: no limit."),
    Options.withDefault(0)
  ),
  maxConnectionsPerIp: integer("max-connections-per-ip", 0, 1_000_000).pipe(
    Options.withDescription(
      "Connections served at once from one client address; one more is closed at accept and counted. 0: no limit."
    ),
    Options.withDefault(0)
  ),
  allow: Options.text("allow").pipe(
    Options.withPseudoName("CIDR"),
    Options.withDescription(
      "Serve only clients from this network (repeatable); others are closed at accept, counted, logged once a second. Default: everyone."
    ),
    Options.repeated,
    Options.mapEffect((texts) =>
      Effect.forEach(texts, (text) =>
        Option.match(parseCidr(text), {
          onNone: () =>
            usage(`--allow: expected a network as ADDRESS/PREFIX (e.g. 127.0.0.0/8, ::1/128), got ${JSON.stringify(text)}`),
          onSome: Effect.succeed
        }))
    )
  ),
  shutdownTimeout: seconds("shutdown-timeout").pipe(
    Options.withDescription(
      "On SIGINT/SIGTERM: stop accepting, let open connections finish for up to this long, then close the rest (a second signal ends at once)."
    ),
    Options.withDefault(EchoServer.defaultConfig.shutdownTimeout)
  ),
  noDelay: Options.boolean("no-delay").pipe(
    Options.withDescription("TCP_NODELAY on each connection: echo small writes at once instead of Nagle's batching.")
  ),
  keepAlive: keepAlive.pipe(
    Options.withDescription(
      "TCP keepalive: probe an idle connection after IDLE s, every INTERVAL s, drop it after COUNT unanswered probes (kernel defaults 75 s and 9). Default: off."
    ),
    Options.optional
  ),
  userTimeout: seconds("user-timeout").pipe(
    Options.withDescription(
      "TCP_USER_TIMEOUT: the kernel drops a connection whose sent data stays unacknowledged (or stuck behind a zero window) this long. Default: off."
    ),
    Options.optional
  ),
  reusePort: Options.boolean("reuse-port").pipe(
    Options.withDescription("SO_REUSEPORT on the listener: several processes may share the port.")
  ),
  logFormat: Options.text("log-format").pipe(
    Options.withPseudoName("text | json"),
    Options.mapEffect(decoded("log-format", Schema.Literal("text", "json"), "text or json")),
    Options.withDescription("Log lines on stderr as text or as one JSON object each."),
    Options.withDefault("text" as const)
  ),
  faults: FaultFlags.options
}

type ServeOptions = Command.Command.ParseConfig<typeof serveOptions>

/** Turns the parsed flags into the library's typed configs. */
export const serveConfig = (options: ServeOptions) => ({
  server: {
    host: options.host,
    port: options.port,
    readTimeout: Option.getOrElse(options.readTimeout, () => options.timeout),
    writeTimeout: Option.getOrElse(options.writeTimeout, () => options.timeout),
    maxConnections: options.maxConnections,
    maxConnectionsPerIp: options.maxConnectionsPerIp,
    allow: options.allow,
    shutdownTimeout: options.shutdownTimeout,
    faults: options.faults
  } satisfies EchoServer.Config,
  tuning: {
    backlog: options.backlog,
    reuseAddress: true,
    reusePort: options.reusePort,
    recvBuffer: options.recvBuffer,
    sendBuffer: options.sendBuffer,
    noDelay: options.noDelay,
    keepAlive: options.keepAlive,
    userTimeout: options.userTimeout
  } satisfies SocketTuning.TuningConfig
})

export const command = Command.make("serve", serveOptions, (options) => {
  const { server, tuning } = serveConfig(options)
  return EchoServer.EchoServer.pipe(
    Effect.tap(() => Effect.sync(StartupSignals.handOver)),
    Effect.flatMap(youngGenerationPolicy),
    Effect.provide(EchoServer.layer(server)),
    Effect.provide(SocketTuning.layer(tuning)),
    Effect.provide(platformLayer),
    Effect.mapError(failure),
    Effect.provide(Logging.layer(options.logFormat))
  )
}).pipe(Command.withDescription(
  HelpDoc.blocks([
    HelpDoc.p("Run the echo server in timeout mode: every byte is echoed back in order."),
    HelpDoc.p("Examples:"),
    HelpDoc.p("  tcp-echo serve                                  localhost:9999, 5.5 s timeouts (the recipe)"),
    HelpDoc.p("  tcp-echo serve --port 0 --timeout 1 --backlog 4096"),
    HelpDoc.p("  tcp-echo serve --recv-buffer 4m --send-buffer 4m --no-delay --keepalive 60:10:5"),
    HelpDoc.p("  tcp-echo serve --host 0.0.0.0 --allow 10.0.0.0/8 --max-connections-per-ip 5"),
    HelpDoc.p("  tcp-echo serve --log-level debug --log-format json"),
    HelpDoc.p("  tcp-echo serve --latency 50:10 --slice 100:5 --fault-probability 0.5   a flaky peer, for half the clients")
  ])
))
