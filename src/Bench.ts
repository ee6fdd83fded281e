/**
 * `tcp-echo bench`: a verified load generator for echo servers, after ../shared/bench/echoload.
 *
 * Every connection sends a deterministic pseudo-random stream: byte p of the connection with
 * serial s is `pattern[(offset(s) + p) mod period]`, so a write is a slice of one shared table and
 * checking an echo is one compare at the right position, with no per-byte work or allocation.
 *
 * The load runs in plain Node callbacks (one read buffer shared by every socket, no Effect per
 * message), since its own cost is part of what it measures; Effect starts it, stops it, prints.
 * Every run ends by itself: at `duration` (idle: after the connect phase, itself at most 30 s),
 * then at most 1 s to close gracefully, or 2 s for churn's connections in flight.
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Schema from "effect/Schema"
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { bytes, decoded, Failure, integer, loopbackHost, positiveSeconds } from "./Flags.js"
import * as Histogram from "./Histogram.js"
import * as Logging from "./Logging.js"

/**
 * - `pingpong`: each connection sends `size` bytes, waits for the whole echo, repeats; latency per round trip.
 * - `bulk`: each connection writes `size`-byte chunks as fast as backpressure allows and verifies the echo as it comes.
 * - `churn`: keeps `connections` in flight: connect, send `size` bytes, read the echo, shut down the
 *   write side, wait for the server's EOF, close, repeat; latency from connect() to EOF.
 * - `idle`: opens `connections` (at most 2000 a second), sends nothing, holds them for `duration`; the
 *   server's closes are counted and timed from each connection's connect.
 */
export type Mode = "pingpong" | "bulk" | "churn" | "idle"

export interface Config {
  /** A loopback address (see `Flags.loopbackHost`). */
  readonly host: string
  readonly port: number
  readonly mode: Mode
  readonly connections: number
  /** Message size (pingpong, churn) or write size (bulk); unused by idle. */
  readonly size: number
  readonly duration: Duration.Duration
}

export const defaultSize = (mode: Mode): number => (mode === "bulk" ? 65536 : 64)

export interface Result {
  readonly config: Config
  /** The measured time: start to `duration` (churn: to the last connection in flight, idle: with the connect phase). */
  readonly seconds: number
  /** Round trips (pingpong) or completed connections (churn) in the measured time. */
  readonly operations: number
  readonly bytesSent: number
  /** Bytes echoed and verified in the measured time. */
  readonly bytesEchoed: number
  /** ns per round trip (pingpong) or from connect() to EOF (churn). */
  readonly latency: Histogram.Summary | undefined
  /** idle: ns from each connection's connect to the server's close. */
  readonly closeTimes: Histogram.Summary | undefined
  /** Socket failures other than the server's close; the first one's code is `firstError`. */
  readonly errors: number
  /** Echoed chunks with a wrong byte or with bytes that were never sent. */
  readonly mismatches: number
  readonly unexpectedBytes: number
  /** Connections the server closed (FIN or reset) before the client was done. */
  readonly closedByServer: number
  /** churn: a reset instead of EOF after the echo, or no EOF by the end. */
  readonly eofMissing: number
  /** churn: closed before the whole echo came back. */
  readonly closedEarly: number
  readonly connectFailures: number
  readonly opened: number
  /** idle: connections open when the hold ended. */
  readonly stillOpen: number
  /** idle: ms the connect phase took. */
  readonly openMs: number | undefined
  readonly firstError: string | undefined
  /** The client's CPU (user + system) over the run, % of one core. */
  readonly clientCpuPercent: number
}

const period = 1_048_573 // prime, so streams do not line up on powers of two
const sliceMax = 1 << 20 // longest slice written or compared at once: the table repeats this much
const readSize = 256 * 1024
const maxPending = 256 // connects in progress at once
const idleRate = 2000 // connects a second in idle: faster overflows short listen backlogs (SYN drops)
const idleConnectLimitMs = 30_000
const closeGraceMs = 1000
const churnGraceMs = 2000
const retryDelayMs = 10

