/**
 * `tcp-echo serve`: the server's flags, their mapping onto the library's configs, and the command
 * that runs the server until a signal.
 */
import * as Command from "@effect/cli/Command"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { pipe } from "effect/Function"
import * as Option from "effect/Option"
import * as EchoServer from "../server/EchoServer.js"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as Flags from "./Flags.js"
import type * as Help from "./Help.js"
import * as Admin from "./Admin.js"
import * as Deployment from "./Deployment.js"
import * as Faults from "../server/faults/Faults.js"
import * as FaultFlags from "./FaultFlags.js"
import * as Logging from "./Logging.js"
import { platformLayer } from "./Platform.js"
import * as StartupSignals from "./StartupSignals.js"
import * as SignalLog from "./SignalLog.js"
import { youngGenerationPolicy } from "./YoungGeneration.js"

/** The kernel's bounds: TCP_KEEPIDLE and TCP_KEEPINTVL take 1..32767 s, TCP_KEEPCNT 1..127 probes. */
const keepAliveParts = [32767, 32767, 127] as const

/** nginx's `so_keepalive` form: `IDLE[:INTERVAL[:COUNT]]`; an empty part keeps the kernel's. */
const keepAlive = Flags.valued("keepalive", {
  value: "IDLE[:INTERVAL[:COUNT]]",
  expected: "IDLE[:INTERVAL[:COUNT]], IDLE and INTERVAL whole seconds from 1 to 32767, COUNT from 1 to 127",
  text:
    "TCP keepalive on each connection, in nginx's so_keepalive form: the first probe after IDLE seconds without traffic, then one every INTERVAL seconds; after COUNT unanswered probes the kernel drops the connection. An empty INTERVAL or COUNT (60::5) keeps the kernel's default (net.ipv4.tcp_keepalive_intvl, 75 s; net.ipv4.tcp_keepalive_probes, 9)."
}, (text): Either.Either<SocketTuning.KeepAlive, string> => {
  const parts = text.split(":")
  const numbers = parts.map((part, i) =>
    part === "" ? undefined : /^\d+$/.test(part) && Number(part) >= 1 && Number(part) <= keepAliveParts[i]! ? Number(part) : NaN
  )
  const [idle, interval, count] = numbers
  if (parts.length > 3 || idle === undefined || numbers.some(Number.isNaN)) return Either.left("")
  return Either.right({
    idle: Duration.seconds(idle),
    interval: Option.map(Option.fromNullable(interval), Duration.seconds),
    count: Option.fromNullable(count)
  })
})

const flags = {
  host: pipe(
    Flags.host(
      "host",
      "The address or host name to listen on. localhost means 127.0.0.1 (IPv4, as the recipe); a name resolves through the system resolver. An address that is not loopback is stated at start-up as a warning: clients on other hosts can then connect."
    ),
    Flags.withDefault("localhost", "localhost")
  ),
  port: pipe(
    Flags.integer("port", 0, 65535, {
      value: "PORT",
      text:
        "The TCP port to listen on. 0 lets the kernel pick a free one, which the start-up log states. Ports below 1024 need root or CAP_NET_BIND_SERVICE."
    }),
    Flags.withDefault(9999, "9999")
  ),
  backlog: pipe(
    Flags.integer("backlog", 1, 2_147_483_647, {
      text:
        "The accept-queue length asked of listen(2): how many connections the kernel completes and holds until the server takes them. The kernel clamps it to net.core.somaxconn without a word; the start-up log states the length in effect and warns when it was clamped."
    }),
    Flags.withDefault(SocketTuning.defaultBacklog, String(SocketTuning.defaultBacklog))
  ),
  timeout: pipe(
    Flags.seconds("timeout", {
      zero: "no limit",
      text: "Sets both --read-timeout and --write-timeout, as the recipe's settimeout did."
    }),
    Flags.withDefault(EchoServer.defaultConfig.readTimeout, "5.5")
  ),
  readTimeout: pipe(
    Flags.seconds("read-timeout", {
      zero: "no limit",
      text:
        "How long a connection may wait for the client's next bytes while nothing waits to be echoed. The clock starts at accept and restarts on every chunk received and when an echo has drained; when it runs out the connection is closed with FIN (reason read-timeout)."
    }),
    Flags.optional("the value of --timeout")
  ),
  writeTimeout: pipe(
    Flags.seconds("write-timeout", {
      zero: "no limit",
      text:
        "How long echoed bytes may wait to be taken by the kernel without any progress: a client that does not read. The clock starts when an echo cannot be written at once and restarts whenever some of it goes out, as nginx's send_timeout; when it runs out the connection is reset (reason write-timeout), so that the client cannot take a cut echo for a whole one."
    }),
    Flags.optional("the value of --timeout")
  ),
  recvBuffer: pipe(
    Flags.bytes("recv-buffer", { bytes: Flags.maxSocketBuffer, shown: "2147483647 (setsockopt takes a C int)" },
      "SO_RCVBUF, set on the listening socket before listen(2): accepted connections inherit it and the TCP window scale is negotiated from it. The kernel caps the request at net.core.rmem_max and reports twice what it honours (its bookkeeping); the start-up log states both and warns when capped. Setting it turns receive autotuning off."),
    Flags.optional("kernel autotuning, up to net.ipv4.tcp_rmem's maximum")
  ),
  sendBuffer: pipe(
    Flags.bytes("send-buffer", { bytes: Flags.maxSocketBuffer, shown: "2147483647 (setsockopt takes a C int)" },
      "SO_SNDBUF, as --recv-buffer: set before listen(2), capped at net.core.wmem_max, doubled in the report. Setting it turns send autotuning off."),
    Flags.optional("kernel autotuning, up to net.ipv4.tcp_wmem's maximum")
  ),
  maxConnections: pipe(
    Flags.integer("max-connections", 0, 1_000_000, {
      text:
        "How many connections are served at once. One more is reset at accept (its client reads ECONNRESET, never an empty echo) and counted in a warning logged at most once a second. 0: no limit."
    }),
    Flags.withDefault(0, "0 (no limit)")
  ),
  maxConnectionsPerIp: pipe(
    Flags.integer("max-connections-per-ip", 0, 1_000_000, {
      text:
        "How many connections are served at once from one client address; one more is reset at accept and counted, as for --max-connections. 0: no limit."
    }),
    Flags.withDefault(0, "0 (no limit)")
  ),
  allow: Flags.networks("allow", {
    text:
      "Serve only clients from this network, written ADDRESS/PREFIX or as one ADDRESS. A client from elsewhere is reset at accept and counted in a warning logged at most once a second.",
    shown: "every client"
  }),
  shutdownTimeout: pipe(
    Flags.seconds("shutdown-timeout", {
      zero: "close them at once",
      text:
        "How long open connections may go on after SIGINT or SIGTERM. At the signal the listener closes (new connections are refused) and open connections go on under their own timeouts; those still open at the deadline are closed, with FIN where nothing waits to be echoed and by reset where something does. A second signal ends the process at once."
    }),
    Flags.withDefault(EchoServer.defaultConfig.shutdownTimeout, "5")
  ),
  noDelay: Flags.toggle(
    "no-delay",
    "TCP_NODELAY on each connection: every echo goes out at once instead of waiting for Nagle's algorithm to batch small writes."
  ),
  keepAlive: pipe(keepAlive, Flags.optional("off")),
  userTimeout: pipe(
    Flags.seconds("user-timeout", {
      text:
        "TCP_USER_TIMEOUT on each connection: the kernel gives up on a connection whose sent data stays unacknowledged, or stuck behind a zero window, this long, and the connection ends with ETIMEDOUT."
    }),
    Flags.optional("off (the kernel's retransmission limit, net.ipv4.tcp_retries2)")
  ),
  reusePort: Flags.toggle(
    "reuse-port",
    "SO_REUSEPORT on the listening socket: several processes may listen on the same port, and the kernel spreads new connections among them."
  ),
  logFormat: pipe(
    Flags.choice(
      "log-format",
      ["text", "json"],
      "The form of each log line on stderr: text, for a person (time, level, words, then key=value fields), or json, one object per line with time, level, msg and the facts as fields; under json every line is one object, errors included."
    ),
    Flags.withDefault<"text" | "json">("text", "text")
  ),
  ...Deployment.flags,
  ...Admin.flags,
  ...FaultFlags.flags
}

