/**
 * Applies a tuning config to real sockets and reports what the kernel made of it.
 *
 * Listener options (address reuse, buffer sizes) go on the listening socket before `listen(2)`:
 * accepted sockets inherit them, and the TCP window scale is negotiated from them at the handshake,
 * so setting buffers after accept can leave the window stuck small. Per-connection options
 * (Nagle, keepalive, `TCP_USER_TIMEOUT`) go on each accepted socket.
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as SocketOptions from "./SocketOptions.js"
import * as Sysctl from "./Sysctl.js"

export interface KeepAlive {
  /** Idle time before the first probe (`TCP_KEEPIDLE`). */
  readonly idle: Duration.Duration
  /** Time between probes (`TCP_KEEPINTVL`; None: the kernel's default, 75 s). */
  readonly interval: Option.Option<Duration.Duration>
  /** Unanswered probes before the connection is dropped (`TCP_KEEPCNT`; None: the kernel's, 9). */
  readonly count: Option.Option<number>
}

export interface TuningConfig {
  /** The accept-queue length asked of `listen(2)`; the kernel clamps it to `somaxconn`. */
  readonly backlog: number
  /** `SO_REUSEADDR` on the listener: rebind at once while old connections sit in TIME_WAIT. */
  readonly reuseAddress: boolean
  /** `SO_REUSEPORT` on the listener: several processes may share the port. */
  readonly reusePort: boolean
  /** `SO_RCVBUF` in bytes (None: kernel default with autotuning). */
  readonly recvBuffer: Option.Option<number>
  /** `SO_SNDBUF` in bytes (None: kernel default with autotuning). */
  readonly sendBuffer: Option.Option<number>
  /** `TCP_NODELAY` on each connection: send small echoes at once instead of waiting (Nagle). */
  readonly noDelay: boolean
  readonly keepAlive: Option.Option<KeepAlive>
  /** `TCP_USER_TIMEOUT`: how long sent data may stay unacknowledged before the kernel drops the peer. */
  readonly userTimeout: Option.Option<Duration.Duration>
}

/** Node's and nginx's default backlog. */
export const defaultBacklog = 511

export const defaultConfig: TuningConfig = {
  backlog: defaultBacklog,
  reuseAddress: true,
  reusePort: false,
  recvBuffer: Option.none(),
  sendBuffer: Option.none(),
  noDelay: false,
  keepAlive: Option.none(),
  userTimeout: Option.none()
}

export interface BacklogReport {
  readonly requested: number
  readonly effective: number
  readonly somaxconn: Option.Option<number>
  readonly tcpMaxSynBacklog: Option.Option<number>
}

export interface BufferReport {
  readonly option: "SO_RCVBUF" | "SO_SNDBUF"
  readonly requested: Option.Option<number>
  /** What `getsockopt` reads back: twice the honoured request (kernel bookkeeping). */
  readonly effective: Option.Option<number>
  /** `2 x rmem_max` (or `wmem_max`): the most `effective` can be. */
  readonly cap: Option.Option<number>
}

export interface ListenerReport {
  readonly recvBuffer: BufferReport
  readonly sendBuffer: BufferReport
}

export type EffectiveOptions = { readonly [K in SocketOptions.OptionName]: Option.Option<number> }

export class SocketTuning extends Context.Tag("tcp-echo/SocketTuning")<
  SocketTuning,
  {
    readonly config: TuningConfig
    readonly limits: Sysctl.KernelLimits
    /** min(requested, somaxconn) where somaxconn is known; computed once, warned about once. */
    readonly backlog: BacklogReport
    /**
     * Applies the listener options to a socket before `bind`/`listen` and reads back the buffers.
     * Without native calls it applies nothing and reports the buffers as unknown.
     */
    readonly tuneListener: (fd: number) => Effect.Effect<ListenerReport, SocketOptions.SocketOptionError>
    /** Whether `tuneConnection` has anything to apply (options configured, native calls available). */
    readonly tunesConnections: boolean
    /** Applies the per-connection options to an accepted socket (nothing when none is configured). */
    readonly tuneConnection: (fd: number) => Effect.Effect<void, SocketOptions.SocketOptionError>
    /** What `getsockopt` says of every known option on `fd` (None where it cannot be read). */
    readonly report: (fd: number) => Effect.Effect<EffectiveOptions>
    /** Whether options can really be set on this host (false with the null `SocketOptions`). */
    readonly native: boolean
  }
>() {}

const seconds = (duration: Duration.Duration) => Math.max(1, Math.round(Duration.toSeconds(duration)))

