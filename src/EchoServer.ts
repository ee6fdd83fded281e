/**
 * The timeout-mode echo server: a scoped listener, an Effect `Stream` of accepted connections, each
 * served by the plain-Node `Connection` and owned by the server's scope, and a shutdown with a
 * deadline.
 *
 * Shutdown (when the scope closes, which SIGINT/SIGTERM do in the CLI): the listener closes first,
 * so new connections are refused; open connections then go on, under their own timeouts, for up
 * to `shutdownTimeout`; at the deadline each remaining one is closed, with FIN where nothing waits to
 * be echoed and by reset where something does.
 */
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Stream from "effect/Stream"
import * as Dns from "node:dns"
import * as Net from "node:net"
import * as Connection from "./Connection.js"
import * as SocketOptions from "./SocketOptions.js"
import * as SocketTuning from "./SocketTuning.js"
import * as Sysctl from "./Sysctl.js"

export interface Config {
  /** Host name or address to bind; `localhost` binds 127.0.0.1, as the recipe (IPv4) did. */
  readonly host: string
  /** TCP port; 0 picks a free one (see `address`). */
  readonly port: number
  /**
   * How long a connection may wait for the client's next bytes while nothing waits to be echoed.
   * The clock restarts on every chunk received and when an echo finishes draining. Zero: no limit.
   */
  readonly readTimeout: Duration.Duration
  /**
   * How long echoed bytes may wait to be taken by the kernel without any progress. The clock
   * restarts only when some of them go out, as nginx's `send_timeout`. Zero: no limit.
   */
  readonly writeTimeout: Duration.Duration
  /** Connections served at once; one more is closed at accept, counted and logged. Zero: no limit. */
  readonly maxConnections: number
  /** Connections served at once from one client address, enforced the same way. Zero: no limit. */
  readonly maxConnectionsPerIp: number
  /** Networks whose clients are served; others are closed at accept, counted, logged. Empty: all. */
  readonly allow: ReadonlyArray<Cidr>
  /** How long open connections may go on after shutdown starts before they are closed. */
  readonly shutdownTimeout: Duration.Duration
}

export const defaultConfig: Config = {
  host: "localhost",
  port: 9999,
  readTimeout: Duration.millis(5500),
  writeTimeout: Duration.millis(5500),
  maxConnections: 0,
  maxConnectionsPerIp: 0,
  allow: [],
  shutdownTimeout: Duration.seconds(5)
}

/** A network, as `10.0.0.0/8` or `fd00::/8`. */
export interface Cidr {
  readonly address: string
  readonly prefix: number
  readonly family: 4 | 6
}

export const formatCidr = (cidr: Cidr): string => `${cidr.address}/${cidr.prefix}`

/** Parses `ADDRESS[/PREFIX]` (a bare address is one host); None when it is not a network. */
export const parseCidr = (text: string): Option.Option<Cidr> => {
  const [address = "", prefixText, ...rest] = text.split("/")
  const family = Net.isIP(address)
  if (rest.length > 0 || (family !== 4 && family !== 6)) return Option.none()
  const max = family === 4 ? 32 : 128
  if (prefixText === undefined) return Option.some({ address, prefix: max, family })
  const prefix = /^\d+$/.test(prefixText) ? Number(prefixText) : NaN
  return prefix >= 0 && prefix <= max ? Option.some({ address, prefix, family }) : Option.none()
}

/** Whether an IP address is loopback (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
export const isLoopback = (address: string): boolean =>
  address === "::1" || address.startsWith("::ffff:127.") || (Net.isIPv4(address) && address.startsWith("127."))

export interface Address {
  readonly _tag: "TcpAddress"
  readonly family: 4 | 6
  readonly address: string
  readonly port: number
}

export const formatAddress = (address: Pick<Address, "address" | "port">): string =>
  Connection.formatPeer(address)

/** The listener could not be opened; `code` is the errno name (`EADDRINUSE`, `ENOTFOUND`, ...). */
export class ListenError extends Data.TaggedError("ListenError")<{
  readonly host: string
  readonly port: number
  readonly code: string
  readonly cause: unknown
}> {
  override get message(): string {
    return `cannot listen on ${this.host.includes(":") ? `[${this.host}]` : this.host}:${this.port}: ${
      describeCode(this.code)
    }`
  }
}