let table: Buffer | undefined

/** The pattern table, built on first use (2 MiB) so that other commands do not pay for it. */
const pattern = (): Buffer => {
  if (table === undefined) {
    const built = Buffer.allocUnsafe(period + sliceMax)
    // xorshift32 from a fixed seed: every run and every process makes the same table.
    let state = 0x9e3779b9
    for (let i = 0; i < period; i += 4) {
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      built.writeUInt32LE(state >>> 0, i)
    }
    built.copy(built, period, 0, sliceMax)
    table = built
  }
  return table
}

/** Where connection `serial`'s stream starts in the table (a murmur3 finalizer of the serial). */
const offsetOf = (serial: number): number => {
  let h = serial ^ (serial >>> 16)
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) % period
}

const peerGoneCodes = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "ETIMEDOUT"])

type State = "connecting" | "active" | "awaiting-eof" | "done"

class Conn {
  socket: Net.Socket | undefined = undefined
  state: State = "done"
  connected = false
  serial = 0
  offset = 0
  /** Stream position written (queued included) and verified back. */
  sent = 0
  echoed = 0
  messageEnd = 0
  startedAt = 0
  connectedAt = 0
  messageAt = 0
}

export interface Progress {
  readonly mode: Mode
  readonly elapsedSeconds: number
  readonly operations: number
  readonly bytesEchoed: number
  readonly open: number
  readonly errors: number
  readonly mismatches: number
  readonly closedByServer: number
}

/** One run of the load: plain Node from `start` to the `done` callback. */
class Load {
  private readonly conns: Array<Conn>
  private readonly toLaunch: Array<Conn>
  private readonly readBuffer = Buffer.allocUnsafe(readSize)
  private readonly table = pattern()
  private readonly latency = new Histogram.Histogram()
  private readonly closeTimes = new Histogram.Histogram()
  private readonly timers = new Set<NodeJS.Timeout>()
  private fillTimer: NodeJS.Timeout | undefined
  private serials = 0
  private launched = 0
  private pending = 0
  private live = 0
  private backoffUntil = 0
  private startedAt = 0
  private stoppedAt = 0
  private openedAt: number | undefined
  private cpuAtStart: NodeJS.CpuUsage | undefined
  private stopping = false
  private closing = false
  private finished = false
  private operations = 0
  private operationsAtStop = 0
  private bytesSent = 0
  private bytesEchoed = 0
  private bytesEchoedAtStop = 0
  private errors = 0
  private mismatches = 0
  private unexpectedBytes = 0
  private closedByServer = 0
  private eofMissing = 0
  private closedEarly = 0
  private connectFailures = 0
  private opened = 0
  private stillOpen = 0
  private firstError: string | undefined

  constructor(private readonly config: Config, private readonly done: (result: Result) => void) {
    this.conns = Array.from({ length: config.connections }, () => new Conn())
    this.toLaunch = [...this.conns].reverse()
  }

  start(): void {
    this.startedAt = performance.now()
    this.cpuAtStart = process.cpuUsage()
    this.later(this.config.mode === "idle" ? idleConnectLimitMs : Duration.toMillis(this.config.duration), () =>
      this.config.mode === "idle" ? this.endConnectPhase() : this.stop())
    this.fill()
  }

  /** Ends the run at once, without a result: every socket destroyed, every timer cleared. */
  abort(): void {
    this.finished = true
    this.release()
  }

  progress(): Progress {
    return {
      mode: this.config.mode,
      elapsedSeconds: (performance.now() - this.startedAt) / 1000,
      operations: this.operations,
      bytesEchoed: this.bytesEchoed,
      open: this.live - this.pending,
      errors: this.errors,
      mismatches: this.mismatches,
      closedByServer: this.closedByServer
    }
  }

