/**
 * The listening socket: where the host name resolves, how the socket is opened so that its options
 * are in place before `listen(2)`, why it could not be (`ListenError`), and how it closes at
 * shutdown without resetting the connections the kernel already accepted.
 */
import type * as Context from "effect/Context"
import type * as Scope from "effect/Scope"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Dns from "node:dns"
import * as Net from "node:net"
import * as Descriptor from "../kernel/Descriptor.js"
import * as SocketOptions from "../kernel/SocketOptions.js"
import * as SocketTuning from "../kernel/SocketTuning.js"
import { hostPort } from "../net.js"

/** The listener could not be opened; `code` is the errno name (`EADDRINUSE`, `ENOTFOUND`, ...). */
export class ListenError extends Data.TaggedError("ListenError")<{
  readonly host: string
  readonly port: number
  readonly code: string
  readonly cause: unknown
}> {
  override get message(): string {
    return `cannot listen on ${hostPort(this.host, this.port)}: ${describeCode(this.code)}`
  }
}

/** What an errno name of a failed listen means for the person who asked for that address. */
export const describeCode = (code: string): string => {
  switch (code) {
    case "EADDRINUSE":
      return "address already in use"
    case "EADDRNOTAVAIL":
      return "address not available on this host"
    case "EACCES":
    case "EPERM":
      return "permission denied (ports below 1024 need root or CAP_NET_BIND_SERVICE)"
    case "ENODEV":
      return "no network interface by the name after %"
    case "ENOTFOUND":
    case "EAI_NONAME":
    case "EAI_AGAIN":
      return "host name does not resolve"
    default:
      return code
  }
}

interface Resolved {
  readonly address: string
  readonly family: 4 | 6
}

/** `localhost` is the recipe's IPv4 loopback; other names resolve through the system resolver. */
const resolve = (host: string, port: number): Effect.Effect<Resolved, ListenError> => {
  if (host === "localhost") return Effect.succeed({ address: "127.0.0.1", family: 4 })
  const family = Net.isIP(host)
  if (family === 4 || family === 6) return Effect.succeed({ address: host, family })
  return Effect.tryPromise({
    try: () => Dns.promises.lookup(host),
    catch: (cause) =>
      new ListenError({ host, port, code: (cause as NodeJS.ErrnoException).code ?? "ENOTFOUND", cause })
  }).pipe(Effect.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })))
}

const listenError = (host: string, port: number) => (cause: unknown) =>
  new ListenError({
    host,
    port,
    code: cause instanceof SocketOptions.SocketCallError
      ? cause.code
      : (cause as NodeJS.ErrnoException).code ?? "EUNKNOWN",
    cause
  })

/** What a listener was opened with: the backlog and the buffers, as the kernel has them. */
export interface Opened {
  readonly backlog: SocketTuning.BacklogReport
  readonly listener: SocketTuning.ListenerReport
}

/**
 * Node's `listen` on `target` with `backlog`; scoped: closing the scope closes the listener (and
 * the descriptor Node was handed).
 */
export const nodeListen = <E>(
  server: Net.Server,
  target: Net.ListenOptions | { readonly fd: number },
  backlog: number,
  toError: (cause: unknown) => E
): Effect.Effect<void, E, Scope.Scope> =>
  Effect.zipRight(
    Effect.addFinalizer(() =>
      Effect.async<void>((resume) => {
        if (!server.listening) return resume(Effect.void)
        server.close(() => resume(Effect.void))
      })
    ),
    Effect.async<void, E>((resume) => {
      const onError = (error: Error) => resume(Effect.fail(toError(error)))
      server.once("error", onError)
      server.listen(target, backlog, () => {
        server.off("error", onError)
        resume(Effect.void)
      })
    })
  )

/**
 * A socket bound to the resolved host:port with the listener options in place (address and port
 * reuse, buffers, `IPV6_V6ONLY`), not yet listening. An IPv6 socket serves IPv4 clients too
 * (dual-stack) unless `ipv6Only`; it is set either way rather than left to `net.ipv6.bindv6only`,
 * so that the host's setting cannot change what `--host ::` means. Scoped: the scope's end closes
 * it unless `handOver` was called (Node's `listen` took it).
 */
const bound = (resolved: Resolved, port: number, ipv6Only: boolean) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const options = yield* SocketOptions.SocketOptions
    const toListenError = listenError(resolved.address, port)
    let handedOver = false
    const fd = yield* Effect.acquireRelease(
      Effect.mapError(options.socket(resolved.family), toListenError),
      (fd) => (handedOver ? Effect.void : Effect.ignore(options.close(fd)))
    )
    const report = yield* Effect.mapError(tuning.tuneListener(fd), toListenError)
    if (resolved.family === 6) yield* Effect.mapError(options.set(fd, "IPV6_V6ONLY", ipv6Only ? 1 : 0), toListenError)
    yield* Effect.mapError(options.bind(fd, { ...resolved, port }), toListenError)
    return { fd, report, handOver: () => void (handedOver = true) }
  })

