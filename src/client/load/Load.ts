/**
 * The driver every bench mode shares: the connections and their launch (at most `maxPending`
 * connecting at once, paced as the mode says), one read buffer for every socket, the check of
 * every echoed byte against the pattern, the counters, the timers and the result. What a mode does
 * with a connection (send, wait, shut down, recycle) and when the run stops are its hooks, in one
 * module per mode.
 *
 * Plain Node callbacks from `start` to the `done` callback, nothing of Effect per message: the
 * load's own cost is part of what it measures. Nothing here allocates per chunk.
 */
import * as Duration from "effect/Duration"
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import type { Config, Progress, Result } from "../Bench.js"
import * as Histogram from "../Histogram.js"
import { offsetOf, pattern, period, sliceMax } from "../Pattern.js"

const readSize = 256 * 1024
const maxPending = 256 // connects in progress at once

/** `awaiting-eof`: churn shut down its write side and waits for the server's FIN. */
export type State = "connecting" | "active" | "awaiting-eof" | "done"

/** One connection slot; churn reuses it for connection after connection. */
export class Conn {
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

/** The fields of the result that the mode decides. */
export type ModeFigures = Pick<
  Result,
  "seconds" | "operations" | "bytesEchoed" | "closeTimes" | "eofMissing" | "closedEarly" | "stillOpen" | "openMs"
>

export abstract class Load {
  protected readonly conns: Array<Conn>
  /** Slots waiting to be launched, the next one last. */
  protected readonly toLaunch: Array<Conn>
  private readonly readBuffer = Buffer.allocUnsafe(readSize)
  private readonly table = pattern()
  protected readonly latency = new Histogram.Histogram()
  private readonly timers = new Set<NodeJS.Timeout>()
  private fillTimer: NodeJS.Timeout | undefined
  private serials = 0
  protected launched = 0
  protected pending = 0
  protected live = 0
  protected startedAt = 0
  private cpuAtStart: NodeJS.CpuUsage | undefined
  /** Set by the mode's `stop`: nothing more is launched, and a closing socket may finish the run. */
  protected stopping = false
  private finished = false
  protected operations = 0
  private bytesSent = 0
  protected bytesEchoed = 0
  private errors = 0
  private mismatches = 0
  private unexpectedBytes = 0
  protected closedByServer = 0
  protected connectFailures = 0
  private opened = 0
  private firstError: string | undefined

  constructor(protected readonly config: Config, private readonly done: (result: Result) => void) {
    this.conns = Array.from({ length: config.connections }, () => new Conn())
    this.toLaunch = [...this.conns].reverse()
  }

  start(): void {
    this.startedAt = performance.now()
    this.cpuAtStart = process.cpuUsage()
    this.begin()
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

  // ---------------------------------------------------------------------------------------------
  // The mode's hooks

  /** At start: schedule the end of the run (by default `stop` after `duration`). */
  protected begin(): void {
    this.later(Duration.toMillis(this.config.duration), () => this.stop())
  }

  /** When the next connection may be launched (performance clock, ms); by default at once. */
  protected launchAt(): number {
    return 0
  }

  /** A connection is established: start its traffic. */
  protected abstract connected(conn: Conn, socket: Net.Socket, now: number): void

  /** Bytes came back and were checked against the stream; `right`: all were as sent. */
  protected abstract received(conn: Conn, socket: Net.Socket, right: boolean): void

  /** The server's FIN; the socket is destroyed after this. */
  protected abstract ended(conn: Conn, now: number): void

  /** An established connection failed with errno `code`. */
  protected abstract failed(conn: Conn, code: string): void

  /** A connection could not be made (already counted as a connect failure and an error). */
  protected connectFailed(): void {}

  /** A socket closed while the run goes on (not yet stopping); its slot is free. */
  protected abstract closed(conn: Conn): void

  /** Ends the load (sets `stopping`), then `finish`es when the last socket closes or a grace runs out. */
  protected abstract stop(): void

  /** The mode's part of the result, `now` being the end of the run. */
  protected abstract figures(now: number): ModeFigures

  // ---------------------------------------------------------------------------------------------
  // What every mode uses

  protected later(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, ms)
    this.timers.add(timer)
    return timer
  }

  protected error(code: string): void {
    this.errors++
    this.firstError ??= code
  }

  /** Writes the stream up to `end`, in slices of the table (views: nothing is copied here). */
  protected writeTo(conn: Conn, socket: Net.Socket, end: number): boolean {
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

  /** Writes the next `size`-byte message and notes when it went. */
  protected send(conn: Conn, socket: Net.Socket, now: number): void {
    conn.messageEnd = conn.sent + this.config.size
    conn.messageAt = now
    this.writeTo(conn, socket, conn.messageEnd)
  }

  /** Launches connections while some wait, within the pending-connect cap and the mode's pace. */
  protected fill(): void {
    const now = performance.now()
    while (!this.stopping && this.toLaunch.length > 0 && this.pending < maxPending) {
      const due = this.launchAt()
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

  protected finish(): void {
    if (this.finished) return
    this.finished = true
    const now = performance.now()
    this.release()
    const cpu = process.cpuUsage(this.cpuAtStart)
    this.done({
      config: this.config,
      ...this.figures(now),
      bytesSent: this.bytesSent,
      latency: this.latency.summary(),
      errors: this.errors,
      mismatches: this.mismatches,
      unexpectedBytes: this.unexpectedBytes,
      closedByServer: this.closedByServer,
      connectFailures: this.connectFailures,
      opened: this.opened,
      firstError: this.firstError,
      clientCpuPercent: (100 * (cpu.user + cpu.system)) / 1000 / Math.max(1, now - this.startedAt)
    })
  }

  // ---------------------------------------------------------------------------------------------
  // Socket events

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
  }

  // Nothing to turn away once stopping: the held modes' `stop` destroys the sockets still
  // connecting (a destroyed socket never connects), and churn lets those in flight complete.
  private onConnect(conn: Conn, socket: Net.Socket): void {
    if (conn.socket !== socket) return
    const now = performance.now()
    this.pending--
    this.opened++
    conn.connected = true
    conn.connectedAt = now
    conn.state = "active"
    this.connected(conn, socket, now)
    this.fill()
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
    this.received(conn, socket, this.verify(conn, n))
    return true
  }

  private onEnd(conn: Conn, socket: Net.Socket): void {
    if (conn.socket !== socket) return
    this.ended(conn, performance.now())
    conn.state = "done"
    socket.destroy()
  }

  private onError(conn: Conn, socket: Net.Socket, code: string): void {
    if (conn.socket !== socket) return
    if (conn.connected) {
      this.failed(conn, code)
    } else {
      this.connectFailures++
      this.error(code)
      this.connectFailed()
    }
    conn.state = "done"
  }

  private onClose(conn: Conn, socket: Net.Socket): void {
    if (conn.socket !== socket) return
    if (!conn.connected) this.pending--
    this.live--
    conn.socket = undefined
    conn.state = "done"
    if (this.stopping) {
      if (this.live === 0) this.finish()
      return
    }
    this.closed(conn)
    this.fill()
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
}