  private later(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, ms)
    this.timers.add(timer)
    return timer
  }

  private error(code: string): void {
    this.errors++
    this.firstError ??= code
  }

  /** Launches connections while some wait, within the pending-connect cap, the idle pace and churn's back-off. */
  private fill(): void {
    const now = performance.now()
    while (!this.stopping && this.toLaunch.length > 0 && this.pending < maxPending) {
      const due = this.config.mode === "idle"
        ? this.startedAt + (this.launched * 1000) / idleRate
        : this.backoffUntil
      if (due > now) {
        if (this.fillTimer === undefined) {
          this.fillTimer = this.later(Math.max(1, due - now), () => {
            this.fillTimer = undefined
            this.fill()
          })
        }
        return
      }
      this.launch(this.toLaunch.pop()!)
    }
  }

  private launch(conn: Conn): void {
    conn.serial = ++this.serials
    conn.offset = offsetOf(conn.serial)
    conn.sent = 0
    conn.echoed = 0
    conn.messageEnd = 0
    conn.connected = false
    conn.state = "connecting"
    conn.startedAt = performance.now()
    this.launched++
    this.pending++
    this.live++
    const socket: Net.Socket = Net.connect({
      host: this.config.host,
      port: this.config.port,
      allowHalfOpen: true,
      noDelay: true,
      onread: { buffer: this.readBuffer, callback: (n: number): boolean => this.onRead(conn, socket, n) }
    })
    conn.socket = socket
    socket.once("connect", () => this.onConnect(conn, socket))
    socket.on("end", () => this.onEnd(conn, socket))
    socket.on("error", (error: NodeJS.ErrnoException) => this.onError(conn, socket, error.code ?? error.message))
    socket.on("close", () => this.onClose(conn, socket))
    if (this.config.mode === "bulk") socket.on("drain", () => this.pump(conn, socket))
  }

  private onConnect(conn: Conn, socket: Net.Socket): void {
    if (conn.socket !== socket) return
    const now = performance.now()
    this.pending--
    this.opened++
    conn.connected = true
    conn.connectedAt = now
    conn.state = "active"
    if (this.closing) socket.end()
    else if (this.config.mode === "pingpong" || this.config.mode === "churn") this.send(conn, socket, now)
    else if (this.config.mode === "bulk") this.pump(conn, socket)
    if (this.config.mode === "idle" && this.toLaunch.length === 0 && this.pending === 0) this.endConnectPhase()
    this.fill()
  }

  /** Writes the stream up to `end`, in slices of the table (views: nothing is copied here). */
  private writeTo(conn: Conn, socket: Net.Socket, end: number): boolean {
    let flowing = true
    while (conn.sent < end) {
      const n = Math.min(end - conn.sent, sliceMax)
      const at = (conn.offset + conn.sent) % period
      flowing = socket.write(this.table.subarray(at, at + n))
      conn.sent += n
      this.bytesSent += n
    }
    return flowing
  }

  private send(conn: Conn, socket: Net.Socket, now: number): void {
    conn.messageEnd = conn.sent + this.config.size
    conn.messageAt = now
    this.writeTo(conn, socket, conn.messageEnd)
  }

  /** bulk: writes until the socket asks to wait; its 'drain' calls this again. */
  private pump(conn: Conn, socket: Net.Socket): void {
    while (!this.stopping && conn.socket === socket && conn.state === "active") {
      if (!this.writeTo(conn, socket, conn.sent + this.config.size)) return
    }
  }

  /**
   * Checks `n` bytes of the shared read buffer against the stream at the connection's echo position.
   * Bytes beyond what was sent can only be the server's invention. Returns whether all were right.
   */
  private verify(conn: Conn, n: number): boolean {
    const outstanding = conn.sent - conn.echoed
    const good = n <= outstanding ? n : outstanding
    let right = true
    if (good > 0) {
      const at = (conn.offset + conn.echoed) % period
      right = this.table.compare(this.readBuffer, 0, good, at, at + good) === 0
      conn.echoed += good
      this.bytesEchoed += good
    }
    if (n > good) {
      this.unexpectedBytes += n - good
      right = false
    }
    if (!right) this.mismatches++
    return right
  }

  private onRead(conn: Conn, socket: Net.Socket, n: number): boolean {
    if (conn.socket !== socket) return true
    const right = this.verify(conn, n)
    switch (this.config.mode) {
      case "pingpong": {
        if (conn.state === "active" && conn.echoed >= conn.messageEnd && !this.stopping) {
          const now = performance.now()
          this.latency.record((now - conn.messageAt) * 1e6)
          this.operations++
          this.send(conn, socket, now)
        }
        break
      }
      case "bulk": {
        // Once a byte is wrong the stream is out of step: every later check would fail too.
        if (!right) socket.destroy()
        break
      }
      case "churn": {
        if (conn.state === "active" && conn.echoed >= conn.messageEnd) {
          conn.state = "awaiting-eof"
          socket.end()
        }
        break
      }
      case "idle":
        break
    }
    return true
  }

  /** The server's FIN. */
  private onEnd(conn: Conn, socket: Net.Socket): void {
    if (conn.socket !== socket) return
    const now = performance.now()
    if (this.config.mode === "churn") {
      if (conn.state === "awaiting-eof") {
        this.latency.record((now - conn.startedAt) * 1e6)
        this.operations++
      } else {
        this.closedEarly++
        this.error("closed before the whole echo")
      }
    } else if (!this.closing) {
      this.closedByServer++
      if (this.config.mode === "idle") this.closeTimes.record((now - conn.connectedAt) * 1e6)
    }
    conn.state = "done"
    socket.destroy()
  }

  private onError(conn: Conn, socket: Net.Socket, code: string): void {
    if (conn.socket !== socket) return
    const peerGone = peerGoneCodes.has(code)
    if (!conn.connected) {
      this.connectFailures++
      this.error(code)
      if (this.config.mode === "churn") this.backoffUntil = performance.now() + retryDelayMs
    } else if (this.config.mode === "churn") {
      if (conn.state === "awaiting-eof" && peerGone) {
        this.eofMissing++
      } else {
        if (conn.state !== "awaiting-eof") this.closedEarly++
        this.error(code)
      }
    } else if (this.closing) {
      // A reset answering our own close is no news.
    } else if (peerGone) {
      this.closedByServer++
      if (this.config.mode === "idle") this.closeTimes.record((performance.now() - conn.connectedAt) * 1e6)
    } else {
      this.error(code)
    }
    conn.state = "done"
  }

  private onClose(conn: Conn, socket: Net.Socket): void {
    if (conn.socket !== socket) return
    if (!conn.connected) this.pending--
    this.live--
    conn.socket = undefined
    conn.state = "done"
    if (this.config.mode === "churn" && !this.stopping) this.toLaunch.push(conn)
    if (this.closing || (this.stopping && this.config.mode === "churn")) {
      if (this.live === 0) this.finish()
      return
    }
    if ((this.config.mode === "pingpong" || this.config.mode === "bulk") && this.live === 0 && this.toLaunch.length === 0) {
      // Every connection is lost: nothing left to measure.
      return this.stop()
    }
    if (this.config.mode === "idle" && this.openedAt === undefined && this.toLaunch.length === 0 && this.pending === 0) {
      return this.endConnectPhase()
    }
    this.fill()
  }

  /** idle: every connection opened (or the connect phase ran out): the hold starts now. */
  private endConnectPhase(): void {
    if (this.openedAt !== undefined || this.stopping) return
    this.openedAt = performance.now()
    this.toLaunch.length = 0
    for (const conn of this.conns) {
      if (conn.socket !== undefined && !conn.connected) {
        this.connectFailures++
        this.error("connect phase over")
        conn.socket.destroy()
      }
    }
    this.later(Duration.toMillis(this.config.duration), () => this.stop())
  }

  private stop(): void {
    if (this.stopping) return
    this.stopping = true
    this.stoppedAt = performance.now()
    this.operationsAtStop = this.operations
    this.bytesEchoedAtStop = this.bytesEchoed
    if (this.config.mode === "churn") {
      if (this.live === 0) return this.finish()
      this.later(churnGraceMs, () => this.finish())
      return
    }
    this.closing = true
    for (const conn of this.conns) {
      if (conn.socket === undefined) continue
      if (conn.connected) {
        if (conn.state !== "done") this.stillOpen++
        // Half-close and let the server answer with its EOF, so it sees a clean end, not a reset.
        conn.socket.end()
      } else {
        conn.socket.destroy()
      }
    }
    if (this.live === 0) return this.finish()
    this.later(closeGraceMs, () => this.finish())
  }

  private release(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    for (const conn of this.conns) {
      const socket = conn.socket
      conn.socket = undefined
      socket?.destroy()
    }
  }

  private finish(): void {
    if (this.finished) return
    this.finished = true
    const now = performance.now()
    if (this.config.mode === "churn") {
      // Connections still in flight after the grace: their EOF (or echo) never came.
      for (const conn of this.conns) {
        if (conn.socket === undefined || !conn.connected) continue
        if (conn.state === "awaiting-eof") this.eofMissing++
        else this.error("no echo by the end")
      }
    }
    this.release()
    const cpu = process.cpuUsage(this.cpuAtStart)
    const churn = this.config.mode === "churn"
    this.done({
      config: this.config,
      seconds: ((churn ? now : this.stoppedAt) - this.startedAt) / 1000,
      operations: churn ? this.operations : this.operationsAtStop,
      bytesSent: this.bytesSent,
      bytesEchoed: churn ? this.bytesEchoed : this.bytesEchoedAtStop,
      latency: this.latency.summary(),
      closeTimes: this.closeTimes.summary(),
      errors: this.errors,
      mismatches: this.mismatches,
      unexpectedBytes: this.unexpectedBytes,
      closedByServer: this.closedByServer,
      eofMissing: this.eofMissing,
      closedEarly: this.closedEarly,
      connectFailures: this.connectFailures,
      opened: this.opened,
      stillOpen: this.stillOpen,
      openMs: this.openedAt === undefined ? undefined : this.openedAt - this.startedAt,
      firstError: this.firstError,
      clientCpuPercent: (100 * (cpu.user + cpu.system)) / 1000 / Math.max(1, now - this.startedAt)
    })
  }
}

