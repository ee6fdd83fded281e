/**
 * The probe: one client connection that checks the echo byte for byte and watches how the server
 * ends the connection, for example its read timeout when the client stays silent (`wait`).
 *
 * Plain Node callbacks (`Watch`) record what arrives and when the server closed; each step of the
 * probe (connect, stay silent, round trip, half-close) is an Effect that waits on that record, so
 * a close is attributed to the step during which it happened.
 */
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Crypto from "node:crypto"
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { hostPort, resetCodes } from "../net.js"

export type Payload =
  | { readonly _tag: "Random"; readonly size: number }
  | { readonly _tag: "Message"; readonly text: string }

export interface Config {
  /** The server's address or host name. */
  readonly host: string
  readonly port: number
  /** What each round trip sends: fresh random bytes every time, or the same text. */
  readonly payload: Payload
  /** Round trips, one after the other. */
  readonly count: number
  /** Silence after connecting, before the first send: longer than the server's read timeout, it trips it. */
  readonly wait: Duration.Duration
  /** How long to wait for the connection, for each complete echo, and for the close after our FIN. */
  readonly timeout: Duration.Duration
}

export const defaultConfig: Config = {
  host: "127.0.0.1",
  port: 9999,
  payload: { _tag: "Random", size: 64 },
  count: 1,
  wait: Duration.zero,
  timeout: Duration.seconds(5)
}

/** What the probe was doing when the server closed: staying silent, awaiting an echo, or done (after its FIN). */
export type Phase = "waiting" | "echo" | "closing"

export interface Close {
  /** ms since the connection was established. */
  readonly afterMs: number
  readonly how: "FIN" | "reset"
  readonly phase: Phase
  /** The echo awaited (from 1) when `phase` is "echo". */
  readonly echo: number
}

/** ms as seconds with two decimals, as every message of the probe gives them. */
export const secondsText = (ms: number): string => (ms / 1000).toFixed(2)

const describeCode = (code: string, timeoutMs: number): string => {
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused (nothing listens there)"
    case "ETIMEDOUT":
      return `no answer within ${secondsText(timeoutMs)} s`
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host name does not resolve"
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "no route to that host"
    default:
      return code
  }
}

/** The connection could not be made; `code` is the errno name, ETIMEDOUT when `--timeout` ran out. */
export class ConnectFailed extends Data.TaggedError("ConnectFailed")<{
  readonly host: string
  readonly port: number
  readonly code: string
  readonly timeoutMs: number
}> {
  override get message(): string {
    return `cannot connect to ${hostPort(this.host, this.port)}: ${describeCode(this.code, this.timeoutMs)}`
  }
}

/** The server closed the connection before the probe was done. */
export class ServerClosed extends Data.TaggedError("ServerClosed")<{
  readonly close: Close
  /** Bytes of the awaited echo that came back before the close. */
  readonly received: number
  readonly expected: number
}> {
  override get message(): string {
    const { afterMs, echo, how, phase } = this.close
    const during = phase === "echo"
      ? `while waiting for echo ${echo} (${this.received} of ${this.expected} bytes back)`
      : "while waiting"
    return `server closed the connection after ${secondsText(afterMs)} s (${how}) ${during}`
  }
}

/** An echoed byte differs from the one sent. */
export class EchoMismatch extends Data.TaggedError("EchoMismatch")<{
  readonly echo: number
  /** Offset of the first wrong byte in the message. */
  readonly offset: number
  readonly sent: number
  readonly got: number
}> {
  override get message(): string {
    const hex = (byte: number) => `0x${byte.toString(16).padStart(2, "0")}`
    return `echo ${this.echo} differs at byte ${this.offset}: sent ${hex(this.sent)}, got ${hex(this.got)}`
  }
}

/** The server sent bytes it was never sent: more than the message, or while nothing was awaited. */
export class UnexpectedBytes extends Data.TaggedError("UnexpectedBytes")<{
  readonly bytes: number
  /** The last echo sent before they arrived; 0 before the first. */
  readonly afterEcho: number
}> {
  override get message(): string {
    return `the server sent ${this.bytes} byte(s) it was never sent (${
      this.afterEcho === 0 ? "before the first message" : `with or after echo ${this.afterEcho}`
    })`
  }
}

