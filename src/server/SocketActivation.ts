/**
 * Socket activation: serving on the listening socket a service manager handed over (systemd's
 * `.socket` units, `systemd-socket-activate`), as sd_listen_fds(3) defines it, instead of opening
 * one. The unit decides the address, the backlog and the buffers (`ListenStream=`, `Backlog=`,
 * `ReceiveBuffer=`, `SendBuffer=`); the server reads them back and reports them rather than asking
 * for its own, and applies only its per-connection options.
 */
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Net from "node:net"
import * as SocketOptions from "../kernel/SocketOptions.js"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as Listener from "./Listener.js"

/** The first descriptor handed over (`SD_LISTEN_FDS_START`). */
export const firstFd = 3

/** The environment handed over sockets, but not ones this server can serve on. */
export class ActivationError extends Data.TaggedError("ActivationError")<{
  readonly fd: number
  readonly reason: string
}> {
  override get message(): string {
    return `cannot serve on the socket handed over (fd ${this.fd}): ${this.reason}`
  }
}

export interface HandedOver {
  /** The descriptor to serve on: the first one. */
  readonly fd: number
  /** How many were handed over (`LISTEN_FDS`); only the first is served. */
  readonly count: number
}

/**
 * The sockets `LISTEN_PID` and `LISTEN_FDS` hand to the process `pid`: None when there are none, or
 * when they are meant for another process (a parent's variables that leaked into the environment).
 */
export const fromEnvironment = (
  env: Readonly<Record<string, string | undefined>>,
  pid: number
): Effect.Effect<Option.Option<HandedOver>, ActivationError> => {
  const { LISTEN_FDS: fds, LISTEN_PID: listenPid } = env
  if (listenPid === undefined || fds === undefined || Number(listenPid) !== pid) return Effect.succeed(Option.none())
  const count = /^\d+$/.test(fds) ? Number(fds) : NaN
  return count >= 1
    ? Effect.succeed(Option.some({ fd: firstFd, count }))
    : Effect.fail(new ActivationError({ fd: firstFd, reason: `LISTEN_FDS is ${JSON.stringify(fds)}, not a count of sockets` }))
}

/**
 * What the socket's creator decided: the backlog (the accept queue's limit, from `TCP_INFO`) and
 * the buffers (`getsockopt`). Fails unless `fd` is a listening TCP socket.
 */
const inspect = (options: SocketOptions.SocketOptions["Type"], fd: number, tuning: SocketTuning.SocketTuning["Type"]) =>
  Effect.gen(function*() {
    const [listening, type, domain] = yield* Effect.all([
      options.get(fd, "SO_ACCEPTCONN"),
      options.get(fd, "SO_TYPE"),
      options.get(fd, "SO_DOMAIN")
    ])
    if (!SocketOptions.isTcp(domain, type)) {
      return yield* Effect.fail(`not a TCP socket (domain ${domain}, type ${type}): the unit needs ListenStream= with an address`)
    }
    if (listening !== 1) return yield* Effect.fail("not listening (the unit needs Accept=no)")
    const { limit } = yield* options.acceptQueue(fd)
    const buffer = (option: "SO_RCVBUF" | "SO_SNDBUF", cap: Option.Option<number>) =>
      Effect.map(options.get(fd, option), (size): SocketTuning.BufferReport => ({
        option,
        requested: Option.none(),
        effective: Option.some(size),
        cap: Option.map(cap, (max) => 2 * max)
      }))
    const opened: Listener.Opened = {
      backlog: { ...tuning.backlog, requested: limit, effective: limit },
      listener: {
        recvBuffer: yield* buffer("SO_RCVBUF", tuning.limits.rmemMax),
        sendBuffer: yield* buffer("SO_SNDBUF", tuning.limits.wmemMax)
      }
    }
    return opened
  })

/**
 * Serves on `fd`. Node's `listen` calls listen(2) again, which sets the backlog anew: it is given
 * the one read from the socket, so the unit's stays. Without native calls nothing can be read: the
 * tuning's backlog is used and the buffers are unknown. Scoped: the scope's end closes this
 * process's descriptor; systemd keeps its own.
 */
export const adopt = (server: Net.Server, fd: number) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const options = yield* SocketOptions.SocketOptions
    const failure = (cause: unknown) =>
      new ActivationError({ fd, reason: typeof cause === "string" ? cause : (cause as Error).message })
    const opened: Listener.Opened = options.native ? yield* Effect.mapError(inspect(options, fd, tuning), failure) : {
      backlog: tuning.backlog,
      listener: yield* Effect.mapError(tuning.tuneListener(-1), failure)
    }
    Listener.listensHandedOver(server)
    yield* Listener.nodeListen(server, { fd }, opened.backlog.effective, failure)
    return opened
  })

/** The server's listener: on the socket handed over (`listenFd`), or opened on host:port. */
export const listen = (
  server: Net.Server,
  config: {
    readonly host: string
    readonly port: number
    readonly ipv6Only: boolean
    readonly listenFd: Option.Option<number>
  }
) =>
  Option.isSome(config.listenFd)
    ? adopt(server, config.listenFd.value)
    : Listener.listen(server, config.host, config.port, config.ipv6Only)
