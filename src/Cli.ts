/**
 * The `tcp-echo` command line: the only place that reads argv and picks layers for the host.
 *
 * Exit codes: 0 done (a signal-driven shutdown included), 1 runtime failure (cannot listen, bad
 * sysctl file), 2 usage error. Every error is one line on stderr; stdout carries only what a
 * command was asked to print (`--json`, `--help`, `--version`).
 */
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import type * as Span from "@effect/cli/HelpDoc/Span"
import * as Options from "@effect/cli/Options"
import * as ValidationError from "@effect/cli/ValidationError"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as V8 from "node:v8"
import packageJson from "../package.json" with { type: "json" }
import { parseCidr } from "./net.js"
import * as Bench from "./Bench.js"
import * as EchoServer from "./server/EchoServer.js"
import { bytes, decoded, failure, integer, seconds, usage } from "./Flags.js"
import * as Logging from "./Logging.js"
import * as Probe from "./Probe.js"
import * as SocketOptions from "./kernel/SocketOptions.js"
import * as SocketTuning from "./kernel/SocketTuning.js"
import * as Sysctl from "./kernel/Sysctl.js"

const name = "tcp-echo"

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
  )
}

type ServeOptions = Command.Command.ParseConfig<typeof serveOptions>

/** The host's layers: Linux readings and native options where there is a /proc/sys; null ones elsewhere. */
const platformLayer = Layer.unwrapEffect(
  Effect.gen(function*() {
    const linux = process.platform === "linux" && (yield* (yield* FileSystem.FileSystem).exists("/proc/sys").pipe(
      Effect.orElseSucceed(() => false)
    ))
    return linux
      ? Layer.merge(Sysctl.layerLinux, SocketOptions.layerLinux)
      : Layer.merge(Sysctl.layerNull, SocketOptions.layerNull)
  })
)

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
    shutdownTimeout: options.shutdownTimeout
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

/**
 * V8 doubles its young generation whenever most new objects survive a scavenge. That suits a few
 * busy connections (bulk echo allocates fast: fewer scavenges), but accepting thousands of
 * long-lived ones looks the same, and the grown space then stays in RSS: about 2 KB more per idle
 * connection. So the young generation may grow while few connections are open, not while many are.
 * Measured under the README's Performance.
 */
