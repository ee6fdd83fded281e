/**
 * Accepting connections behind a load balancer that speaks the PROXY protocol (`--proxy-protocol`):
 * only proxies from `proxyFrom` may connect, since anyone else could forge a client address; every
 * connection must start with a valid header, complete within the read timeout; the client the header
 * names becomes the connection's peer, and the proxy's address is kept as `via`.
 *
 * Until its header is complete a socket is a `Handshake`, with 'data', 'end' and 'error' listeners
 * of its own; then it goes to the server's normal accept path (admission, then a `Connection`) with
 * the bytes that followed the header. So the per-chunk path never sees a header, and with the
 * option off none of this exists. A socket whose header fails is reset (so that the proxy sees the
 * refusal), counted under `proxy-error` and logged at most once a second, as refused clients are.
 */
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Scope from "effect/Scope"
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { type Cidr, formatCidr, inNetworks } from "../net.js"
import { refusalLog, type Warn } from "./Admission.js"
import { formatPeer, type Peer, type RejectReason } from "./CloseRecord.js"
import type { Connection, Origin } from "./Connection.js"
import * as LogFields from "./LogFields.js"
import { failed, HeaderParser, needMore } from "./ProxyProtocol.js"
import * as RateLimitedLog from "./RateLimitedLog.js"
import { TimerWheel } from "./TimerWheel.js"

export interface Options {
  /** Networks proxies may connect from; empty: any address (the start-up log warns). */
  readonly proxyFrom: ReadonlyArray<Cidr>
  /** How long a header may take from accept to its last byte; 0: no limit. */
  readonly headerTimeoutMs: number
  /** Counts a socket closed unserved, with the address it came from. */
  readonly count: (reason: "proxy-error" | "refused", proxy: Peer) => void
  /** Logs a warning: its words, and its facts as fields. */
  readonly warn: Warn
  /** The address a socket comes from (the proxy's), read at accept. */
  readonly peerOf: (socket: Net.Socket) => Peer
  /** Serves a socket whose header is complete (admission of `peer`, then a Connection); undefined if refused. */
  readonly open: (socket: Net.Socket, peer: Peer, origin: Origin) => Connection | undefined
}

export interface ProxyAccept {
  /** Takes a socket just accepted: refused outside `proxyFrom`, otherwise waits for its header. */
  readonly accept: (socket: Net.Socket) => void
  /**
   * At shutdown, once the listener is closed: lets the headers under way complete (their
   * connections are then served like the others) until `deadline`, then closes the rest.
   */
  readonly settle: (deadline: number) => Effect.Effect<void>
}

const kHandshake = Symbol("tcp-echo/Handshake")

interface HandshakeSocket extends Net.Socket {
  [kHandshake]: Handshake
}

// Listeners shared by every socket (`this` is the socket), as in Connection: no closures per socket.
function onHeaderData(this: HandshakeSocket, chunk: Buffer): void {
  this[kHandshake].onData(chunk)
}
function onHeaderEnd(this: HandshakeSocket): void {
  this[kHandshake].fail("the connection ended before a complete header")
}
function onHeaderError(this: HandshakeSocket, error: NodeJS.ErrnoException): void {
  this[kHandshake].fail(`${error.code ?? error.message} before a complete header`)
}
/** Kept on a socket given up, so that a late error on it cannot go unheard. */
const ignore = () => {}

const wheel = new TimerWheel<Handshake>()

class Handshake {
  readonly parser = new HeaderParser()
  tick = 0

  constructor(
    readonly socket: HandshakeSocket,
    readonly proxy: Peer,
    private readonly owner: Acceptor
  ) {}

  onData(chunk: Buffer): void {
    const at = this.parser.push(chunk)
    if (at === needMore) return
    if (at === failed) return this.fail(this.parser.error)
    this.detach()
    const client = this.parser.client
    const connection = this.owner.options.open(this.socket, client ?? this.proxy, {
      via: client === undefined ? undefined : this.proxy,
      headerBytes: this.parser.length
    })
    if (connection !== undefined && at < chunk.length) connection.onData(chunk.subarray(at))
  }

  onTimer(): void {
    this.tick = 0
    this.fail(`no complete header within the read timeout (${this.owner.options.headerTimeoutMs} ms)`)
  }

  fail(error: string): void {
    this.detach()
    this.socket.on("error", ignore)
    this.socket.resetAndDestroy()
    this.owner.failed(this.proxy, error)
  }

  private detach(): void {
    this.socket.off("data", onHeaderData)
    this.socket.off("end", onHeaderEnd)
    this.socket.off("error", onHeaderError)
    if (this.tick !== 0) wheel.remove(this, this.tick)
    this.tick = 0
    this.owner.done(this)
  }
}

