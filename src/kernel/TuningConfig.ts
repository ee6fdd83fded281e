/**
 * What a tuning config asks of the kernel, decided without touching a socket: the config itself, the
 * backlog the kernel will really use, whether the listener has options to set before `listen(2)`,
 * and the per-connection options as (option, value) pairs.
 */
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import type { OptionName } from "./SocketOptions.js"

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

/** `listen(2)`'s backlog as the kernel will use it: silently clamped to `somaxconn` where that is known. */
export const effectiveBacklog = (requested: number, somaxconn: Option.Option<number>): number =>
  Option.match(somaxconn, { onNone: () => requested, onSome: (cap) => Math.min(requested, cap) })

/**
 * Whether the listening socket needs an option set before `listen(2)` that Node's own listen does not
 * set: buffer sizes, port reuse, or no address reuse (libuv sets SO_REUSEADDR on every listener).
 */
export const setsListenerOptions = (config: TuningConfig): boolean =>
  Option.isSome(config.recvBuffer) || Option.isSome(config.sendBuffer) || config.reusePort || !config.reuseAddress

/** Whole seconds, at least 1: the kernel's keepalive options take seconds and 0 is invalid. */
const seconds = (duration: Duration.Duration) => Math.max(1, Math.round(Duration.toSeconds(duration)))

/** The options each accepted socket gets, in the order they are set (keepalive before its timings). */
export const connectionOptions = (config: TuningConfig): ReadonlyArray<readonly [OptionName, number]> => [
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
