/**
 * The timeout-mode echo server as an Effect service: its config, the service it provides, and `make`,
 * which wires the parts: the listener (`Listener`), who is served (`Admission`), one plain-Node
 * `Connection` per client owned by the server's scope (a `FaultyConnection` for one that draws the
 * faults of `faults/`; behind a proxy, once `ProxyAccept` has read its header), its `Events` and
 * `Metrics`, and the `Shutdown`.
 *
 * Shutdown (when the host calls `shutdown`, or the scope closes, which SIGINT/SIGTERM do in the
 * CLI): the listener stops taking new handshakes, serves what already waits in its accept queue,
 * then closes, so new connections are refused; open connections go on, under their own timeouts,
 * until `shutdownTimeout` after the shutdown began; at that deadline each remaining one is closed,
 * with FIN where nothing waits to be echoed and by reset where something does.
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Runtime from "effect/Runtime"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Net from "node:net"
import * as Descriptor from "../kernel/Descriptor.js"
import * as SocketOptions from "../kernel/SocketOptions.js"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as Sysctl from "../kernel/Sysctl.js"
import { type Cidr, hostPort } from "../net.js"
import * as Admission from "./Admission.js"
import * as CloseRecord from "./CloseRecord.js"
import * as Connection from "./Connection.js"
import * as Events from "./Events.js"
import * as FaultControl from "./faults/FaultControl.js"
import type * as Faults from "./faults/Faults.js"
import * as Listener from "./Listener.js"
import * as LogFields from "./LogFields.js"
import * as PeerAddress from "./PeerAddress.js"
import * as Metrics from "./Metrics.js"
import * as ProxyAccept from "./ProxyAccept.js"
import * as Shutdown from "./Shutdown.js"
import * as SocketActivation from "./SocketActivation.js"
import * as StartupReport from "./StartupReport.js"

export { ConnectionError, ReadTimeout, WriteTimeout } from "./CloseRecord.js"
export type { CloseReason, ConnectionFailure, Peer, RejectReason, Summary } from "./CloseRecord.js"
export { ConnectionEvent } from "./Events.js"
export { ListenError } from "./Listener.js"
export { ActivationError } from "./SocketActivation.js"
export type { Status } from "./Shutdown.js"

export interface Config {
  /** Host name or address to bind; `localhost` binds 127.0.0.1, as the recipe (IPv4) did. */
  readonly host: string
  /** TCP port; 0 picks a free one (see `address`). */
  readonly port: number
  /**
   * With an IPv6 `host`, serve IPv6 clients only (`IPV6_V6ONLY`). False: `::` serves IPv4 clients
   * too, reported, logged and matched against `allow` as their IPv4 address. No effect on IPv4.
   */
  readonly ipv6Only: boolean
  /**
   * A listening socket to serve on instead of opening one on host:port: the descriptor a service
   * manager handed over (socket activation, `SocketActivation.fromEnvironment`). Its address,
   * backlog and buffers are what its creator set; they are read back and reported, not asked.
   */
  readonly listenFd: Option.Option<number>
  /**
   * Set when this server is one of several sharing the port, each in its own process (`--workers`):
   * its number, from 1, and how many there are. Only the first logs the start-up summary.
   */
  readonly worker: Option.Option<{ readonly index: number; readonly count: number }>
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
  /**
   * Every connection must start with a PROXY protocol header (v1 or v2) naming the client, which is
   * then the connection's peer for `allow`, the per-address limit, close records, events and
   * metrics (the proxy's address is kept as `via`). The read timeout's clock starts at accept for
   * the header, and stops at its last byte; a missing, malformed, oversized or late header closes
   * the connection (`proxy-error`). Health checks' headers (v2 LOCAL, v1 UNKNOWN) are served as
   * from the proxy.
   */
  readonly proxyProtocol: boolean
  /** With `proxyProtocol`, the networks proxies may connect from; others are refused. Empty: any. */
  readonly proxyFrom: ReadonlyArray<Cidr>
  /**
   * How long open connections may go on once shutdown starts (the clock starts when the scope begins
   * to close) before the rest are closed. Zero: they are closed as soon as the listener is.
   */
  readonly shutdownTimeout: Duration.Duration
  /**
   * Faults new connections get (latency, bandwidth, slices, a close, reset or stall after N bytes),
   * each drawn at accept with their probability; `EchoServer.faults` changes them at run time.
   * Absent: none, and the echo path is the plain one. Trusted as the other fields are: check values
   * from outside with `Faults.decode` or `Faults.validate`, as the CLI does.
   */
  readonly faults?: Faults.Faults
}