export interface Running {
  readonly result: Effect.Effect<Result>
  readonly progress: Effect.Effect<Progress>
}

/** Starts the load; closing the scope before it ends stops it at once (sockets destroyed). */
export const start = (config: Config): Effect.Effect<Running, never, Scope.Scope> =>
  Effect.gen(function*() {
    const result = yield* Deferred.make<Result>()
    const load = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const load = new Load(config, (value) => Deferred.unsafeDone(result, Effect.succeed(value)))
        load.start()
        return load
      }),
      (load) => Effect.sync(() => load.abort())
    )
    return { result: Deferred.await(result), progress: Effect.sync(() => load.progress()) }
  })

/** Runs the load to its end. */
export const run = (config: Config): Effect.Effect<Result> =>
  Effect.scoped(Effect.flatMap(start(config), (running) => running.result))

/** The run proved the server wrong (a byte echoed wrong) or could not measure it at all. */
export class BenchFailed extends Data.TaggedError("BenchFailed")<{
  readonly target: string
  readonly mismatches: number
  readonly unexpectedBytes: number
  readonly opened: number
  readonly firstError: string | undefined
}> {
  override get message(): string {
    if (this.mismatches > 0) {
      return `${this.mismatches} echoed chunk(s) differ from what was sent${
        this.unexpectedBytes > 0 ? ` (${this.unexpectedBytes} bytes were never sent)` : ""
      }`
    }
    return `no connection to ${this.target} could be opened (${this.firstError ?? "no error reported"})`
  }
}

