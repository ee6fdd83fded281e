/**
 * idle: opens `connections` (at most `idleRate` a second), sends nothing, and holds them for
 * `duration` once the connect phase is over (every connection open, or `connectLimitMs` gone by);
 * the server's closes are counted and timed from each connection's connect.
 */
import * as Duration from "effect/Duration"
import { performance } from "node:perf_hooks"
import * as Histogram from "../Histogram.js"
import { Held } from "./Held.js"
import type * as Load from "./Load.js"

const idleRate = 2000 // connects a second: faster overflows short listen backlogs (SYN drops)
const connectLimitMs = 30_000

export class Idle extends Held {
  private readonly closeTimes = new Histogram.Histogram()
  /** ms the connect phase took; undefined while it goes on. */
  private openMs: number | undefined

  protected override begin(): void {
    this.later(connectLimitMs, () => this.endConnectPhase())
  }

  protected override launchAt(): number {
    return this.startedAt + (this.launched * 1000) / idleRate
  }

  protected connected(): void {
    if (this.toLaunch.length === 0 && this.pending === 0) this.endConnectPhase()
  }

  protected received(): void {}

  protected override serverClosed(conn: Load.Conn, now: number): void {
    this.closeTimes.record((now - conn.connectedAt) * 1e6)
  }

  protected override closed(): void {
    if (this.openMs === undefined && this.toLaunch.length === 0 && this.pending === 0) this.endConnectPhase()
  }

  protected override figures(): Load.ModeFigures {
    return { ...super.figures(), closeTimes: this.closeTimes.summary(), openMs: this.openMs }
  }

  /** Every connection opened (or the connect phase ran out): the hold starts now. */
  private endConnectPhase(): void {
    if (this.openMs !== undefined || this.stopping) return
    this.openMs = performance.now() - this.startedAt
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
}