export const defaultConfig: Config = {
  host: "localhost",
  port: 9999,
  ipv6Only: false,
  listenFd: Option.none(),
  worker: Option.none(),
  readTimeout: Duration.millis(5500),
  writeTimeout: Duration.millis(5500),
  maxConnections: 0,
  maxConnectionsPerIp: 0,
  allow: [],
  proxyProtocol: false,
  proxyFrom: [],
  shutdownTimeout: Duration.seconds(5)
}

export interface Address {
  readonly _tag: "TcpAddress"
  readonly family: 4 | 6
  readonly address: string
  readonly port: number
}

export const formatAddress = (address: Pick<Address, "address" | "port">): string =>
  hostPort(address.address, address.port)

export interface Stats {
  readonly active: number
  readonly accepted: number
  readonly closed: { readonly [K in CloseRecord.CloseReason]: number }
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
    /**
     * The connection events (`Accepted`, `Closed`, `Rejected`) from the moment the stream starts
     * until the server has closed, with at most 1024 waiting for this subscriber (see `subscribe`).
     * They arrive in chunks, at most one every 50 ms under load (each wake costs about as much as
     * accepting a connection several times over), at once after a quiet spell.
     */
    readonly events: Stream.Stream<Events.ConnectionEvent>
    /**
     * Subscribes at once, for the life of the scope: no event is missed between subscribing and
     * running the stream. While `bufferSize` events wait unread, newer ones are dropped for this
     * subscriber and a `Lagged` event says how many.
     */
    readonly subscribe: (
      options?: { readonly bufferSize?: number }
    ) => Effect.Effect<Stream.Stream<Events.ConnectionEvent>, never, Scope.Scope>
    /** `serving`, `draining` from the moment the shutdown starts, `closed` once it has ended. */
    readonly status: Effect.Effect<Shutdown.Status>
    /**
     * Starts the shutdown (see the module's comment) unless it has started, and returns at once; the
     * scope's closing then only waits for it.
     */
    readonly shutdown: Effect.Effect<void>
    /**
     * Waits for the shutdown's drain to end: true when every connection closed on its own, false when
     * `shutdownTimeout` came first and the rest were closed.
     */
    readonly drained: Effect.Effect<boolean>
    /** Waits until the shutdown has ended: the listener and every connection closed. */
    readonly closed: Effect.Effect<void>
    /** The faults of new connections, changeable while the server runs, and their counts. */
    readonly faults: FaultControl.Handle
  }
>() {}

const emptyClosed = (): { -readonly [K in CloseRecord.CloseReason]: number } => ({
  "client-fin": 0,
  "read-timeout": 0,
  "write-timeout": 0,
  reset: 0,
  shutdown: 0,
  "over-limit": 0,
  "over-ip-limit": 0,
  refused: 0,
  "proxy-error": 0,
  error: 0,
  "fault-close": 0,
  "fault-reset": 0
})

const summaryLog = (summary: CloseRecord.Summary) =>
  Effect.logInfo("connection closed", LogFields.fields(CloseRecord.recordFields(summary)))

/**
 * Logs close records in batches, one Effect run per event-loop turn: running an Effect costs about as
 * much as a connection's whole life in Node, and closes come in bursts (a shutdown deadline closed
 * 5,000 connections in 1.4 s with one run each; in about 0.2 s batched).
 */
const closeLog = (run: (effect: Effect.Effect<void>) => void) => {
  let batch: Array<CloseRecord.Summary> = []
  const take = () => {
    const summaries = batch
    batch = []
    return Effect.forEach(summaries, summaryLog, { discard: true })
  }
  return {
    record: (summary: CloseRecord.Summary) => {
      if (batch.push(summary) === 1) setImmediate(() => run(take()))
    },
    /** What waits for the next turn, now: the shutdown's last line must come after its closes. */
    flush: Effect.suspend(take)
  }
}

/**
 * How many more descriptors this process may open (Infinity where the limit or the count is
 * unknown): measured once the listener is open, it is how many connections fit.
 */
const fdHeadroom = Effect.gen(function*() {
  const limits = (yield* SocketTuning.SocketTuning).limits
  const open = yield* (yield* Sysctl.Sysctl).openFiles
  return Option.getOrElse(
    Option.map(Option.all([limits.openFilesLimit, open]), ([limit, open]) => limit - open),
    () => Infinity
  )
})