const target = (config: Config): string =>
  config.host.includes(":") ? `[${config.host}]:${config.port}` : `${config.host}:${config.port}`

/** Fails when an echo was wrong or no connection opened; errors and server closes alone are reported, not failed. */
export const verdict = (result: Result): Effect.Effect<void, BenchFailed> =>
  result.mismatches > 0 || result.opened === 0
    ? Effect.fail(
      new BenchFailed({
        target: target(result.config),
        mismatches: result.mismatches,
        unexpectedBytes: result.unexpectedBytes,
        opened: result.opened,
        firstError: result.firstError
      })
    )
    : Effect.void

// ---------------------------------------------------------------------------------------------
// Reports

const round = (value: number, digits: number) => Number(value.toFixed(digits))

const perSecond = (count: number, seconds: number) => (seconds > 0 ? count / seconds : 0)

const latencyUs = (summary: Histogram.Summary | undefined) =>
  summary === undefined ? null : {
    p50: round(summary.p50 / 1000, 1),
    p99: round(summary.p99 / 1000, 1),
    p999: round(summary.p999 / 1000, 1),
    max: round(summary.max / 1000, 1)
  }

/** One JSON object: the fields every mode has, then the mode's own. */
export const resultJson = (result: Result) => {
  const { config } = result
  const common = {
    host: config.host,
    port: config.port,
    connections: config.connections,
    size: config.size,
    seconds: round(result.seconds, 3),
    opened: result.opened,
    errors: result.errors,
    mismatches: result.mismatches,
    unexpectedBytes: result.unexpectedBytes,
    closedByServer: result.closedByServer,
    firstError: result.firstError ?? null,
    clientCpuPercent: round(result.clientCpuPercent, 1)
  }
  switch (config.mode) {
    case "pingpong":
      return {
        mode: config.mode,
        ...common,
        roundTrips: result.operations,
        roundTripsPerSecond: round(perSecond(result.operations, result.seconds), 1),
        latencyUs: latencyUs(result.latency)
      }
    case "bulk":
      return {
        mode: config.mode,
        ...common,
        bytesSent: result.bytesSent,
        bytesEchoed: result.bytesEchoed,
        megabytesPerSecond: round(perSecond(result.bytesEchoed, result.seconds) / 1e6, 1)
      }
    case "churn":
      return {
        mode: config.mode,
        ...common,
        completed: result.operations,
        connectionsPerSecond: round(perSecond(result.operations, result.seconds), 1),
        latencyUs: latencyUs(result.latency),
        eofMissing: result.eofMissing,
        closedEarly: result.closedEarly
      }
    case "idle":
      return {
        mode: config.mode,
        ...common,
        stillOpen: result.stillOpen,
        openMs: result.openMs === undefined ? null : round(result.openMs, 1),
        closeMs: result.closeTimes === undefined ? null : {
          p50: round(result.closeTimes.p50 / 1e6, 1),
          min: round(result.closeTimes.min / 1e6, 1),
          max: round(result.closeTimes.max / 1e6, 1)
        }
      }
  }
}

