/**
 * One echo connection: the per-chunk path and its timeouts, in plain Node so that no Effect
 * machinery runs per chunk. `EchoServer` owns each one through its scope.
 *
 * It lives apart from the server's Effect code on purpose: a fiber per connection made churn 0.35x a
 * plain Node echo.
 *
 * Echo with backpressure: every chunk read is written back at once; when the write cannot complete
 * (`write()` returns false) reading pauses until `'drain'`, so a client that does not read holds at
 * most one stream high-water mark plus one chunk of server memory.
 *
 * Timeouts are re-armed lazily: a chunk only stamps the time, and the timer computes the real
 * deadline when it fires. While echoed bytes wait to be taken by the kernel the timer samples how
 * many bytes the kernel has taken, every `progressCheck`, so a write timeout fires between
 * `writeTimeout` and `writeTimeout + progressCheck` after the last progress.
 */
import type * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { resetCodes, unmapIpv4 } from "../net.js"
import { type CloseReason, ConnectionError, type ConnectionFailure, type Peer, ReadTimeout, type Summary, WriteTimeout } from "./CloseRecord.js"
import { TimerWheel } from "./TimerWheel.js"

export interface Options {
  /** 0: no limit. */
  readonly readTimeoutMs: number
  /** 0: no limit. */
  readonly writeTimeoutMs: number
  /** Called with each chunk's size; undefined unless debug logging is on. */
  readonly onChunk: ((id: number, bytes: number) => void) | undefined
  /** Called once, when the socket has closed: one function for every connection of a server. */
  readonly onClose: (connection: Connection, summary: Summary) => void
}

/**
 * Where a connection behind a proxy came from, as its PROXY protocol header said; the peer is the
 * client the header named, or the connecting address when it named none (a health check).
 */
export interface Origin {
  /** The proxy's own address; undefined when the header named no client. */
  readonly via: Peer | undefined
  /** The header's length: bytes read that were not the client's. */
  readonly headerBytes: number
}

/**
 * How often a stalled write is sampled for progress: a tenth of the limit, within [10, 100] ms
 * (100 ms without a limit, where it only watches for the echo to drain).
 */
const progressCheck = (writeTimeoutMs: number): number =>
  writeTimeoutMs === 0 ? 100 : Math.min(100, Math.max(10, writeTimeoutMs / 10))

const wheel = new TimerWheel<Connection>()

const kConnection = Symbol("tcp-echo/Connection")

interface OwnedSocket extends Net.Socket {
  [kConnection]: Connection
  readonly _handle?: { readonly writeQueueSize?: number } | null
  /** Bytes handed to libuv so far (Node's own count; it only grows). */
  readonly _bytesDispatched: number
}

// Listeners shared by every socket (`this` is the socket): no closures per connection.
function onData(this: OwnedSocket, chunk: Buffer): void {
  this[kConnection].onData(chunk)
}
/** Exported for `FaultyConnection`, which replaces it: its held bytes decide when reading resumes. */
export function onDrain(this: OwnedSocket): void {
  this.resume()
}
function onEnd(this: OwnedSocket): void {
  this[kConnection].onEnd()
}
function onError(this: OwnedSocket, error: NodeJS.ErrnoException): void {
  this[kConnection].onError(error)
}
function onClose(this: OwnedSocket): void {
  this[kConnection].onClosed()
}

export class Connection {
  readonly startedAt = performance.now()
  protected lastRead = this.startedAt
  protected writeWaitSince = 0
  /** Bytes the kernel had taken at the last progress seen. */
  private lastTaken = 0
  protected clientEnded = false
  /** The wheel bucket this connection waits in (0: none) and when it is due. */
  private tick = 0
  private due = 0
  protected reason: CloseReason | undefined
  private failure: ConnectionFailure | undefined
  private knownPeer: Peer | undefined
  readonly socket: OwnedSocket

  constructor(
    readonly id: number,
    socket: Net.Socket,
    protected readonly options: Options,
    /** The client's address when it was read at accept (see `PeerAddress`); else read on first use. */
    peer?: Peer,
    /** Set behind a proxy (PROXY protocol), once its header was read; the client's bytes follow. */
    private readonly origin?: Origin
  ) {
    this.knownPeer = peer
    // Node's own fields (`_handle`, `_bytesDispatched`) are there on every net.Socket.
    this.socket = Object.assign(socket as OwnedSocket, { [kConnection]: this })
    socket.on("data", onData)
    socket.on("drain", onDrain)
    socket.on("end", onEnd)
    socket.on("error", onError)
    socket.on("close", onClose)
    if (options.readTimeoutMs > 0) this.arm(options.readTimeoutMs)
  }

