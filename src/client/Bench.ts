/**
 * The bench as a library: a verified load generator for echo servers, after
 * ../shared/bench/echoload. Its config and result, `start` and `run`, and the `verdict` on a result.
 *
 * Every echoed byte is checked against what was sent (see `Pattern`). The load itself runs in plain
 * Node callbacks, one driver per mode (`load/`), since its own cost is part of what it measures;
 * Effect starts it and stops it. Every run ends by itself: at `duration` (idle: after the connect
 * phase, itself at most 30 s), then at most 1 s to close gracefully, or 2 s for churn's connections
 * in flight.
 */
import * as Data from "effect/Data"
import * as Deferred from "effect/Deferred"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import { hostPort } from "../net.js"
import type * as Histogram from "./Histogram.js"
import { Bulk } from "./load/Bulk.js"
import { Churn } from "./load/Churn.js"
import { Idle } from "./load/Idle.js"
import type * as Load from "./load/Load.js"
import { PingPong } from "./load/PingPong.js"

/**
 * - `pingpong`: each connection sends `size` bytes, waits for the whole echo, repeats; latency per round trip.
 * - `bulk`: each connection writes `size`-byte chunks as fast as backpressure allows and verifies the echo as it comes.
 * - `churn`: keeps `connections` in flight: connect, send `size` bytes, read the echo, shut down the
 *   write side, wait for the server's EOF, close, repeat; latency from connect() to EOF.
 * - `idle`: opens `connections` (at most 2000 a second), sends nothing, holds them for `duration`; the
 *   server's closes are counted and timed from each connection's connect.
 */
export type Mode = "pingpong" | "bulk" | "churn" | "idle"

export interface Config {
  /** The server's address or host name. */
  readonly host: string
  readonly port: number
  readonly mode: Mode
  readonly connections: number
  /** Message size (pingpong, churn) or write size (bulk); unused by idle. */
  readonly size: number
  readonly duration: Duration.Duration
}

export const defaultSize = (mode: Mode): number => (mode === "bulk" ? 65536 : 64)

export interface Result {
  readonly config: Config
  /** The measured time: start to `duration` (churn: to the last connection in flight, idle: with the connect phase). */
  readonly seconds: number
  /** Round trips (pingpong) or completed connections (churn) in the measured time. */
  readonly operations: number
  readonly bytesSent: number
  /** Bytes echoed and verified in the measured time. */
  readonly bytesEchoed: number
  /** ns per round trip (pingpong) or from connect() to EOF (churn). */
  readonly latency: Histogram.Summary | undefined
  /** idle: ns from each connection's connect to the server's close. */
  readonly closeTimes: Histogram.Summary | undefined
  /** Socket failures other than the server's close; the first one's code is `firstError`. */
  readonly errors: number
  /** Echoed chunks with a wrong byte or with bytes that were never sent. */
  readonly mismatches: number
  readonly unexpectedBytes: number
  /** Connections the server closed (FIN or reset) before the client was done. */
  readonly closedByServer: number
  /** churn: a reset instead of EOF after the echo, or no EOF by the end. */
  readonly eofMissing: number
  /** churn: closed before the whole echo came back. */
  readonly closedEarly: number
  readonly connectFailures: number
  readonly opened: number
  /** idle: connections open when the hold ended. */
  readonly stillOpen: number
  /** idle: ms the connect phase took. */
  readonly openMs: number | undefined
  readonly firstError: string | undefined
  /** The client's CPU (user + system) over the run, % of one core. */
  readonly clientCpuPercent: number
}

export interface Progress {
  readonly mode: Mode
  readonly elapsedSeconds: number
  readonly operations: number
  readonly bytesEchoed: number
  readonly open: number
  readonly errors: number
  readonly mismatches: number
  readonly closedByServer: number
}

const loads: { readonly [M in Mode]: new(config: Config, done: (result: Result) => void) => Load.Load } = {
  pingpong: PingPong,
  bulk: Bulk,
  churn: Churn,
  idle: Idle
}

export interface Running {
  readonly result: Effect.Effect<Result>
  readonly progress: Effect.Effect<Progress>
}

/** Starts the load; closing the scope before it ends stops it at once (sockets destroyed). */
export const start = (config: Config): Effect.Effect<Running, never, Scope.Scope> =>
  Effect.gen(function*() {
    const result = yield* Deferred.make<Result>()
    const load = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const load = new loads[config.mode](config, (value) => Deferred.unsafeDone(result, Effect.succeed(value)))
        load.start()
        return load
      }),
      (load) => Effect.sync(() => load.abort())
    )
    return { result: Deferred.await(result), progress: Effect.sync(() => load.progress()) }
  })

/** Runs the load to its end. */
export const run = (config: Config): Effect.Effect<Result> =>
  Effect.scoped(Effect.flatMap(start(config), (running) => running.result))

/** The run proved the server wrong (a byte echoed wrong) or could not measure it at all. */
export class BenchFailed extends Data.TaggedError("BenchFailed")<{
  readonly target: string
  readonly mismatches: number
  readonly unexpectedBytes: number
  readonly opened: number
  readonly firstError: string | undefined
}> {
  override get message(): string {
    if (this.mismatches > 0) {
      return `${this.mismatches} echoed chunk(s) differ from what was sent${
        this.unexpectedBytes > 0 ? ` (${this.unexpectedBytes} bytes were never sent)` : ""
      }`
    }
    return `no connection to ${this.target} could be opened (${this.firstError ?? "no error reported"})`
  }
}

/** Fails when an echo was wrong or no connection opened; errors and server closes alone are reported, not failed. */
export const verdict = (result: Result): Effect.Effect<void, BenchFailed> =>
  result.mismatches > 0 || result.opened === 0
    ? Effect.fail(
      new BenchFailed({
        target: hostPort(result.config.host, result.config.port),
        mismatches: result.mismatches,
        unexpectedBytes: result.unexpectedBytes,
        opened: result.opened,
        firstError: result.firstError
      })
    )
    : Effect.void