class Acceptor {
  private readonly pending = new Set<Handshake>()
  private readonly fromProxies: (address: string) => boolean
  private readonly headerErrors: RateLimitedLog.RateLimitedLog
  private readonly refused: RateLimitedLog.RateLimitedLog
  private lastHeaderError = ""
  /** Resolved when the last pending header is done, once shutdown waits for it. */
  private settled: Deferred.Deferred<void> | undefined

  constructor(readonly options: Options) {
    this.fromProxies = inNetworks(options.proxyFrom)
    this.headerErrors = RateLimitedLog.make(1000, (tally) =>
      options.warn(
        `reset ${tally.count} connection(s) without a valid PROXY protocol header (proxy-error; last: ${this.lastHeaderError})${
          RateLimitedLog.clientsText(tally)
        }`,
        { reason: "proxy-error", count: tally.count, clients: tally.clients, last: this.lastHeaderError }
      ))
    this.refused = refusalLog(options.warn, "refused", `proxyFrom ${options.proxyFrom.map(formatCidr).join(", ")}`)
  }

  readonly accept = (socket: Net.Socket): void => {
    const proxy = this.options.peerOf(socket)
    if (!this.fromProxies(proxy.address)) {
      socket.on("error", ignore)
      socket.resetAndDestroy()
      this.options.count("refused", proxy)
      return this.refused.hit(proxy.address)
    }
    const owned = socket as HandshakeSocket
    const handshake = owned[kHandshake] = new Handshake(owned, proxy, this)
    socket.on("data", onHeaderData)
    socket.on("end", onHeaderEnd)
    socket.on("error", onHeaderError)
    if (this.options.headerTimeoutMs > 0) {
      handshake.tick = wheel.add(handshake, performance.now() + this.options.headerTimeoutMs)
    }
    this.pending.add(handshake)
  }

  /** A handshake ended, its header complete or not. */
  done(handshake: Handshake): void {
    this.pending.delete(handshake)
    if (this.settled !== undefined && this.pending.size === 0) Deferred.unsafeDone(this.settled, Exit.void)
  }

  failed(proxy: Peer, error: string): void {
    this.options.count("proxy-error", proxy)
    this.lastHeaderError = `${formatPeer(proxy)}: ${error}`
    this.headerErrors.hit(proxy.address)
  }

  readonly settle = (deadline: number): Effect.Effect<void> =>
    Effect.gen(this, function*() {
      if (this.pending.size > 0) {
        const settled = this.settled = yield* Deferred.make<void>()
        yield* Deferred.await(settled).pipe(
          // Finalizers run uninterruptibly: the wait must be interruptible for the deadline to cut it.
          Effect.interruptible,
          Effect.timeout(Math.max(0, deadline - Date.now())),
          Effect.ignore
        )
      }
      for (const handshake of this.pending) handshake.fail("the server shut down before the header was complete")
    })

  stop(): void {
    this.headerErrors.stop()
    this.refused.stop()
  }
}

/** The PROXY protocol accept path; scoped: its rate-limited warnings log what they counted at the end. */
export const make = (options: Options): Effect.Effect<ProxyAccept, never, Scope.Scope> =>
  Effect.gen(function*() {
    const acceptor = new Acceptor(options)
    yield* Effect.addFinalizer(() => Effect.sync(() => acceptor.stop()))
    return { accept: acceptor.accept, settle: acceptor.settle }
  })

/**
 * The accept path of a server whose config asks for the PROXY protocol (undefined otherwise): the
 * header's time is the read timeout; refusals are counted and published as the admission's are,
 * and warned of through the server's log.
 */
export const forServer = (
  config: {
    readonly proxyProtocol: boolean
    readonly proxyFrom: ReadonlyArray<Cidr>
    readonly readTimeout: Duration.Duration
  },
  server: {
    readonly rejected: (reason: RejectReason, address: string | undefined, port: number | undefined) => void
    readonly runLog: (effect: Effect.Effect<void>) => void
    readonly peerOf: Options["peerOf"]
    readonly open: Options["open"]
  }
): Effect.Effect<ProxyAccept | undefined, never, Scope.Scope> =>
  config.proxyProtocol
    ? make({
      proxyFrom: config.proxyFrom,
      headerTimeoutMs: Duration.toMillis(config.readTimeout),
      count: (reason, proxy) => server.rejected(reason, proxy.address, proxy.port),
      warn: (message, fields) => server.runLog(Effect.logWarning(message, LogFields.facts(fields))),
      peerOf: server.peerOf,
      open: server.open
    })
    : Effect.succeed(undefined)