const describeCode = (code: string): string => {
  switch (code) {
    case "EADDRINUSE":
      return "address already in use"
    case "EADDRNOTAVAIL":
      return "address not available on this host"
    case "EACCES":
    case "EPERM":
      return "permission denied (ports below 1024 need root or CAP_NET_BIND_SERVICE)"
    case "ENOTFOUND":
    case "EAI_NONAME":
    case "EAI_AGAIN":
      return "host name does not resolve"
    default:
      return code
  }
}

export interface Stats {
  readonly active: number
  readonly accepted: number
  readonly closed: { readonly [K in Connection.CloseReason]: number }
}

export class EchoServer extends Context.Tag("tcp-echo/EchoServer")<
  EchoServer,
  {
    readonly address: Address
    readonly config: Config
    readonly backlog: SocketTuning.BacklogReport
    readonly listener: SocketTuning.ListenerReport
    /** Counters since start: connections open now, accepted, and closed by reason. */
    readonly stats: Effect.Effect<Stats>
  }
>() {}

/** `localhost` is the recipe's IPv4 loopback; other names resolve through the system resolver. */
const resolve = (host: string): Effect.Effect<{ readonly address: string; readonly family: 4 | 6 }, ListenError> => {
  if (host === "localhost") return Effect.succeed({ address: "127.0.0.1", family: 4 })
  const family = Net.isIP(host)
  if (family === 4 || family === 6) return Effect.succeed({ address: host, family })
  return Effect.tryPromise({
    try: () => Dns.promises.lookup(host),
    catch: (cause) => new ListenError({ host, port: 0, code: (cause as NodeJS.ErrnoException).code ?? "ENOTFOUND", cause })
  }).pipe(Effect.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })))
}

const listenError = (host: string, port: number) => (cause: unknown) =>
  new ListenError({
    host,
    port,
    code: cause instanceof SocketOptions.SocketCallError
      ? cause.code
      : (cause as NodeJS.ErrnoException).code ?? "EUNKNOWN",
    cause
  })

/**
 * Opens the listener. With native socket calls the socket is created, tuned and bound first and only
 * then handed to Node's `listen`, so the buffers are in place before any handshake; without them
 * Node binds and listens on its own.
 */
const listen = (server: Net.Server, config: Config) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const options = yield* SocketOptions.SocketOptions
    const resolved = yield* Effect.mapError(resolve(config.host), (error) => new ListenError({ ...error, port: config.port }))
    const toListenError = listenError(resolved.address, config.port)
    const backlog = tuning.backlog.effective
    const nodeListen = (target: Net.ListenOptions | { readonly fd: number }) =>
      Effect.async<void, ListenError>((resume) => {
        const onError = (error: Error) => resume(Effect.fail(toListenError(error)))
        server.once("error", onError)
        server.listen(target, backlog, () => {
          server.off("error", onError)
          resume(Effect.void)
        })
      })
    if (!tuning.native) {
      yield* nodeListen({ host: resolved.address, port: config.port })
      return yield* Effect.mapError(tuning.tuneListener(-1), toListenError)
    }
    // Until Node's listen takes the descriptor over, closing it on failure is ours to do.
    let handedOver = false
    const fd = yield* Effect.acquireRelease(
      Effect.mapError(options.socket(resolved.family), toListenError),
      (fd) => (handedOver ? Effect.void : Effect.ignore(options.close(fd)))
    )
    const report = yield* Effect.mapError(tuning.tuneListener(fd), toListenError)
    yield* Effect.mapError(options.bind(fd, { ...resolved, port: config.port }), toListenError)
    handedOver = true
    yield* nodeListen({ fd })
    return report
  })

const emptyClosed = (): { -readonly [K in Connection.CloseReason]: number } => ({
  "client-fin": 0,
  "read-timeout": 0,
  "write-timeout": 0,
  reset: 0,
  shutdown: 0,
  "over-limit": 0,
  "over-ip-limit": 0,
  refused: 0,
  error: 0
})

/** Logs at most one line per `intervalMs` for a recurring condition, with how often it happened. */
export const rateLimited = (intervalMs: number, log: (count: number) => void) => {
  let count = 0
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    timer = undefined
    if (count > 0) {
      log(count)
      count = 0
      timer = setTimeout(flush, intervalMs)
      timer.unref()
    }
  }
  return {
    hit: () => {
      count++
      if (timer === undefined) flush()
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer)
      if (count > 0) log(count)
    }
  }
}

