/**
 * How a connection ended: the close record every connection leaves (reason, duration, bytes each way)
 * and the typed failure behind it, with the facts needed to act on it.
 */
import * as Data from "effect/Data"
import { hostPort } from "../net.js"

/** Why a connection ended; one of these is logged for every connection. */
export type CloseReason =
  | "client-fin"
  | "read-timeout"
  | "write-timeout"
  | "reset"
  | "shutdown"
  | "over-limit"
  | "over-ip-limit"
  | "refused"
  | "proxy-error"
  | "error"
  /** Ended by `--close-after` (FIN) or `--reset-after` (RST). */
  | "fault-close"
  | "fault-reset"

/**
 * Why a connection was closed at accept, unserved: over `maxConnections`, over
 * `maxConnectionsPerIp`, outside `allow` (or `proxyFrom`), at the process's descriptor limit, or
 * without a valid PROXY protocol header (`proxyProtocol`).
 */
export type RejectReason = "over-limit" | "over-ip-limit" | "refused" | "fd-limit" | "proxy-error"

export interface Peer {
  readonly address: string
  readonly port: number
}

export const formatPeer = (peer: Peer): string => hostPort(peer.address, peer.port)

/** The client sent nothing for `limit` while nothing was waiting to be echoed. */
export class ReadTimeout extends Data.TaggedError("ReadTimeout")<{
  readonly connection: number
  readonly peer: Peer
  readonly limitMs: number
  readonly waitedMs: number
}> {
  override get message(): string {
    return `read timeout: ${formatPeer(this.peer)} sent nothing for ${this.waitedMs} ms (limit ${this.limitMs} ms)`
  }
}

/** Echoed bytes waited for the client to take them, with no progress for `limit`. */
export class WriteTimeout extends Data.TaggedError("WriteTimeout")<{
  readonly connection: number
  readonly peer: Peer
  readonly limitMs: number
  readonly waitedMs: number
  readonly pendingBytes: number
}> {
  override get message(): string {
    return `write timeout: ${formatPeer(this.peer)} took none of ${this.pendingBytes} pending bytes for ${this.waitedMs} ms (limit ${this.limitMs} ms)`
  }
}

/** The socket failed (reset by the peer, broken pipe, ...). */
export class ConnectionError extends Data.TaggedError("ConnectionError")<{
  readonly connection: number
  readonly peer: Peer
  readonly code: string
  readonly cause: unknown
}> {
  override get message(): string {
    return `connection error: ${formatPeer(this.peer)}: ${this.code}`
  }
}

export type ConnectionFailure = ReadTimeout | WriteTimeout | ConnectionError

export interface Summary {
  readonly id: number
  /** The client: behind a proxy speaking the PROXY protocol, the one its header named. */
  readonly peer: Peer
  /** The proxy the client came through (PROXY protocol); absent for a direct client. */
  readonly via?: Peer | undefined
  readonly reason: CloseReason
  readonly durationMs: number
  readonly bytesIn: number
  readonly bytesOut: number
  readonly failure: ConnectionFailure | undefined
  /** Set where faults were on at accept: whether this connection drew them, and which they were. */
  readonly faults?: { readonly applied: boolean; readonly description: string }
}


/**
 * A close record as log fields, always in this order (the README documents it): `connection`,
 * `peer`, `via` behind a proxy, `durationMs`, `bytesIn`, `bytesOut`, `reason`, then `error` where
 * there was one.
 */
export const recordFields = (summary: Summary) => ({
  connection: summary.id,
  peer: formatPeer(summary.peer),
  ...(summary.via === undefined ? {} : { via: formatPeer(summary.via) }),
  durationMs: Math.round(summary.durationMs),
  bytesIn: summary.bytesIn,
  bytesOut: summary.bytesOut,
  reason: summary.reason,
  ...(summary.failure === undefined ? {} : { error: summary.failure.message }),
  ...(summary.faults === undefined ? {} : { faults: summary.faults.description, faultsApplied: summary.faults.applied })
})
