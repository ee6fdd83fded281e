/**
 * Applies a tuning config to real sockets and reports what the kernel made of it.
 *
 * Listener options (address reuse, buffer sizes) go on the listening socket before `listen(2)`:
 * accepted sockets inherit them, and the TCP window scale is negotiated from them at the handshake,
 * so setting buffers after accept can leave the window stuck small. Per-connection options
 * (Nagle, keepalive, `TCP_USER_TIMEOUT`) go on each accepted socket.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as SocketOptions from "./SocketOptions.js"
import * as Sysctl from "./Sysctl.js"
import { connectionOptions, effectiveBacklog, type TuningConfig } from "./TuningConfig.js"

export {
  connectionOptions,
  defaultBacklog,
  defaultConfig,
  effectiveBacklog,
  type KeepAlive,
  setsListenerOptions,
  type TuningConfig
} from "./TuningConfig.js"

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

type Options = Context.Tag.Service<SocketOptions.SocketOptions>

const setAll = (options: Options, fd: number, pairs: ReadonlyArray<readonly [SocketOptions.OptionName, number]>) =>
  Effect.forEach(pairs, ([option, value]) => options.set(fd, option, value), { discard: true })

/** Sets one buffer size (if asked), reads back what the kernel set, and warns when it capped it. */
const tuneBuffer = (
  options: Options,
  fd: number,
  option: BufferReport["option"],
  requested: Option.Option<number>,
  max: Option.Option<number>
) =>
  Effect.gen(function*() {
    const cap = Option.map(max, (bytes) => 2 * bytes)
    if (Option.isNone(requested)) return { option, requested, effective: Option.none(), cap }
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

/** The report of a listener no option was set on: the buffers as asked, not read back. */
export const untunedListener = (config: TuningConfig): ListenerReport => ({
  recvBuffer: { option: "SO_RCVBUF", requested: config.recvBuffer, effective: Option.none(), cap: Option.none() },
  sendBuffer: { option: "SO_SNDBUF", requested: config.sendBuffer, effective: Option.none(), cap: Option.none() }
})

/** The listener options (address and port reuse, buffers), set before `bind`/`listen`. */
const tuneListener = (options: Options, config: TuningConfig, limits: Sysctl.KernelLimits) => (fd: number) =>
  !options.native
    ? Effect.succeed(untunedListener(config))
    : Effect.gen(function*() {
      yield* setAll(options, fd, [
        ["SO_REUSEADDR", config.reuseAddress ? 1 : 0],
        ...(config.reusePort ? [["SO_REUSEPORT", 1] as const] : [])
      ])
      return {
        recvBuffer: yield* tuneBuffer(options, fd, "SO_RCVBUF", config.recvBuffer, limits.rmemMax),
        sendBuffer: yield* tuneBuffer(options, fd, "SO_SNDBUF", config.sendBuffer, limits.wmemMax)
      }
    })

export const make = (config: TuningConfig) =>
  Effect.gen(function*() {
    const options = yield* SocketOptions.SocketOptions
    const limits = yield* (yield* Sysctl.Sysctl).limits
    const backlog: BacklogReport = {
      requested: config.backlog,
      effective: effectiveBacklog(config.backlog, limits.somaxconn),
      somaxconn: limits.somaxconn,
      tcpMaxSynBacklog: limits.tcpMaxSynBacklog
    }
    if (backlog.effective < config.backlog) {
      yield* Effect.logWarning(
        `backlog ${config.backlog} is over net.core.somaxconn: the kernel clamps it to ${backlog.effective}`
      )
    }
    const perConnection = connectionOptions(config)
    const unapplied = [
      ...perConnection.map(([name]) => name),
      ...(Option.isSome(config.recvBuffer) ? ["SO_RCVBUF"] : []),
      ...(Option.isSome(config.sendBuffer) ? ["SO_SNDBUF"] : [])
    ]
    if (!options.native && unapplied.length > 0) {
      yield* Effect.logWarning(`socket options unsupported on this host, not applied: ${unapplied.join(", ")}`)
    }
    const tunesConnections = options.native && perConnection.length > 0
    return SocketTuning.of({
      config,
      limits,
      backlog,
      tuneListener: tuneListener(options, config, limits),
      tunesConnections,
      tuneConnection: (fd) => tunesConnections ? setAll(options, fd, perConnection) : Effect.void,
      report: (fd) =>
        Effect.map(
          Effect.forEach(SocketOptions.optionNames, (option) => Effect.option(options.get(fd, option))),
          (values) =>
            Object.fromEntries(SocketOptions.optionNames.map((option, i) => [option, values[i]!])) as EffectiveOptions
        ),
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