type ServeOptions = Command.Command.ParseConfig<Flags.OptionsOf<typeof flags>>

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
    ...Deployment.deploymentConfig(options)
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

export const page: Help.Page = {
  name: "serve",
  purpose: "run the echo server in timeout mode",
  description: [
    "Every byte a client sends is written back, in order. A client that stays silent past --read-timeout is closed with FIN; one that stops reading past --write-timeout is reset; every other connection goes on.",
    "Logs go to stderr: at start, every setting in effect and what the kernel made of it (backlog, buffers), then one line per closed connection, and at the end how the shutdown went. SIGINT or SIGTERM shuts down gracefully (see --shutdown-timeout) and exits 0; the exit code is 1 when the server cannot listen, 2 on a usage error."
  ],
  flags: Flags.docsOf(flags),
  examples: [
    ["tcp-echo serve", "Listen on 127.0.0.1:9999 with 5.5 s read and write timeouts (the recipe's defaults)."],
    ["tcp-echo serve --port 0 --timeout 1 --backlog 4096", "A free port (the log states which), 1 s timeouts, a deep accept queue."],
    [
      "tcp-echo serve --recv-buffer 4m --no-delay --keepalive 60:10:5",
      "A 4 MiB receive buffer set before listen(2), no Nagle delay, a dead peer dropped 110 s after its last word."
    ],
    [
      "tcp-echo serve --host 0.0.0.0 --allow 10.0.0.0/8 --max-connections-per-ip 5",
      "Every interface, clients from 10.0.0.0/8 only, at most 5 connections per client address."
    ],
    ["tcp-echo serve --log-format json --log-level debug", "One JSON object per line on stderr, with a line per chunk received."],
    ["tcp-echo serve --admin-port 9100", "Metrics for Prometheus, liveness and readiness over HTTP on 127.0.0.1:9100."]
  ]
}

export const command = Command.make("serve", Flags.optionsOf(flags), (options) => {
  const { server, tuning } = serveConfig(options)
  const serving = (faults: Faults.Faults) =>
    Effect.gen(function*() {
      // Outside the server's scope, so that a signal during its shutdown is still logged.
      const signals = yield* SignalLog.make
      const config = Faults.isActive(faults) ? { ...server, faults } : server
      yield* Deployment.serveDeployed(options, config, tuning, (listening) =>
        Effect.flatMap(EchoServer.EchoServer, (echo) =>
          Effect.sync(StartupSignals.handOver).pipe(
            Effect.zipRight(listening(echo)),
            Effect.zipRight(signals.watch(echo)),
            Effect.zipRight(youngGenerationPolicy(echo))
          ))).pipe(Effect.provide(platformLayer))
    }).pipe(Effect.scoped, Effect.mapError(Flags.failure))
  // A fault flag that makes no sense with the others is a usage error, not a runtime failure.
  return Deployment.check(options).pipe(
    Effect.zipRight(FaultFlags.faultsOf(options)),
    Effect.flatMap(serving),
    Effect.provide(Logging.layer(options.logFormat))
  )
}).pipe(Command.withDescription(page.purpose))
