/**
 * A connection that misbehaves on purpose: the faulty echo path, chosen at accept for the
 * connections that draw the faults, so that `Connection`'s per-chunk path stays exactly as it is for
 * every other connection.
 *
 * Each chunk read goes through the faults' pacers (latency, bandwidth, slice) in order and is
 * written when the last lets it go; a limit (close, reset, stall after N bytes) cuts the echo at
 * exactly N bytes. The rules of the plain path hold:
 *
 * - Memory is bounded as there: held bytes count with those waiting in the socket, and reading
 *   pauses while they exceed the socket's high-water mark (16 KiB), so at most that plus one read.
 * - A client's FIN still gets every held byte echoed, then FIN.
 * - The read timeout measures the client's silence only: its clock stands still while bytes are
 *   held, and starts again when the last of them is written (and again when they drain, as
 *   there). The write timeout covers bytes written and not taken, as there.
 */
import type * as Net from "node:net"
import { performance } from "node:perf_hooks"
import type { CloseReason, Peer } from "../CloseRecord.js"
import { Connection, onDrain, type Options, type Origin } from "../Connection.js"
import type { Part, Target } from "./Fault.js"
import type { Plan } from "./Faults.js"
import { Pacer } from "./Pacer.js"
import * as ResetAfter from "./ResetAfter.js"
import * as StallAfter from "./StallAfter.js"

/** The client of a stalled connection as the kernel sees it: there, gone with FIN or RST, or unknown. */
export type PeerState = "open" | "fin" | "reset" | "unknown"

type Limit = Extract<Part, { readonly _tag: "Limit" }>

/**
 * echo: bytes flow; discard: FIN sent, what comes is dropped; resetting: RST on its way; stalled:
 * nothing is read or echoed.
 */
type Phase = "echo" | "discard" | "resetting" | "stalled"

export class FaultyConnection extends Connection implements Target, StallAfter.Stalled {
  private phase: Phase = "echo"
  /** Bytes read and not yet written: in the pacers. */
  private held = 0
  private echoed = 0
  private readonly pacers: Array<Pacer> = []
  private readonly shape: (chunk: Buffer) => void
  /** The first limit reached: the only one that acts, since every limit ends the echo. */
  private readonly limit: Limit | undefined
  private resetTimer: NodeJS.Timeout | undefined

  constructor(
    id: number,
    socket: Net.Socket,
    options: Options,
    plan: Plan,
    private readonly peerState: (socket: Net.Socket) => PeerState,
    peer: Peer | undefined,
    origin: Origin | undefined
  ) {
    const faults = { applied: true, description: plan.description }
    super(id, socket, { ...options, onClose: (connection, summary) => options.onClose(connection, { ...summary, faults }) }, peer, origin)
    socket.removeListener("drain", onDrain)
    socket.on("drain", () => this.resumeIfRoom())
    const parts = plan.parts()
    // Built from the end of the path back, each pacer handing on to the next.
    let next = (piece: Buffer) => this.echo(piece)
    for (const part of [...parts].reverse()) {
      if (part._tag !== "Pace") continue
      const pacer = new Pacer(part.pace, next)
      this.pacers.push(pacer)
      next = (chunk) => pacer.push(chunk)
      if (part.noDelay) socket.setNoDelay(true)
    }
    this.shape = next
    // At the same count, the limit listed first in the registry acts.
    let limit: Limit | undefined
    for (const part of parts) if (part._tag === "Limit" && (limit === undefined || part.bytes < limit.bytes)) limit = part
    this.limit = limit
    if (limit?.bytes === 0) limit.act(this)
  }

  /** As the plain one, with held bytes counted as waiting to be echoed: they call for a reset too. */
  override abort(reason: CloseReason): void {
    if (this.held > 0 && !this.socket.destroyed) {
      this.reason ??= reason
      this.socket.resetAndDestroy()
    } else {
      super.abort(reason)
    }
  }

  override onData(chunk: Buffer): void {
    this.lastRead = performance.now()
    this.options.onChunk?.(this.id, chunk.length)
    if (this.phase !== "echo") return
    this.held += chunk.length
    this.shape(chunk)
    if (this.phase === "echo" && this.held + this.socket.writableLength > this.socket.writableHighWaterMark) {
      this.socket.pause()
    }
  }

  override onEnd(): void {
    this.clientEnded = true
    this.reason ??= "client-fin"
    if (this.phase === "discard" || (this.phase === "echo" && this.held === 0)) this.socket.end()
  }

  override onTimer(): void {
    // Held bytes, a stall or a reset on its way are the server's doing: the client's silence is not counted.
    if (this.held > 0 || this.phase === "stalled" || this.phase === "resetting") this.lastRead = performance.now()
    super.onTimer()
  }

  override onClosed(): void {
    this.stopPacers()
    clearTimeout(this.resetTimer)
    super.onClosed()
  }

  finish(): void {
    this.phase = "discard"
    this.reason = "fault-close"
    this.socket.end()
    this.socket.resume()
  }

  reset(): void {
    this.phase = "resetting"
    this.socket.pause()
    // The empty write completes once every earlier one is with the kernel.
    this.socket.write(Buffer.alloc(0), () => {
      this.resetTimer = setTimeout(() => {
        if (this.socket.destroyed) return
        this.reason = "fault-reset"
        this.socket.resetAndDestroy()
      }, ResetAfter.graceMs)
    })
  }

  stall(): void {
    this.phase = "stalled"
    this.socket.pause()
    StallAfter.watch(this)
  }

  stillThere(): boolean {
    if (this.socket.destroyed) return false
    const state = this.peerState(this.socket)
    if (state === "open") return true
    if (state === "fin") {
      // Whatever was echoed before the stall still goes out first; the write timeout covers it.
      this.reason ??= "client-fin"
      this.socket.destroySoon()
    } else if (state === "reset") {
      this.reason ??= "reset"
      this.socket.destroy()
    }
    return false
  }

  /** The end of the faulty path: writes `piece`, or the part of it below the limit, and acts there. */
  private echo(piece: Buffer): void {
    this.held -= piece.length
    const limit = this.limit
    if (limit !== undefined && this.echoed + piece.length >= limit.bytes) {
      this.write(piece.subarray(0, limit.bytes - this.echoed))
      this.held = 0
      this.stopPacers()
      return limit.act(this)
    }
    this.write(piece)
    if (this.held === 0) {
      // Nothing held: the client's turn to send starts now (and again when the socket drains).
      this.lastRead = Math.max(this.lastRead, performance.now())
      if (this.clientEnded) this.socket.end()
    }
    this.resumeIfRoom()
  }

  private write(piece: Buffer): void {
    if (piece.length === 0) return
    this.echoed += piece.length
    this.socket.write(piece)
    if (this.writeWaitSince === 0 && this.socket.writableLength > 0) this.startWriteWait(performance.now())
  }

  private resumeIfRoom(): void {
    if (this.phase === "echo" && this.held + this.socket.writableLength <= this.socket.writableHighWaterMark) {
      this.socket.resume()
    }
  }

  private stopPacers(): void {
    for (const pacer of this.pacers) pacer.stop()
  }
}