/** An echo did not come back complete within `--timeout`. */
export class EchoTimeout extends Data.TaggedError("EchoTimeout")<{
  readonly echo: number
  readonly timeoutMs: number
  readonly received: number
  readonly expected: number
}> {
  override get message(): string {
    return `no complete echo ${this.echo} within ${
      secondsText(this.timeoutMs)
    } s (${this.received} of ${this.expected} bytes back)`
  }
}

/** The socket failed other than by the server's FIN or reset. */
export class SocketFailed extends Data.TaggedError("SocketFailed")<{ readonly code: string }> {
  override get message(): string {
    return `connection failed: ${this.code}`
  }
}

export type ProbeError = ConnectFailed | ServerClosed | EchoMismatch | UnexpectedBytes | EchoTimeout | SocketFailed

export interface Report {
  readonly config: Config
  /** Bytes per message. */
  readonly bytes: number
  /** ms from connect() to the established connection; undefined when it failed. */
  readonly connectMs: number | undefined
  /** Each verified round trip's time, ms from the write to the last echoed byte. */
  readonly roundTripsMs: ReadonlyArray<number>
  /** The server's close, if it came while the probe watched. */
  readonly close: Close | undefined
  /** Why the probe failed; undefined when every echo was verified. */
  readonly error: ProbeError | undefined
}

/** The connected socket, seen through plain callbacks: echo progress, stray bytes, the server's close. */
class Watch {
  readonly connectedAt = performance.now()
  /** Set by the step running, so a close is attributed to it. */
  phase: Phase = "waiting"
  echo = 0
  close: Close | undefined
  failed: string | undefined
  unexpected = 0
  received = 0
  mismatch: ConstructorParameters<typeof EchoMismatch>[0] | undefined
  private expected: Buffer | undefined
  private listener: (() => void) | undefined

  constructor(readonly socket: Net.Socket) {
    socket.on("data", (chunk: Buffer) => this.onData(chunk))
    socket.on("end", () => this.onClose("FIN"))
    socket.on("error", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message
      if (resetCodes.has(code)) return this.onClose("reset")
      this.failed = code
      this.notify()
    })
  }

  /** Starts awaiting `payload`'s echo (undefined: nothing is awaited, any byte is unexpected). */
  expect(payload: Buffer | undefined): void {
    this.expected = payload
    this.received = 0
  }

  /** Calls `listener` on every socket event until the returned function is called. */
  listen(listener: () => void): () => void {
    this.listener = listener
    return () => {
      if (this.listener === listener) this.listener = undefined
    }
  }

  private notify(): void {
    this.listener?.()
  }

  private onData(chunk: Buffer): void {
    const expected = this.expected
    const used = expected === undefined ? 0 : Math.min(chunk.length, expected.length - this.received)
    if (expected !== undefined && used > 0 && this.mismatch === undefined) {
      const want = expected.subarray(this.received, this.received + used)
      if (!want.equals(chunk.subarray(0, used))) {
        let i = 0
        while (want[i] === chunk[i]) i++
        this.mismatch = { echo: this.echo, offset: this.received + i, sent: want[i]!, got: chunk[i]! }
      }
    }
    this.received += used
    this.unexpected += chunk.length - used
    this.notify()
  }

  private onClose(how: Close["how"]): void {
    if (this.close === undefined) {
      this.close = { afterMs: performance.now() - this.connectedAt, how, phase: this.phase, echo: this.echo }
    }
    this.notify()
  }
}

/** Resumes with the first outcome `decide` gives, asked now and again on every socket event. */
const until = <A, E>(watch: Watch, decide: () => Effect.Effect<A, E> | undefined): Effect.Effect<A, E> =>
  Effect.async<A, E>((resume) => {
    const now = decide()
    if (now !== undefined) return resume(now)
    const stop = watch.listen(() => {
      const next = decide()
      if (next !== undefined) {
        stop()
        resume(next)
      }
    })
    return Effect.sync(stop)
  })

/** What went wrong so far, if anything: a wrong byte first, then stray bytes, the close, a socket error. */
const problem = (watch: Watch, expected: number): Effect.Effect<never, ProbeError> | undefined => {
  if (watch.mismatch !== undefined) return Effect.fail(new EchoMismatch(watch.mismatch))
  if (watch.unexpected > 0) return Effect.fail(new UnexpectedBytes({ bytes: watch.unexpected, afterEcho: watch.echo }))
  if (watch.close !== undefined && watch.close.phase !== "closing") {
    return Effect.fail(new ServerClosed({ close: watch.close, received: watch.received, expected }))
  }
  if (watch.failed !== undefined) return Effect.fail(new SocketFailed({ code: watch.failed }))
  return undefined
}