const summaryLog = (summary: Connection.Summary) =>
  Effect.logInfo("connection closed").pipe(
    Effect.annotateLogs({
      connection: summary.id,
      peer: Connection.formatPeer(summary.peer),
      reason: summary.reason,
      durationMs: Math.round(summary.durationMs),
      bytesIn: summary.bytesIn,
      bytesOut: summary.bytesOut,
      ...(summary.failure !== undefined ? { error: summary.failure.message } : {})
    })
  )

export const make = (config: Config) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const server = Net.createServer({ allowHalfOpen: true, pauseOnConnect: false })
    if (config.maxConnections > 0) server.maxConnections = config.maxConnections
    const closed = emptyClosed()
    const active = new Set<Connection.Connection>()
    let accepted = 0

    const listenerReport = yield* Effect.acquireRelease(listen(server, config), () =>
      Effect.async<void>((resume) => {
        if (!server.listening) return resume(Effect.void)
        server.close(() => resume(Effect.void))
      }))
    const bound = server.address() as Net.AddressInfo
    const address: Address = {
      _tag: "TcpAddress",
      family: bound.family === "IPv6" ? 6 : 4,
      address: bound.address,
      port: bound.port
    }

    const runtime = yield* Effect.runtime<never>()
    const runLog = Runtime.runSync(runtime)
    // Log levels are fixed for the server's life: what is off costs nothing per connection or chunk.
    const minimumLevel = yield* FiberRef.get(FiberRef.currentMinimumLogLevel)
    const debug = LogLevel.lessThanEqual(minimumLevel, LogLevel.Debug)
    const logSummaries = LogLevel.lessThanEqual(minimumLevel, LogLevel.Info)
    const onChunk = debug
      ? (id: number, bytes: number) => runLog(Effect.logDebug(`connection #${id}: ${bytes} bytes`))
      : undefined
    const connectionOptions: Connection.Options = {
      readTimeoutMs: Duration.toMillis(config.readTimeout),
      writeTimeoutMs: Duration.toMillis(config.writeTimeout),
      onChunk,
      onClose: (connection, summary) => {
        active.delete(connection)
        if (perIpLimit > 0) release(summary.peer.address)
        closed[summary.reason]++
        if (logSummaries) runLog(summaryLog(summary))
        if (drained !== undefined && active.size === 0) Deferred.unsafeDone(drained, Exit.void)
      }
    }

    const warnEverySecond = (message: (count: number) => string) =>
      rateLimited(1000, (count) => runLog(Effect.logWarning(message(count))))
    const overLimit = warnEverySecond((count) =>
      `closed ${count} connection(s) over --max-connections ${config.maxConnections}`
    )
    server.on("drop", () => {
      closed["over-limit"]++
      overLimit.hit()
    })
    const refused = warnEverySecond((count) =>
      `refused ${count} connection(s) from outside --allow ${config.allow.map(formatCidr).join(", ")}`
    )
    const overIpLimit = warnEverySecond((count) =>
      `closed ${count} connection(s) over --max-connections-per-ip ${config.maxConnectionsPerIp}`
    )
    const acceptErrors = warnEverySecond((count) => `accept failed ${count} time(s); clients were reset`)
    server.on("error", () => acceptErrors.hit())
    // At RLIMIT_NOFILE libuv accepts and closes new connections without a word: reaching it is the only sign.
    const fdLimit = Option.getOrElse(
      Option.map(
        Option.all([tuning.limits.openFilesLimit, yield* (yield* Sysctl.Sysctl).openFiles]),
        ([limit, open]) => limit - open
      ),
      () => Infinity
    )
    const fdExhausted = warnEverySecond(() =>
      `at the file descriptor limit (RLIMIT_NOFILE ${
        Option.getOrElse(tuning.limits.openFilesLimit, () => 0)
      }, ${active.size} connections open): new connections are accepted and closed at once until some close`
    )
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => [overLimit, refused, overIpLimit, acceptErrors, fdExhausted].forEach((log) => log.stop()))
    )

    const allowList = new Net.BlockList()
    for (const cidr of config.allow) {
      allowList.addSubnet(cidr.address, cidr.prefix, cidr.family === 4 ? "ipv4" : "ipv6")
    }
    const allowed = config.allow.length === 0
      ? () => true
      : (address: string) => allowList.check(address, Net.isIPv4(address) ? "ipv4" : "ipv6")
    const perIp = new Map<string, number>()
    const perIpLimit = config.maxConnectionsPerIp
    const release = (address: string) => {
      const count = perIp.get(address)! - 1
      if (count === 0) perIp.delete(address)
      else perIp.set(address, count)
    }
    const refuse = (socket: Net.Socket, reason: Connection.CloseReason, log: { readonly hit: () => void }) => {
      socket.on("error", () => {})
      socket.destroy()
      closed[reason]++
      log.hit()
    }

    // The peer address costs a getpeername(2) per connection: read it only where something uses it.
    const needPeer = logSummaries || config.allow.length > 0 || perIpLimit > 0
    let drained: Deferred.Deferred<void> | undefined
    let nextId = 0
    const connections: Stream.Stream<Connection.Connection> = Stream.asyncPush<Connection.Connection>((emit) =>
      Effect.acquireRelease(
        Effect.sync(() => {
          const onConnection = (socket: Net.Socket) => {
            const address = needPeer ? socket.remoteAddress ?? "unknown" : ""
            if (!allowed(address)) return refuse(socket, "refused", refused)
            if (perIpLimit > 0) {
              const count = perIp.get(address) ?? 0
              if (count >= perIpLimit) return refuse(socket, "over-ip-limit", overIpLimit)
              perIp.set(address, count + 1)
            }
            // The Connection takes the socket's events at once, before any error could go unheard.
            const connection = new Connection.Connection(++nextId, socket, connectionOptions)
            accepted++
            active.add(connection)
            if (active.size >= fdLimit) fdExhausted.hit()
            batch.push(connection)
            flush ??= setTimeout(emitBatch, 1)
          }
          // Waking the Stream's consumer costs about as much as a connection's whole setup in Node;
          // under churn, one wake a millisecond for all the connections of that millisecond.
          let batch: Array<Connection.Connection> = []
          let flush: NodeJS.Timeout | undefined
          const emitBatch = () => {
            flush = undefined
            const connections = batch
            batch = []
            emit.array(connections)
          }
          const onClose = () => {
            if (flush !== undefined) clearTimeout(flush)
            emitBatch()
            emit.end()
          }
          server.on("connection", onConnection)
          server.on("close", onClose)
          return { onConnection, onClose }
        }),
        ({ onClose, onConnection }) =>
          Effect.sync(() => (server.off("connection", onConnection), server.off("close", onClose)))
      ), { bufferSize: "unbounded" })

    // Per-connection options are the only per-connection Effect work, and only when configured.
    const tune = (connection: Connection.Connection) =>
      Option.match(SocketOptions.fdOf(connection.socket), {
        onNone: () => Effect.void,
        onSome: (fd) =>
          tuning.tuneConnection(fd).pipe(
            Effect.catchAll((error) => Effect.logWarning(`connection #${connection.id}: ${error.message}`))
          )
      })
    yield* connections.pipe(
      Stream.runForEachChunk((chunk) =>
        tuning.tunesConnections ? Effect.forEach(chunk, tune, { discard: true }) : Effect.void
      ),
      Effect.forkScoped
    )

    const options = yield* SocketOptions.SocketOptions
    yield* Effect.addFinalizer(() =>
      Effect.gen(function*() {
        const deadline = Date.now() + Duration.toMillis(config.shutdownTimeout)
        yield* closeListener(server, options, deadline)
        // Only now: while the queue drains, the last open connection may close before the next is accepted.
        drained = yield* Deferred.make<void>()
        if (active.size > 0) {
          yield* Effect.logInfo(
            `shutting down: waiting up to ${Duration.format(config.shutdownTimeout)} for ${active.size} connection(s)`
          )
          // Finalizers run uninterruptibly: the wait must be interruptible for the deadline to cut it.
          const finished = yield* Deferred.await(drained).pipe(
            Effect.interruptible,
            Effect.timeoutTo({
              duration: Math.max(0, deadline - Date.now()),
              onSuccess: () => true,
              onTimeout: () => false
            })
          )
          if (!finished) yield* Effect.logWarning(`shutdown deadline reached: closing ${active.size} connection(s)`)
        }
        for (const connection of active) connection.abort("shutdown")
        if (active.size > 0) yield* Deferred.await(drained)
      })
    )

    yield* logStartup(address, config, tuning, listenerReport)

    return EchoServer.of({
      address,
      config,
      backlog: tuning.backlog,
      listener: listenerReport,
      stats: Effect.sync(() => ({ active: active.size, accepted, closed: { ...closed } }))
    })
  })