  /**
   * The client's address. Read on first use (a getpeername(2)); after the socket closed it is only
   * known if it was read before. An IPv4 client of a dual-stack listener is its IPv4 address.
   */
  get peer(): Peer {
    return this.knownPeer ??= {
      address: unmapIpv4(this.socket.remoteAddress ?? "unknown"),
      port: this.socket.remotePort ?? 0
    }
  }

  /** Bytes echoed but not yet taken by the kernel. */
  get pendingBytes(): number {
    return this.socket.writableLength + (this.socket._handle?.writeQueueSize ?? 0)
  }

  /**
   * Bytes the kernel has taken so far. It only grows, so any increase is progress, however the
   * echo drained and refilled in between (the pending count alone can hide that).
   */
  private get taken(): number {
    return this.socket._bytesDispatched - (this.socket._handle?.writeQueueSize ?? 0)
  }

  /**
   * Ends the connection now: with FIN when nothing waits to be echoed, by reset otherwise (the
   * client must not take a truncated echo for a complete one).
   */
  abort(reason: CloseReason): void {
    if (this.socket.destroyed) return
    this.reason ??= reason
    if (this.pendingBytes > 0) this.socket.resetAndDestroy()
    else this.socket.destroy()
  }

  onData(chunk: Buffer): void {
    this.lastRead = performance.now()
    this.options.onChunk?.(this.id, chunk.length)
    if (!this.socket.write(chunk)) this.socket.pause()
    if (this.writeWaitSince === 0 && this.socket.writableLength > 0) this.startWriteWait(this.lastRead)
  }

  onEnd(): void {
    this.clientEnded = true
    this.reason ??= "client-fin"
    this.socket.end()
  }

  onError(error: NodeJS.ErrnoException): void {
    const code = error.code ?? "EUNKNOWN"
    this.reason ??= resetCodes.has(code) ? "reset" : "error"
    this.failure ??= new ConnectionError({ connection: this.id, peer: this.peer, code, cause: error })
  }

  onClosed(): void {
    if (this.tick !== 0) wheel.remove(this, this.tick)
    this.options.onClose(this, {
      id: this.id,
      peer: this.peer,
      via: this.origin?.via,
      reason: this.reason ?? (this.clientEnded ? "client-fin" : "reset"),
      durationMs: performance.now() - this.startedAt,
      bytesIn: this.socket.bytesRead - (this.origin?.headerBytes ?? 0),
      bytesOut: this.socket.bytesWritten,
      failure: this.failure
    })
  }

  protected startWriteWait(now: number): void {
    this.writeWaitSince = now
    this.lastTaken = this.taken
    if (this.options.writeTimeoutMs > 0 || this.options.readTimeoutMs > 0) {
      const check = progressCheck(this.options.writeTimeoutMs)
      if (this.tick === 0 || this.due > now + check) this.arm(check)
    }
  }

  private arm(delayMs: number): void {
    if (this.tick !== 0) wheel.remove(this, this.tick)
    this.due = performance.now() + delayMs
    this.tick = wheel.add(this, this.due)
  }

  /** Called by the wheel when this connection's bucket is due. */
  onTimer(): void {
    this.tick = 0
    if (this.socket.destroyed) return
    const now = performance.now()
    const pending = this.pendingBytes
    if (pending > 0) {
      if (this.writeWaitSince === 0) return this.startWriteWait(now)
      const taken = this.taken
      if (taken > this.lastTaken) {
        this.lastTaken = taken
        this.writeWaitSince = now
      }
      const waited = now - this.writeWaitSince
      const limit = this.options.writeTimeoutMs
      if (limit > 0 && waited >= limit) {
        this.failure = new WriteTimeout({
          connection: this.id,
          peer: this.peer,
          limitMs: limit,
          waitedMs: Math.round(waited),
          pendingBytes: pending
        })
        return this.abort("write-timeout")
      }
      return this.arm(limit > 0 ? Math.min(progressCheck(limit), limit - waited) : progressCheck(limit))
    }
    if (this.writeWaitSince !== 0) {
      // The echo drained since the last look: the client's turn to send starts now.
      this.writeWaitSince = 0
      this.lastRead = Math.max(this.lastRead, now)
    }
    const limit = this.options.readTimeoutMs
    if (limit === 0 || this.clientEnded) return
    const waited = now - this.lastRead
    if (waited >= limit) {
      this.failure = new ReadTimeout({
        connection: this.id,
        peer: this.peer,
        limitMs: limit,
        waitedMs: Math.round(waited)
      })
      return this.abort("read-timeout")
    }
    this.arm(limit - waited)
  }
}