const whole = (value: number) => Math.round(value).toLocaleString("en-US")

const us = (ns: number) => {
  const micros = ns / 1000
  return micros < 100 ? `${micros.toFixed(1)} µs` : `${whole(micros)} µs`
}

const latencyLine = (label: string, summary: Histogram.Summary | undefined) =>
  summary === undefined
    ? `  ${label}: no samples`
    : `  ${label}: p50 ${us(summary.p50)}, p99 ${us(summary.p99)}, p99.9 ${us(summary.p999)}, max ${us(summary.max)}`

export const resultText = (result: Result): string => {
  const { config, seconds } = result
  const head = config.mode === "idle"
    ? `bench idle ${target(config)}: ${config.connections} connections held ${Duration.toSeconds(config.duration)} s`
    : `bench ${config.mode} ${target(config)}: ${config.connections} connections, ${config.size} B ${
      config.mode === "bulk" ? "writes" : "messages"
    }, ${seconds.toFixed(2)} s`
  const body = (() => {
    switch (config.mode) {
      case "pingpong":
        return [
          `  throughput: ${whole(perSecond(result.operations, seconds))} round trips/s (${whole(result.operations)} round trips)`,
          latencyLine("latency", result.latency)
        ]
      case "bulk":
        return [
          `  throughput: ${(perSecond(result.bytesEchoed, seconds) / 1e6).toFixed(1)} MB/s echoed and verified (${
            whole(result.bytesEchoed / 1e6)
          } MB; ${whole(result.bytesSent / 1e6)} MB sent)`
        ]
      case "churn":
        return [
          `  throughput: ${whole(perSecond(result.operations, seconds))} connections/s (${whole(result.operations)} completed)`,
          latencyLine("latency, connect to EOF", result.latency),
          `  EOF missing ${result.eofMissing}, closed early ${result.closedEarly}`
        ]
      case "idle": {
        const close = result.closeTimes
        return [
          `  opened ${result.opened} of ${config.connections}${
            result.openMs === undefined ? "" : ` in ${whole(result.openMs)} ms`
          }; ${result.stillOpen} still open at the end`,
          `  closed by the server: ${result.closedByServer}${
            close === undefined
              ? ""
              : ` (after p50 ${(close.p50 / 1e9).toFixed(2)} s, min ${(close.min / 1e9).toFixed(2)} s, max ${
                (close.max / 1e9).toFixed(2)
              } s from connect)`
          }`
        ]
      }
    }
  })()
  return [
    head,
    ...body,
    `  errors ${result.errors}${
      result.firstError === undefined ? "" : ` (first: ${result.firstError})`
    }, mismatches ${result.mismatches}${
      config.mode === "idle" ? "" : `, closed by server ${result.closedByServer}`
    }; client CPU ${Math.round(result.clientCpuPercent)} %`
  ].join("\n")
}