/** One turn of Node's event loop: its poll phase, where libuv accepts whatever the listener has queued. */
const nextTurn = Effect.async<void>((resume) => {
  const immediate = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(immediate))
})

/** Turns of the event loop the accept queue gets to empty, at most. */
const maxAcceptTurns = 1000

/**
 * Closes the listener without dropping what the kernel already accepted: closing a listening socket
 * resets every connection still in its accept queue. Linux has no call that stops new handshakes but
 * keeps the queue, so a socket filter drops new SYNs (their clients retry and meet the closed port),
 * the queue's length is read (`TCP_INFO`) after each event-loop turn, in which libuv accepts all it
 * can, and the listener is closed in the same tick as the reading that finds it empty. Without native
 * calls the queue cannot be read, and one turn accepts what is there.
 */
const closeListener = (
  server: Net.Server,
  options: Context.Tag.Service<SocketOptions.SocketOptions>,
  deadline: number
): Effect.Effect<void> => {
  const close = Effect.sync(() => server.close())
  const fd = SocketOptions.fdOf(server)
  if (Option.isNone(fd)) return close
  const drain = (turn: number): Effect.Effect<void> =>
    options.acceptQueue(fd.value).pipe(
      Effect.matchEffect({
        onFailure: () => Effect.zipRight(nextTurn, close),
        onSuccess: (queue) =>
          queue.pending === 0 || turn >= maxAcceptTurns || Date.now() >= deadline
            ? close
            : Effect.suspend(() => Effect.zipRight(nextTurn, drain(turn + 1)))
      })
    )
  return Effect.zipRight(Effect.ignore(options.stopHandshakes(fd.value)), drain(0))
}

