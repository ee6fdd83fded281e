/**
 * churn: keeps `connections` in flight, each one connecting, sending `size` bytes, reading the
 * echo, shutting down its write side, waiting for the server's EOF and closing, and its slot then
 * launching the next. The latency is from connect() to EOF. At the stop, connections in flight
 * get `graceMs` to complete, and count.
 */
import type * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { peerGoneCodes } from "../../net.js"
import * as Load from "./Load.js"

const graceMs = 2000
const retryDelayMs = 10

export class Churn extends Load.Load {
  /** After a failed connect, launches wait this long: a full accept queue is not hammered. */
  private backoffUntil = 0
  private eofMissing = 0
  private closedEarly = 0

  protected override launchAt(): number {
    return this.backoffUntil
  }

  protected override connectFailed(): void {
    this.backoffUntil = performance.now() + retryDelayMs
  }

  protected connected(conn: Load.Conn, socket: Net.Socket, now: number): void {
    this.send(conn, socket, now)
  }

  protected received(conn: Load.Conn, socket: Net.Socket): void {
    if (conn.state === "active" && conn.echoed >= conn.messageEnd) {
      conn.state = "awaiting-eof"
      socket.end()
    }
  }

  protected ended(conn: Load.Conn, now: number): void {
    if (conn.state === "awaiting-eof") {
      this.latency.record((now - conn.startedAt) * 1e6)
      this.operations++
    } else {
      this.closedEarly++
      this.error("closed before the whole echo")
    }
  }

  protected failed(conn: Load.Conn, code: string): void {
    if (conn.state === "awaiting-eof" && peerGoneCodes.has(code)) {
      this.eofMissing++
    } else {
      if (conn.state !== "awaiting-eof") this.closedEarly++
      this.error(code)
    }
  }

  protected closed(conn: Load.Conn): void {
    this.toLaunch.push(conn)
  }

  protected stop(): void {
    if (this.stopping) return
    this.stopping = true
    if (this.live === 0) return this.finish()
    this.later(graceMs, () => {
      // Connections still in flight after the grace: their EOF (or echo) never came.
      for (const conn of this.conns) {
        if (conn.socket === undefined || !conn.connected) continue
        if (conn.state === "awaiting-eof") this.eofMissing++
        else this.error("no echo by the end")
      }
      this.finish()
    })
  }

  protected figures(now: number): Load.ModeFigures {
    return {
      seconds: (now - this.startedAt) / 1000,
      operations: this.operations,
      bytesEchoed: this.bytesEchoed,
      closeTimes: undefined,
      eofMissing: this.eofMissing,
      closedEarly: this.closedEarly,
      stillOpen: 0,
      openMs: undefined
    }
  }
}