export const make = (config: TuningConfig) =>
  Effect.gen(function*() {
    const options = yield* SocketOptions.SocketOptions
    const limits = yield* (yield* Sysctl.Sysctl).limits
    const effective = Option.match(limits.somaxconn, {
      onNone: () => config.backlog,
      onSome: (cap) => Math.min(config.backlog, cap)
    })
    const backlog: BacklogReport = {
      requested: config.backlog,
      effective,
      somaxconn: limits.somaxconn,
      tcpMaxSynBacklog: limits.tcpMaxSynBacklog
    }
    if (effective < config.backlog) {
      yield* Effect.logWarning(
        `backlog ${config.backlog} is over net.core.somaxconn: the kernel clamps it to ${effective}`
      )
    }

    const connectionOptions: Array<readonly [SocketOptions.OptionName, number]> = [
      ...(config.noDelay ? [["TCP_NODELAY", 1] as const] : []),
      ...Option.match(config.keepAlive, {
        onNone: () => [],
        onSome: ({ count, idle, interval }) => [
          ["SO_KEEPALIVE", 1] as const,
          ["TCP_KEEPIDLE", seconds(idle)] as const,
          ...Option.toArray(Option.map(interval, (interval) => ["TCP_KEEPINTVL", seconds(interval)] as const)),
          ...Option.toArray(Option.map(count, (count) => ["TCP_KEEPCNT", count] as const))
        ]
      }),
      ...Option.match(config.userTimeout, {
        onNone: () => [],
        onSome: (timeout) => [["TCP_USER_TIMEOUT", Duration.toMillis(timeout)] as const]
      })
    ]
    const unapplied = [
      ...connectionOptions.map(([name]) => name),
      ...(Option.isSome(config.recvBuffer) ? ["SO_RCVBUF"] : []),
      ...(Option.isSome(config.sendBuffer) ? ["SO_SNDBUF"] : [])
    ]
    if (!options.native && unapplied.length > 0) {
      yield* Effect.logWarning(`socket options unsupported on this host, not applied: ${unapplied.join(", ")}`)
    }

    const setAll = (fd: number, pairs: ReadonlyArray<readonly [SocketOptions.OptionName, number]>) =>
      Effect.forEach(pairs, ([option, value]) => options.set(fd, option, value), { discard: true })

    const tuneBuffer = (
      fd: number,
      option: BufferReport["option"],
      requested: Option.Option<number>,
      max: Option.Option<number>
    ) =>
      Effect.gen(function*() {
        const cap = Option.map(max, (bytes) => 2 * bytes)
        if (Option.isNone(requested)) {
          return { option, requested, effective: Option.none(), cap }
        }
        yield* options.set(fd, option, requested.value)
        const effective = yield* options.get(fd, option)
        if (effective < 2 * requested.value) {
          yield* Effect.logWarning(
            `${option} ${requested.value} capped by the kernel: it set ${effective}` +
              Option.match(max, {
                onNone: () => "",
                onSome: (bytes) => ` (net.core.${option === "SO_RCVBUF" ? "rmem_max" : "wmem_max"} = ${bytes})`
              })
          )
        }
        return { option, requested, effective: Option.some(effective), cap }
      })

    const untunedListener: ListenerReport = {
      recvBuffer: { option: "SO_RCVBUF", requested: config.recvBuffer, effective: Option.none(), cap: Option.none() },
      sendBuffer: { option: "SO_SNDBUF", requested: config.sendBuffer, effective: Option.none(), cap: Option.none() }
    }
    const tuneListener = (fd: number) =>
      !options.native ? Effect.succeed(untunedListener) : Effect.gen(function*() {
        yield* setAll(fd, [
          ["SO_REUSEADDR", config.reuseAddress ? 1 : 0],
          ...(config.reusePort ? [["SO_REUSEPORT", 1] as const] : [])
        ])
        return {
          recvBuffer: yield* tuneBuffer(fd, "SO_RCVBUF", config.recvBuffer, limits.rmemMax),
          sendBuffer: yield* tuneBuffer(fd, "SO_SNDBUF", config.sendBuffer, limits.wmemMax)
        }
      })

    const tunesConnections = options.native && connectionOptions.length > 0
    const tuneConnection = (fd: number) => tunesConnections ? setAll(fd, connectionOptions) : Effect.void

    const report = (fd: number) =>
      Effect.map(
        Effect.forEach(SocketOptions.optionNames, (option) => Effect.option(options.get(fd, option))),
        (values) =>
          Object.fromEntries(SocketOptions.optionNames.map((option, i) => [option, values[i]!])) as EffectiveOptions
      )

    return SocketTuning.of({
      config,
      limits,
      backlog,
      tuneListener,
      tunesConnections,
      tuneConnection,
      report,
      native: options.native
    })
  })

/**
 * A `SocketTuning` for `config`; reading the kernel limits fails the layer only when a sysctl file
 * exists but does not parse.
 */
export const layer = (
  config: TuningConfig
): Layer.Layer<SocketTuning, Sysctl.SysctlError, Sysctl.Sysctl | SocketOptions.SocketOptions> =>
  Layer.effect(SocketTuning, make(config))