/**
 * Opens the listener. With native socket calls the socket is created, tuned and bound first and only
 * then handed to Node's `listen`, so the buffers are in place before any handshake. Without them,
 * or where an IPv4 listener has nothing to set that Node's listen does not, Node binds and listens
 * on its own, and koffi need not load on the way to listening (README, Start-up). An IPv6 one goes
 * native whatever is set: IPV6_V6ONLY is then set as asked, not left to net.ipv6.bindv6only. Scoped:
 * closing the scope closes whatever was opened.
 */
export const listen = (
  server: Net.Server,
  host: string,
  port: number,
  ipv6Only: boolean
): Effect.Effect<Opened, ListenError, Scope.Scope | SocketTuning.SocketTuning | SocketOptions.SocketOptions> =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const resolved = yield* resolve(host, port)
    const toListenError = listenError(resolved.address, port)
    const listenOn = (target: Net.ListenOptions | { readonly fd: number }) =>
      nodeListen(server, target, tuning.backlog.effective, toListenError)
    if (!tuning.native || (resolved.family === 4 && !SocketTuning.setsListenerOptions(tuning.config))) {
      yield* listenOn({ host: resolved.address, port, ipv6Only })
      return { backlog: tuning.backlog, listener: SocketTuning.untunedListener(tuning.config) }
    }
    const socket = yield* bound(resolved, port, ipv6Only)
    socket.handOver()
    yield* listenOn({ fd: socket.fd })
    return { backlog: tuning.backlog, listener: socket.report }
  })

/**
 * Holds host:port for listeners to come (`SO_REUSEPORT` in the tuning, which they share): a socket
 * bound there but not listening, which takes no connection. It resolves port 0 to the port they
 * will all use, and reports a bind failure before any of them starts. Needs native socket calls.
 * Scoped: the scope's end closes it.
 */
export const reserve = (host: string, port: number, ipv6Only: boolean) =>
  Effect.gen(function*() {
    const options = yield* SocketOptions.SocketOptions
    const resolved = yield* resolve(host, port)
    const socket = yield* bound(resolved, port, ipv6Only)
    const chosen = yield* Effect.mapError(options.boundPort(socket.fd), listenError(resolved.address, port))
    return { ...resolved, port: chosen }
  })

/** Servers listening on a socket another process also holds (socket activation): see `close`. */
const handedOver = new WeakSet<Net.Server>()

/** Marks `server` as listening on a socket another process also holds, before it listens. */
export const listensHandedOver = (server: Net.Server): void => void handedOver.add(server)

/** One turn of Node's event loop: its poll phase, where libuv accepts whatever the listener has queued. */
const nextTurn = Effect.async<void>((resume) => {
  const immediate = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(immediate))
})

/** Turns of the event loop the accept queue gets to empty, at most. */
const maxAcceptTurns = 1000

/**
 * Closes the listener without dropping what the kernel already accepted: closing a listening socket
 * resets every connection still in its accept queue. Linux has no call that stops new handshakes but
 * keeps the queue, so a socket filter drops new SYNs (their clients retry and meet the closed port),
 * the queue's length is read (`TCP_INFO`) after each event-loop turn, in which libuv accepts all it
 * can, and the listener is closed in the same tick as the reading that finds it empty. Without native
 * calls the queue cannot be read, and one turn accepts what is there. A socket handed over
 * (`handedOver`) stays open in systemd after the close: its filter is removed just before, so that
 * it takes handshakes again for the next start. (On a socket of its own the filter stays: removing
 * it would let a handshake in to be reset by the close.)
 */
export const close = (
  server: Net.Server,
  options: Context.Tag.Service<SocketOptions.SocketOptions>,
  deadline: number
): Effect.Effect<void> => {
  const fd = Descriptor.fdOf(server)
  if (Option.isNone(fd)) return Effect.sync(() => server.close())
  const closeNow = handedOver.has(server)
    ? Effect.zipRight(Effect.ignore(options.resumeHandshakes(fd.value)), Effect.sync(() => server.close()))
    : Effect.sync(() => server.close())
  const drain = (turn: number): Effect.Effect<void> =>
    options.acceptQueue(fd.value).pipe(
      Effect.matchEffect({
        onFailure: () => Effect.zipRight(nextTurn, closeNow),
        onSuccess: (queue) =>
          queue.pending === 0 || turn >= maxAcceptTurns || Date.now() >= deadline
            ? closeNow
            : Effect.suspend(() => Effect.zipRight(nextTurn, drain(turn + 1)))
      })
    )
  return Effect.zipRight(Effect.ignore(options.stopHandshakes(fd.value)), drain(0))
}