/**
 * Applies the per-connection socket options, the only per-connection Effect work, in batches: waking
 * a fiber costs about as much as a connection's whole setup in Node, so under churn there is one
 * wake a millisecond for all the connections of that millisecond. Nothing runs when there is
 * nothing to apply.
 */
const connectionTuner = Effect.gen(function*() {
  const tuning = yield* SocketTuning.SocketTuning
  if (!tuning.tunesConnections) return (_: Connection.Connection) => {}
  const tune = (connection: Connection.Connection) =>
    Option.match(Descriptor.fdOf(connection.socket), {
      onNone: () => Effect.void,
      onSome: (fd) =>
        tuning.tuneConnection(fd).pipe(
          Effect.catchAll((error) => Effect.logWarning(`connection #${connection.id}: ${error.message}`))
        )
    })
  const queue = yield* Queue.unbounded<Connection.Connection>()
  yield* Queue.takeAll(queue).pipe(
    Effect.flatMap((connections) => Effect.forEach(connections, tune, { discard: true })),
    Effect.forever,
    Effect.forkScoped
  )
  let batch: Array<Connection.Connection> = []
  let flush: NodeJS.Timeout | undefined
  const offer = () => {
    flush = undefined
    const connections = batch
    batch = []
    // Offered in one go: the tuning fiber wakes once for the whole batch.
    for (const connection of connections) Queue.unsafeOffer(queue, connection)
  }
  yield* Effect.addFinalizer(() => Effect.sync(() => flush !== undefined && clearTimeout(flush)))
  return (connection: Connection.Connection) => {
    batch.push(connection)
    flush ??= setTimeout(offer, 1)
  }
})

const boundAddress = (server: Net.Server): Address => {
  const bound = server.address() as Net.AddressInfo
  return { _tag: "TcpAddress", family: bound.family === "IPv6" ? 6 : 4, address: bound.address, port: bound.port }
}

/**
 * Where each accept, close and refusal is counted and published: the stats, the metrics, and the
 * events (built only while someone subscribes).
 */
const observers = (
  closed: { -readonly [K in CloseRecord.CloseReason]: number },
  metrics: Effect.Effect.Success<ReturnType<typeof Metrics.make<Connection.Connection>>>,
  events: Events.Hub
) => ({
  rejected: (reason: CloseRecord.RejectReason, address: string | undefined, port: number | undefined) => {
    if (reason !== "fd-limit") closed[reason]++
    metrics.rejected(reason)
    if (events.size !== 0) events.publish(Events.rejected(reason, address, port))
  },
  closed: (connection: Connection.Connection, summary: CloseRecord.Summary) => {
    closed[summary.reason]++
    metrics.closed(connection, summary)
    if (events.size !== 0) events.publish(Events.ConnectionEvent.Closed(summary))
  },
  accepted: (connection: Connection.Connection) => {
    metrics.accepted()
    if (events.size !== 0) events.publish(Events.ConnectionEvent.Accepted({ id: connection.id, peer: connection.peer }))
  }
})

/**
 * What the server logs, decided once from the level in force when it starts: what is off costs
 * nothing per connection or chunk.
 */
const serverLogs = Effect.gen(function*() {
  const runLog = Runtime.runSync(yield* Effect.runtime<never>())
  const minimumLevel = yield* FiberRef.get(FiberRef.currentMinimumLogLevel)
  const onChunk = LogLevel.lessThanEqual(minimumLevel, LogLevel.Debug)
    ? (id: number, bytes: number) => runLog(Effect.logDebug(`connection #${id}: ${bytes} bytes`))
    : undefined
  return { runLog, onChunk, logClose: LogLevel.lessThanEqual(minimumLevel, LogLevel.Info) ? closeLog(runLog) : undefined }
})

/**
 * Serves an accepted socket: admits its client (`peer`, when it was read), then makes it a
 * Connection (a FaultyConnection when it draws faults), counted in `counts`; undefined if refused.
 */
