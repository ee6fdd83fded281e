/**
 * The timeout-mode echo server as an Effect service: its config, the service it provides, and `make`,
 * which wires the parts: the listener (`Listener`), who is served (`Admission`), one plain-Node
 * `Connection` per client owned by the server's scope (a `FaultyConnection` for one that draws the
 * faults of `faults/`), and the shutdown.
 *
 * Shutdown (when the scope closes, which SIGINT/SIGTERM do in the CLI): the listener stops taking
 * new handshakes, serves what already waits in its accept queue, then closes, so new connections
 * are refused; open connections go on, under their own timeouts, until `shutdownTimeout` after the
 * shutdown began; at that deadline each remaining one is closed, with FIN where nothing waits to be
 * echoed and by reset where something does.
 */
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Runtime from "effect/Runtime"
import * as Net from "node:net"
import * as Descriptor from "../kernel/Descriptor.js"
import * as SocketOptions from "../kernel/SocketOptions.js"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as Sysctl from "../kernel/Sysctl.js"
import { type Cidr, hostPort } from "../net.js"
import * as Admission from "./Admission.js"
import * as CloseRecord from "./CloseRecord.js"
import * as Connection from "./Connection.js"
import * as FaultControl from "./faults/FaultControl.js"
import type * as Faults from "./faults/Faults.js"
import * as Listener from "./Listener.js"
import * as StartupReport from "./StartupReport.js"

export { ConnectionError, ReadTimeout, WriteTimeout } from "./CloseRecord.js"
export type { CloseReason, ConnectionFailure, Peer, Summary } from "./CloseRecord.js"
export { ListenError } from "./Listener.js"

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
  readTimeout: Duration.millis(5500),
  writeTimeout: Duration.millis(5500),
  maxConnections: 0,
  maxConnectionsPerIp: 0,
  allow: [],
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
  error: 0,
  "fault-close": 0,
  "fault-reset": 0
})

const summaryLog = (summary: CloseRecord.Summary) =>
  Effect.logInfo("connection closed").pipe(
    Effect.annotateLogs({
      connection: summary.id,
      peer: CloseRecord.formatPeer(summary.peer),
      reason: summary.reason,
      durationMs: Math.round(summary.durationMs),
      bytesIn: summary.bytesIn,
      bytesOut: summary.bytesOut,
      ...(summary.failure !== undefined ? { error: summary.failure.message } : {}),
      ...(summary.faults !== undefined ? { faults: summary.faults.description, faultsApplied: summary.faults.applied } : {})
    })
  )

/**
 * Logs close records in batches, one Effect run per event-loop turn: running an Effect costs about as
 * much as a connection's whole life in Node, and closes come in bursts (a shutdown deadline closed
 * 5,000 connections in 1.4 s with one run each; in about 0.2 s batched).
 */
const closeLog = (run: (effect: Effect.Effect<void>) => void) =>
  Effect.gen(function*() {
    let batch: Array<CloseRecord.Summary> = []
    const take = () => {
      const summaries = batch
      batch = []
      return Effect.forEach(summaries, summaryLog, { discard: true })
    }
    // The last closes of a shutdown come after its last turn: they are logged as the scope closes.
    yield* Effect.addFinalizer(() => Effect.suspend(take))
    return (summary: CloseRecord.Summary) => {
      if (batch.push(summary) === 1) setImmediate(() => run(take()))
    }
  })

/**
 * How many connections this process may still open, read before the listener exists, whose own
 * descriptor takes one more (Infinity where the limit or the count is unknown).
 */