export const progressText = (progress: Progress): string => {
  const rate = (count: number) => whole(perSecond(count, progress.elapsedSeconds))
  const done = progress.mode === "pingpong"
    ? `${whole(progress.operations)} round trips (${rate(progress.operations)}/s)`
    : progress.mode === "churn"
    ? `${whole(progress.operations)} connections (${rate(progress.operations)}/s)`
    : progress.mode === "bulk"
    ? `${whole(progress.bytesEchoed / 1e6)} MB echoed (${rate(progress.bytesEchoed / 1e6)} MB/s)`
    : `${progress.closedByServer} closed by the server`
  return `bench ${progress.mode}: ${progress.elapsedSeconds.toFixed(0)} s, ${done}, ${progress.open} open, ${progress.errors} errors, ${progress.mismatches} mismatches`
}

// ---------------------------------------------------------------------------------------------
// The command

const modes = ["pingpong", "bulk", "churn", "idle"] as const

const options = {
  host: loopbackHost("host").pipe(
    Options.withDescription("Server address: loopback only (127.0.0.0/8 or ::1); localhost is 127.0.0.1. Default: 127.0.0.1."),
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
    const config: Config = { ...flags, size: Option.getOrElse(size, () => defaultSize(flags.mode)) }
    const running = yield* start(config)
    // A progress line a second, for a person watching; never in a pipe or a file.
    const progress = running.progress.pipe(
      Effect.flatMap((progress) => Console.error(progressText(progress))),
      Effect.delay("1 second"),
      Effect.forever
    )
    const result = yield* (process.stderr.isTTY ? Effect.raceFirst(running.result, progress) : running.result)
    yield* Console.log(json ? JSON.stringify(resultJson(result)) : resultText(result))
    yield* Effect.mapError(verdict(result), (error) => new Failure({ message: `bench: ${error.message}` }))
  }).pipe(Effect.scoped, Effect.provide(Logging.layer("text")))).pipe(
    Command.withDescription(
      "Load an echo server on loopback and verify every echoed byte (pingpong, bulk, churn or idle); prints throughput, latency percentiles, errors, mismatches and the server's closes. Exit 1 if any echoed byte was wrong or no connection opened."
    )
  )