const opener = (
  parts: {
    readonly admission: Admission.Admission
    readonly faults: Effect.Effect.Success<ReturnType<typeof FaultControl.make>>
    readonly connectionOptions: Connection.Options
    readonly active: Set<Connection.Connection>
    readonly observe: ReturnType<typeof observers>
    readonly tune: (connection: Connection.Connection) => void
  },
  counts: { accepted: number; nextId: number }
) =>
(socket: Net.Socket, peer: CloseRecord.Peer | undefined, origin?: Connection.Origin): Connection.Connection | undefined => {
  const { active, admission, connectionOptions, faults } = parts
  if (!admission.admit(socket, peer?.address ?? "")) return undefined
  // The Connection takes the socket's events at once, before any error could go unheard.
  const connection = faults.active
    ? faults.connection(++counts.nextId, socket, connectionOptions, peer, origin)
    : new Connection.Connection(++counts.nextId, socket, connectionOptions, peer, origin)
  counts.accepted++
  active.add(connection)
  parts.observe.accepted(connection)
  admission.opened(active.size)
  parts.tune(connection)
  return connection
}

export const make = (config: Config) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const options = yield* SocketOptions.SocketOptions
    const server = Net.createServer({ allowHalfOpen: true, pauseOnConnect: false })
    const closed = emptyClosed()
    const active = new Set<Connection.Connection>()
    const counts = { accepted: 0, nextId: 0 }
    let headroom = Infinity
    const events = new Events.Hub()
    const metrics = yield* Metrics.make(active)
    const { logClose, onChunk, runLog } = yield* serverLogs
    const observe = observers(closed, metrics, events)
    // Close records wait for the next event-loop turn: the shutdown's last line must come after them.
    const afterLast = Effect.zipRight(Effect.sync(() => events.end()), logClose?.flush ?? Effect.void)
    let proxied: ProxyAccept.ProxyAccept | undefined
    const settle = (deadline: number) => proxied?.settle(deadline) ?? Effect.void
    const shutdown = yield* Shutdown.make(server, options, active, config.shutdownTimeout, () => afterLast, settle)
    const admission = yield* Admission.make(server, config, {
      count: observe.rejected,
      warn: (message, fields) => runLog(Effect.logWarning(message, LogFields.facts(fields))),
      fdHeadroom: () => headroom,
      openFilesLimit: Option.getOrElse(tuning.limits.openFilesLimit, () => 0)
    })
    const connectionOptions: Connection.Options = {
      readTimeoutMs: Duration.toMillis(config.readTimeout),
      writeTimeoutMs: Duration.toMillis(config.writeTimeout),
      onChunk,
      onClose: (connection, summary) => {
        active.delete(connection)
        admission.release(summary.peer.address)
        observe.closed(connection, summary)
        if (logClose !== undefined) logClose.record(summary)
        shutdown.connectionClosed()
      }
    }
    const tune = yield* connectionTuner
    const faults = yield* FaultControl.make(config.faults)
    // The peer address costs a getpeername(2) per connection: read it only where something uses it,
    // and at accept, while a client that resets at once can still be named.
    const needPeer = logClose !== undefined || admission.needsPeer
    const peerOf = PeerAddress.reader(options)
    const open = opener({ admission, faults, connectionOptions, active, observe, tune }, counts)
    proxied = yield* ProxyAccept.forServer(config, { rejected: observe.rejected, runLog, peerOf, open })
    const direct = (socket: Net.Socket) => open(socket, needPeer ? peerOf(socket) : undefined)
    // In place before the listener opens: a connection accepted with no listener would hang unserved.
    server.on("connection", proxied?.accept ?? direct)

    const opened = yield* SocketActivation.listen(server, config)
    // Connections accepted while the descriptors were counted are in the count, not in the headroom.
    headroom = (yield* fdHeadroom) + active.size
    const address = boundAddress(server)
    // After the listener's own finalizer: this one runs first, and closes the listener its way.
    yield* Effect.addFinalizer(() => Effect.zipRight(shutdown.start, shutdown.closed))

    yield* StartupReport.log({ ...config, ...tuning, ...opened, address, tuning: tuning.config })
    yield* faults.report

    return EchoServer.of({
      address,
      config,
      ...opened,
      stats: Effect.sync(() => ({ active: active.size, accepted: counts.accepted, closed: { ...closed } })),
      events: Stream.unwrapScoped(events.subscribe()),
      subscribe: (options) => events.subscribe(options?.bufferSize),
      status: Effect.sync(shutdown.status),
      shutdown: shutdown.start,
      drained: shutdown.drained,
      closed: shutdown.closed,
      faults: faults.handle
    })
  })

export const layer = (
  config: Config
): Layer.Layer<
  EchoServer,
  Listener.ListenError | SocketActivation.ActivationError,
  SocketTuning.SocketTuning | SocketOptions.SocketOptions | Sysctl.Sysctl
> =>
  Layer.scoped(EchoServer, make(config))
