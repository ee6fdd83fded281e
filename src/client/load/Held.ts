/**
 * How pingpong, bulk and idle treat their connections: each is opened once and held until the run
 * stops, so any close by the server before then is news (counted, `closedByServer`), and the
 * figures are those at the stop. At the stop every connection half-closes, so the server sees a
 * clean end rather than a reset, and gets at most `closeGraceMs` to answer with its FIN.
 */
import { performance } from "node:perf_hooks"
import { peerGoneCodes } from "../../net.js"
import * as Load from "./Load.js"

const closeGraceMs = 1000

export abstract class Held extends Load.Load {
  private stoppedAt = 0
  private operationsAtStop = 0
  private bytesEchoedAtStop = 0
  private stillOpen = 0

  /** The server closed a connection the run still held (FIN or reset), at `now`. */
  protected serverClosed(_conn: Load.Conn, _now: number): void {}

  protected ended(conn: Load.Conn, now: number): void {
    if (this.stopping) return
    this.closedByServer++
    this.serverClosed(conn, now)
  }

  protected failed(conn: Load.Conn, code: string): void {
    // A reset answering our own close is no news.
    if (this.stopping) return
    if (peerGoneCodes.has(code)) {
      this.closedByServer++
      this.serverClosed(conn, performance.now())
    } else {
      this.error(code)
    }
  }

  protected closed(): void {
    // Every connection is lost: nothing left to measure.
    if (this.live === 0 && this.toLaunch.length === 0) this.stop()
  }

  protected stop(): void {
    if (this.stopping) return
    this.stopping = true
    this.stoppedAt = performance.now()
    this.operationsAtStop = this.operations
    this.bytesEchoedAtStop = this.bytesEchoed
    for (const conn of this.conns) {
      if (conn.socket === undefined) continue
      if (conn.connected) {
        if (conn.state !== "done") this.stillOpen++
        conn.socket.end()
      } else {
        conn.socket.destroy()
      }
    }
    if (this.live === 0) return this.finish()
    this.later(closeGraceMs, () => this.finish())
  }

  protected figures(): Load.ModeFigures {
    return {
      seconds: (this.stoppedAt - this.startedAt) / 1000,
      operations: this.operationsAtStop,
      bytesEchoed: this.bytesEchoedAtStop,
      closeTimes: undefined,
      eofMissing: 0,
      closedEarly: 0,
      stillOpen: this.stillOpen,
      openMs: undefined
    }
  }
}
