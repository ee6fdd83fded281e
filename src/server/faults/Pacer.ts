/**
 * Holds one connection's bytes for one pacing fault and lets them go, in order, when its `Pace`
 * says: one timer, armed only while something waits. Pieces are cut from the chunk at the head only
 * as they go, so a one-byte slice costs no more memory than the bytes held.
 */
import { performance } from "node:perf_hooks"
import type { Pace } from "./Fault.js"

export class Pacer {
  private chunks: Array<Buffer | undefined> = []
  private stamps: Array<number> = []
  private head = 0
  /** Bytes of the head chunk already gone. */
  private offset = 0
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly pace: Pace, private readonly next: (piece: Buffer) => void) {}

  push(chunk: Buffer): void {
    const now = performance.now()
    if (this.head >= 64 && this.head * 2 >= this.chunks.length) {
      // A pacer that never empties (a steady stream) would otherwise grow its arrays forever.
      this.chunks = this.chunks.slice(this.head)
      this.stamps = this.stamps.slice(this.head)
      this.head = 0
    }
    this.stamps.push(this.pace.arrive(now, this.head === this.chunks.length))
    this.chunks.push(chunk)
    if (this.timer === undefined) this.release()
  }

  /** Drops what is held: the echo ended. */
  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.chunks.length = 0
    this.stamps.length = 0
    this.head = 0
    this.offset = 0
  }

  private readonly release = (): void => {
    this.timer = undefined
    const now = performance.now()
    while (this.head < this.chunks.length) {
      const at = this.pace.readyAt(this.stamps[this.head]!)
      if (at > now) {
        // Node's timers may fire a little early against this clock: a late re-check re-arms.
        this.timer = setTimeout(this.release, Math.ceil(at - now))
        return
      }
      const chunk = this.chunks[this.head]!
      const whole = this.offset === 0 && this.pace.pieceBytes >= chunk.length
      const piece = whole ? chunk : chunk.subarray(this.offset, this.offset + this.pace.pieceBytes)
      this.offset += piece.length
      if (this.offset === chunk.length) {
        this.chunks[this.head++] = undefined
        this.offset = 0
      }
      this.pace.sent(piece.length, now)
      // May end the echo, and `stop` this pacer: the loop then finds nothing left.
      this.next(piece)
    }
    this.chunks.length = 0
    this.stamps.length = 0
    this.head = 0
  }
}