const connect = (config: Config) => {
  const timeoutMs = Duration.toMillis(config.timeout)
  const failed = (code: string) => new ConnectFailed({ host: config.host, port: config.port, code, timeoutMs })
  const connecting = Effect.async<Watch, ConnectFailed>((resume) => {
    const socket = Net.connect({ host: config.host, port: config.port, allowHalfOpen: true, noDelay: true })
    const onError = (error: NodeJS.ErrnoException) => resume(Effect.fail(failed(error.code ?? error.message)))
    socket.once("error", onError)
    socket.once("connect", () => {
      socket.off("error", onError)
      resume(Effect.succeed(new Watch(socket)))
    })
    return Effect.sync(() => socket.destroy())
  }).pipe(Effect.timeoutFail({ duration: config.timeout, onTimeout: () => failed("ETIMEDOUT") }))
  // Not acquireRelease: its acquire cannot be interrupted, and the timeout must interrupt a connect
  // whose SYN the server drops (a full accept queue).
  return Effect.uninterruptibleMask((restore) =>
    Effect.tap(restore(connecting), (watch) => Effect.addFinalizer(() => Effect.sync(() => watch.socket.destroy())))
  )
}

/** Sends nothing for `wait`; fails if the server closes meanwhile (or sends anything). */
const staySilent = (watch: Watch, wait: Duration.Duration) =>
  until(watch, () => problem(watch, 0)).pipe(Effect.timeoutOption(wait), Effect.asVoid)

/** Sends `payload` and waits for its whole echo; succeeds with the round trip's ms. */
const roundTrip = (watch: Watch, echo: number, payload: Buffer, timeout: Duration.Duration) =>
  Effect.suspend(() => {
    watch.phase = "echo"
    watch.echo = echo
    watch.expect(payload)
    const started = performance.now()
    watch.socket.write(payload)
    return until(watch, () =>
      problem(watch, payload.length) ??
        (watch.received === payload.length ? Effect.succeed(performance.now() - started) : undefined))
  }).pipe(
    Effect.timeoutFail({
      duration: timeout,
      onTimeout: () =>
        new EchoTimeout({ echo, timeoutMs: Duration.toMillis(timeout), received: watch.received, expected: payload.length })
    }),
    Effect.ensuring(Effect.sync(() => watch.expect(undefined)))
  )

/** Sends our FIN and waits, at most `timeout`, for the server to close in turn (it may not: not a failure). */
const halfClose = (watch: Watch, timeout: Duration.Duration) =>
  Effect.suspend(() => {
    watch.phase = "closing"
    watch.socket.end()
    return until(watch, () => problem(watch, 0) ?? (watch.close !== undefined ? Effect.void : undefined))
  }).pipe(Effect.timeoutOption(timeout), Effect.asVoid)

const payloadBytes = (payload: Payload): number =>
  payload._tag === "Random" ? payload.size : Buffer.byteLength(payload.text)

const message = (payload: Payload): Buffer =>
  payload._tag === "Random" ? Crypto.randomBytes(payload.size) : Buffer.from(payload.text)

/** Runs the probe; a failure is in the report (`error`), with what was seen up to it. */
export const run = (config: Config): Effect.Effect<Report> =>
  Effect.gen(function*() {
    const started = performance.now()
    const roundTripsMs: Array<number> = []
    let watch: Watch | undefined
    const outcome = yield* Effect.either(Effect.gen(function*() {
      watch = yield* connect(config)
      const connected = watch
      if (!Duration.isZero(config.wait)) yield* staySilent(connected, config.wait)
      for (let echo = 1; echo <= config.count; echo++) {
        roundTripsMs.push(yield* roundTrip(connected, echo, message(config.payload), config.timeout))
      }
      yield* halfClose(connected, config.timeout)
    }))
    return {
      config,
      bytes: payloadBytes(config.payload),
      connectMs: watch === undefined ? undefined : watch.connectedAt - started,
      roundTripsMs,
      close: watch?.close,
      error: Either.isLeft(outcome) ? outcome.left : undefined
    }
  }).pipe(Effect.scoped)