const youngGenerationPolicy = (server: Context.Tag.Service<EchoServer.EchoServer>) => {
  let growing = true
  return server.stats.pipe(
    Effect.tap(({ active }) =>
      Effect.sync(() => {
        const grow = active < 1000
        if (grow !== growing) V8.setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`)
        growing = grow
      })
    ),
    Effect.repeat(Schedule.spaced("200 millis")),
    Effect.asVoid
  )
}

const serve = Command.make("serve", serveOptions, (options) => {
  const { server, tuning } = serveConfig(options)
  return Effect.flatMap(EchoServer.EchoServer, youngGenerationPolicy).pipe(
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
    HelpDoc.p("  tcp-echo serve --log-level debug --log-format json")
  ])
))

// ---------------------------------------------------------------------------------------------
// sysctl

const orNull = <A>(option: Option.Option<A>): A | null => Option.getOrNull(option)

/** The kernel limits as one JSON object; nulls where unknown. */
export const limitsJson = (limits: Sysctl.KernelLimits) => ({
  somaxconn: orNull(limits.somaxconn),
  tcpMaxSynBacklog: orNull(limits.tcpMaxSynBacklog),
  tcpSynackRetries: orNull(limits.tcpSynackRetries),
  synAckGiveUpSeconds: orNull(Option.map(limits.synAckGiveUp, Duration.toSeconds)),
  tcpRmem: orNull(limits.tcpRmem),
  tcpWmem: orNull(limits.tcpWmem),
  rmemMax: orNull(limits.rmemMax),
  wmemMax: orNull(limits.wmemMax),
  recvBufferCap: orNull(Option.map(limits.rmemMax, (max) => 2 * max)),
  sendBufferCap: orNull(Option.map(limits.wmemMax, (max) => 2 * max)),
  openFilesLimit: orNull(limits.openFilesLimit)
})

const shown = <A>(option: Option.Option<A>, show: (a: A) => string = String) =>
  Option.match(option, { onNone: () => "unknown", onSome: show })

const range = (r: Sysctl.BufferRange) => `${r.min} ${r.default} ${r.max}`

export const limitsReport = (limits: Sysctl.KernelLimits): string => {
  const row = (key: string, value: string, meaning: string) => `  ${key.padEnd(30)}${value.padEnd(26)}${meaning}`
  return [
    "Kernel TCP limits, and what they mean for a server:",
    row("net.core.somaxconn", shown(limits.somaxconn), "accept-queue cap: listen(fd, backlog) is silently clamped to it"),
    row(
      "net.ipv4.tcp_max_syn_backlog",
      shown(limits.tcpMaxSynBacklog),
      "SYN-queue cap: half-open handshakes held before SYN cookies"
    ),
    row(
      "net.ipv4.tcp_synack_retries",
      shown(limits.tcpSynackRetries),
      `SYN-ACK give-up: a half-open connection is dropped after ${
        shown(limits.synAckGiveUp, (d) => `${Duration.toSeconds(d)} s`)
      } of retries`
    ),
    row(
      "net.core.rmem_max",
      shown(limits.rmemMax),
      `setsockopt(SO_RCVBUF) cap: the kernel sets at most ${shown(limits.rmemMax, (m) => `${2 * m}`)} (2 x)`
    ),
    row(
      "net.core.wmem_max",
      shown(limits.wmemMax),
      `setsockopt(SO_SNDBUF) cap: the kernel sets at most ${shown(limits.wmemMax, (m) => `${2 * m}`)} (2 x)`
    ),
    row(
      "net.ipv4.tcp_rmem",
      shown(limits.tcpRmem, range),
      "receive autotuning min/default/max (caps autotuning, not SO_RCVBUF)"
    ),
    row(
      "net.ipv4.tcp_wmem",
      shown(limits.tcpWmem, range),
      "send autotuning min/default/max (caps autotuning, not SO_SNDBUF)"
    ),
    row(
      "RLIMIT_NOFILE (this process)",
      shown(limits.openFilesLimit),
      "open-files cap: each connection holds one descriptor (raise with ulimit -n)"
    )
  ].join("\n")
}

const sysctl = Command.make(
  "sysctl",
  { json: Options.boolean("json").pipe(Options.withDescription("Print one JSON object on stdout, nothing else.")) },
  ({ json }) =>
    Effect.gen(function*() {
      const limits = yield* (yield* Sysctl.Sysctl).limits
      yield* Console.log(json ? JSON.stringify(limitsJson(limits)) : limitsReport(limits))
    }).pipe(Effect.provide(platformLayer), Effect.mapError(failure), Effect.provide(Logging.layer("text")))
).pipe(Command.withDescription(
  "Show the kernel's TCP limits (accept and SYN queues, SYN-ACK give-up time, buffer caps) and what they mean. On a host without /proc/sys every value is unknown."
))

// ---------------------------------------------------------------------------------------------
// The command tree and the edge's error handling.

const root = Command.make(
  name,
  {},
  () => Effect.fail(ValidationError.missingSubcommand(HelpDoc.p("missing command (expected one of serve, sysctl, probe, bench)")))
).pipe(
  Command.withDescription("A TCP echo server in timeout mode with Linux socket tuning."),
  Command.withSubcommands([serve, sysctl, Probe.command, Bench.command])
)

/**
 * @effect/cli takes its built-in flags (`--help`, `--log-level`) only right after the command name;
 * people put them anywhere, so they are moved there.
 */
export const normalizeArgs = (args: ReadonlyArray<string>): Array<string> => {
  const [command, ...rest] = args
  if (command === undefined || command.startsWith("-")) return [...args]
  if (rest.includes("--help") || rest.includes("-h")) return [command, "--help"]
  const builtIn: Array<string> = []
  const others: Array<string> = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === "--log-level" && i + 1 < rest.length) builtIn.push(arg, rest[++i]!)
    else if (arg.startsWith("--log-level=")) builtIn.push(arg)
    else others.push(arg)
  }
  return [command, ...builtIn, ...others]
}

const spanText = (span: Span.Span): string => {
  switch (span._tag) {
    case "Text":
    case "URI":
      return span.value
    case "Sequence":
      return spanText(span.left) + spanText(span.right)
    default:
      return spanText(span.value)
  }
}

const docTexts = (doc: HelpDoc.HelpDoc): Array<string> => {
  switch (doc._tag) {
    case "Header":
    case "Paragraph":
      return [spanText(doc.value)]
    case "Sequence":
      return [...docTexts(doc.left), ...docTexts(doc.right)]
    case "Enumeration":
      return doc.elements.flatMap(docTexts)
    case "DescriptionList":
      return doc.definitions.flatMap(([span, inner]) => [spanText(span), ...docTexts(inner)])
    case "Empty":
      return []
  }
}

/** A usage error as one plain line, in our words where @effect/cli's are vague. */
export const usageLine = (error: ValidationError.ValidationError): string => {
  const text = docTexts(error.error)
    .map((t) => t.split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" "))
    .filter((t) => t !== "")
    .join("; ")
  const unknown = /^Received unknown argument: '(.*)'$/.exec(text)
  if (unknown !== null) {
    const arg = unknown[1]!
    // A bad --log-level value surfaces as the flag itself being unknown.
    if (arg === "--log-level" || arg.startsWith("--log-level=")) {
      return "--log-level: expected one of all, trace, debug, info, warning, error, fatal, none"
    }
    return arg.startsWith("-")
      ? `unknown flag ${arg}, or a flag without its value (see --help)`
      : `unexpected argument ${JSON.stringify(arg)} (see --help)`
  }
  const subcommand = /^Invalid subcommand for .*- use one of (.*)$/.exec(text)
  if (subcommand !== null) return `unknown command (expected one of ${subcommand[1]})`
  const choice = /^Expected one of the following cases: (.*)$/.exec(text)
  if (choice !== null) return `expected one of ${choice[1]} (see --help)`
  return text
}

const plain = (text: unknown) => (typeof text === "string" ? text.replace(/\x1b\[[0-9;]*m/g, "") : text)

const cli = Command.run(root, { name, version: packageJson.version })

/**
 * Runs the CLI on `args` (without `node` and the script) and returns the exit code. @effect/cli
 * prints usage errors itself, in several lines; it is silenced and one line printed instead.
 */
export const run = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const stdio = yield* Effect.console
    const quiet: Console.Console = {
      ...stdio,
      error: () => Effect.void,
      // Help is styled for a terminal; a pipe or a file gets it plain.
      log: (...text) => stdio.log(...(process.stdout.isTTY ? text : text.map(plain)))
    }
    return yield* cli(["node", name, ...normalizeArgs(args)]).pipe(
      Effect.withConsole(quiet),
      Effect.as(0),
      Effect.catchIf(ValidationError.isValidationError, (error) =>
        Effect.as(Console.error(`${name}: ${usageLine(error)}`), error._tag === "HelpRequested" ? 0 : 2)),
      Effect.catchTag("Failure", (error) => Effect.as(Console.error(`${name}: ${error.message}`), 1))
    )
  })