const fdHeadroom = Effect.gen(function*() {
  const limits = (yield* SocketTuning.SocketTuning).limits
  const open = yield* (yield* Sysctl.Sysctl).openFiles
  return Option.getOrElse(
    Option.map(Option.all([limits.openFilesLimit, open]), ([limit, open]) => limit - open - 1),
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

/**
 * The shutdown: the listener closes without dropping its accept queue (`Listener.close`), then open
 * connections go on until `timeout` after the start, and the rest are closed. `onDrained` arms the
 * signal that the last connection closed: only once the listener is closed, since while its queue
 * drains the last open connection may close before the next is accepted.
 */
const shutdown = (
  server: Net.Server,
  options: Context.Tag.Service<SocketOptions.SocketOptions>,
  active: ReadonlySet<Connection.Connection>,
  timeout: Duration.Duration,
  onDrained: (drained: { readonly done: () => void }) => void
) =>
  Effect.gen(function*() {
    const deadline = Date.now() + Duration.toMillis(timeout)
    yield* Listener.close(server, options, deadline)
    const drained = yield* Deferred.make<void>()
    onDrained({ done: () => Deferred.unsafeDone(drained, Exit.void) })
    if (active.size > 0) {
      yield* Effect.logInfo(`shutting down: waiting up to ${Duration.format(timeout)} for ${active.size} connection(s)`)
      // Finalizers run uninterruptibly: the wait must be interruptible for the deadline to cut it.
      const finished = yield* Deferred.await(drained).pipe(
        Effect.interruptible,
        Effect.timeoutTo({ duration: Math.max(0, deadline - Date.now()), onSuccess: () => true, onTimeout: () => false })
      )
      if (!finished) yield* Effect.logWarning(`shutdown deadline reached: closing ${active.size} connection(s)`)
    }
    for (const connection of active) connection.abort("shutdown")
    if (active.size > 0) yield* Deferred.await(drained)
  })

export const make = (config: Config) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const options = yield* SocketOptions.SocketOptions
    const server = Net.createServer({ allowHalfOpen: true, pauseOnConnect: false })
    const closed = emptyClosed()
    const active = new Set<Connection.Connection>()
    let accepted = 0
    let drained: { readonly done: () => void } | undefined

    const runLog = Runtime.runSync(yield* Effect.runtime<never>())
    // Log levels are fixed for the server's life: what is off costs nothing per connection or chunk.
    const minimumLevel = yield* FiberRef.get(FiberRef.currentMinimumLogLevel)
    const logSummaries = LogLevel.lessThanEqual(minimumLevel, LogLevel.Info)
    const logClose = logSummaries ? yield* closeLog(runLog) : undefined
    const admission = yield* Admission.make(server, config, {
      count: (reason) => closed[reason]++,
      warn: (message) => runLog(Effect.logWarning(message)),
      fdHeadroom: yield* fdHeadroom,
      openFilesLimit: Option.getOrElse(tuning.limits.openFilesLimit, () => 0)
    })
    const connectionOptions: Connection.Options = {
      readTimeoutMs: Duration.toMillis(config.readTimeout),
      writeTimeoutMs: Duration.toMillis(config.writeTimeout),
      onChunk: LogLevel.lessThanEqual(minimumLevel, LogLevel.Debug)
        ? (id, bytes) => runLog(Effect.logDebug(`connection #${id}: ${bytes} bytes`))
        : undefined,
      onClose: (connection, summary) => {
        active.delete(connection)
        admission.release(summary.peer.address)
        closed[summary.reason]++
        if (logClose !== undefined) logClose(summary)
        if (drained !== undefined && active.size === 0) drained.done()
      }
    }
    const tune = yield* connectionTuner
    const faults = yield* FaultControl.make(config.faults)
    // The peer address costs a getpeername(2) per connection: read it only where something uses it.
    const needPeer = logSummaries || admission.needsPeer
    let nextId = 0
    // In place before the listener opens: a connection accepted with no listener would hang unserved.
    server.on("connection", (socket: Net.Socket) => {
      if (!admission.admit(socket, needPeer ? socket.remoteAddress ?? "unknown" : "")) return
      // The Connection takes the socket's events at once, before any error could go unheard.
      const connection = faults.active
        ? faults.connection(++nextId, socket, connectionOptions)
        : new Connection.Connection(++nextId, socket, connectionOptions)
      accepted++
      active.add(connection)
      admission.opened(active.size)
      tune(connection)
    })

    const listenerReport = yield* Listener.listen(server, config.host, config.port)
    const bound = server.address() as Net.AddressInfo
    const address: Address = {
      _tag: "TcpAddress",
      family: bound.family === "IPv6" ? 6 : 4,
      address: bound.address,
      port: bound.port
    }

    yield* Effect.addFinalizer(() => shutdown(server, options, active, config.shutdownTimeout, (wait) => drained = wait))

    yield* StartupReport.log({ ...config, address, backlog: tuning.backlog, limits: tuning.limits, listener: listenerReport })
    yield* faults.report

    return EchoServer.of({
      address,
      config,
      backlog: tuning.backlog,
      listener: listenerReport,
      stats: Effect.sync(() => ({ active: active.size, accepted, closed: { ...closed } })),
      faults: faults.handle
    })
  })

export const layer = (
  config: Config
): Layer.Layer<EchoServer, Listener.ListenError, SocketTuning.SocketTuning | SocketOptions.SocketOptions | Sysctl.Sysctl> =>
  Layer.scoped(EchoServer, make(config))