const known = <A>(option: Option.Option<A>, show: (a: A) => string): string =>
  Option.match(option, { onNone: () => "unknown", onSome: show })

const limit = (duration: Duration.Duration): string =>
  Duration.toMillis(duration) === 0 ? "none" : Duration.format(duration)

const bufferLine = (report: SocketTuning.BufferReport, sysctl: string, autotune: Option.Option<{ max: number }>) =>
  Option.match(report.requested, {
    onNone: () => `${report.option} kernel default, autotuned up to ${known(autotune, (r) => `${r.max}`)}`,
    onSome: (requested) =>
      `${report.option} asked ${requested}, kernel set ${known(report.effective, String)} (cap ${
        known(report.cap, (cap) => `${cap} = 2 x ${sysctl}`)
      }; autotuning off)`
  })

const logStartup = (
  address: Address,
  config: Config,
  tuning: Context.Tag.Service<SocketTuning.SocketTuning>,
  listener: SocketTuning.ListenerReport
) => {
  const { backlog, limits } = tuning
  return Effect.all([
    Effect.logInfo(`listening on ${formatAddress(address)} (pid ${process.pid})`),
    isLoopback(address.address) ? Effect.void : Effect.logWarning(
      `${formatAddress(address)} is not a loopback address: clients on other hosts can reach this server${
        config.allow.length === 0 ? " (restrict them with --allow CIDR)" : ""
      }`
    ),
    Effect.logInfo(
      `backlog asked ${backlog.requested}, effective ${backlog.effective} (net.core.somaxconn ${
        known(backlog.somaxconn, String)
      }); SYN backlog ${known(limits.tcpMaxSynBacklog, String)}; SYN-ACK give-up ${
        known(limits.synAckGiveUp, Duration.format)
      }`
    ),
    Effect.logInfo(
      `buffers: ${bufferLine(listener.recvBuffer, "net.core.rmem_max", limits.tcpRmem)}; ${
        bufferLine(listener.sendBuffer, "net.core.wmem_max", limits.tcpWmem)
      }`
    ),
    Effect.logInfo(
      `timeouts: read ${limit(config.readTimeout)}, write ${limit(config.writeTimeout)}, shutdown ${
        Duration.format(config.shutdownTimeout)
      }; max connections ${config.maxConnections === 0 ? "unlimited" : config.maxConnections}, per client address ${
        config.maxConnectionsPerIp === 0 ? "unlimited" : config.maxConnectionsPerIp
      }; clients allowed from ${config.allow.length === 0 ? "anywhere" : config.allow.map(formatCidr).join(", ")}`
    )
  ], { discard: true })
}

export const layer = (
  config: Config
): Layer.Layer<EchoServer, ListenError, SocketTuning.SocketTuning | SocketOptions.SocketOptions | Sysctl.Sysctl> =>
  Layer.scoped(EchoServer, make(config))
