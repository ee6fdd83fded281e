/**
 * Socket helpers for the unit tests (connected pairs, listeners, echo clients, waits on a close) and
 * `tolerating`, which tells a timing check defeated by a stall of this process from a failing one.
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fs from "node:fs"
import { performance } from "node:perf_hooks"
import * as Net from "node:net"

/** A connected pair on 127.0.0.1: the client socket and the server's accepted socket; closed with the scope. */
export const acceptedPair = (server: Net.Server) =>
  Effect.acquireRelease(
    Effect.async<{ readonly client: Net.Socket; readonly accepted: Net.Socket }>((resume) => {
      const address = server.address() as Net.AddressInfo
      server.once("connection", (accepted) => resume(Effect.succeed({ client, accepted })))
      const client = Net.connect(address.port, "127.0.0.1")
    }),
    ({ accepted, client }) => Effect.sync(() => (accepted.destroy(), client.destroy()))
  )

/** A listening `net.Server` on 127.0.0.1 port 0; closed with the scope. */
export const listening = (make: (server: Net.Server) => void = (server) => server.listen(0, "127.0.0.1")) =>
  Effect.acquireRelease(
    Effect.async<Net.Server>((resume) => {
      const server = Net.createServer()
      server.once("listening", () => resume(Effect.succeed(server)))
      make(server)
    }),
    (server) => Effect.async<void>((resume) => void server.close(() => resume(Effect.void)))
  )

export interface EchoResult {
  readonly received: Buffer
  /** ms from connect to the server's FIN (or close). */
  readonly closedAfterMs: number
  readonly error: string | undefined
}

/**
 * Connects to 127.0.0.1:port, writes `chunks` (each after the previous was accepted), half-closes,
 * and reads to EOF. Reading runs while writing, so payloads larger than the socket buffers work.
 */
export const echo = (port: number, chunks: ReadonlyArray<Uint8Array>, options: { readonly end?: boolean } = {}) =>
  Effect.async<EchoResult>((resume) => {
    const received: Array<Buffer> = []
    const started = performance.now()
    let error: string | undefined
    const socket = Net.connect({ port, host: "127.0.0.1", allowHalfOpen: true })
    socket.on("data", (chunk: Buffer) => received.push(chunk))
    socket.on("error", (e: NodeJS.ErrnoException) => (error = e.code ?? e.message))
    socket.on("close", () =>
      resume(Effect.succeed({ received: Buffer.concat(received), closedAfterMs: performance.now() - started, error })))
    socket.once("connect", async () => {
      for (const chunk of chunks) {
        if (!socket.write(chunk)) await new Promise((ok) => socket.once("drain", ok))
      }
      if (options.end !== false) socket.end()
    })
    return Effect.sync(() => socket.destroy())
  })

/** A client socket connected to 127.0.0.1:port; destroyed with the scope. */
export const connect = (port: number, options: Omit<Net.NetConnectOpts, "port" | "host"> = {}) =>
  Effect.acquireRelease(
    Effect.async<Net.Socket, Error>((resume) => {
      const socket = Net.connect({ ...options, port, host: "127.0.0.1" } as Net.NetConnectOpts)
      socket.once("connect", () => {
        // A server that refuses by reset may reset before the test listens: that is not a crash.
        socket.on("error", () => {})
        resume(Effect.succeed(socket))
      })
      socket.once("error", (error) => resume(Effect.fail(error)))
    }),
    (socket) => Effect.sync(() => socket.destroy())
  )

/**
 * Resolves when the socket closes, with ms since `since`, whether it saw a reset (ECONNRESET or,
 * while writing, EPIPE) and whether it saw the peer's FIN. It reads
 * (and drops) what arrives unless `read` is false.
 */
export const whenClosed = (socket: Net.Socket, since: number, options: { readonly read?: boolean } = {}) =>
  Effect.async<{ readonly afterMs: number; readonly reset: boolean; readonly fin: boolean }>((resume) => {
    let reset = false
    let fin = false
    socket.on("error", (e: NodeJS.ErrnoException) => (reset = e.code === "ECONNRESET" || e.code === "EPIPE"))
    socket.on("end", () => (fin = true, socket.end()))
    socket.once("close", () => resume(Effect.succeed({ afterMs: performance.now() - since, reset, fin })))
    if (options.read !== false) socket.resume()
  })

/**
 * One round trip: writes `payload` and reads until as many bytes came back. Fails if the socket
 * closes or errs first (rather than waiting for bytes that will never come).
 */
export const roundTrip = (socket: Net.Socket, payload: Buffer) =>
  Effect.async<Buffer, Error>((resume) => {
    const parts: Array<Buffer> = []
    let length = 0
    const done = () => {
      socket.off("data", onData)
      socket.off("close", onClose)
      socket.off("error", onError)
    }
    const onData = (chunk: Buffer) => {
      parts.push(chunk)
      length += chunk.length
      if (length >= payload.length) {
        done()
        resume(Effect.succeed(Buffer.concat(parts)))
      }
    }
    const onClose = () => {
      done()
      resume(Effect.fail(new Error(`round trip: the socket closed after ${length} of ${payload.length} bytes came back`)))
    }
    const onError = (error: NodeJS.ErrnoException) => {
      done()
      resume(Effect.fail(new Error(`round trip: ${error.code ?? error.message} after ${length} of ${payload.length} bytes`)))
    }
    socket.on("data", onData)
    socket.once("close", onClose)
    socket.once("error", onError)
    if (socket.destroyed) return onClose()
    socket.write(payload)
    return Effect.sync(done)
  })

/** Socket descriptors this process holds now. */
export const openSockets = (): number =>
  Fs.readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return Fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith("socket:")
    } catch {
      return false
    }
  }).length

/**
 * Re-reads `value` every 10 ms until `done` holds or a second has passed, and returns the last
 * reading: for counters that a close event updates just after the client saw the close.
 */
export const eventually = <A, E, R>(value: Effect.Effect<A, E, R>, done: (a: A) => boolean) =>
  Effect.gen(function*() {
    let last = yield* value
    for (let i = 0; i < 100 && !done(last); i++) {
      yield* Effect.sleep("10 millis")
      last = yield* value
    }
    return last
  })

const tickMs = 5

/**
 * Watches this process's event loop for stalls; the function returned stops watching and gives the
 * longest stall in ms. A timer's lateness, counted up to the moment of stopping too, since a check
 * may fail right after a stall, before any timer could notice it.
 */
const watchStalls = (): (() => number) => {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last - tickMs)
    last = now
  }, tickMs)
  return () => {
    clearInterval(timer)
    return Math.round(Math.max(longest, performance.now() - last - tickMs))
  }
}

/**
 * Runs `scenario`, a timing check that a stall of this process longer than `toleranceMs` defeats
 * (the server under test and its clients share this event loop), at most `attempts` times. An
 * attempt that fails while the loop never stalled longer than that is a failure at once; one that
 * fails after such a stall is retried, and the last one's failure names the stalls. A success needs
 * no such luck: it is never retried.
 */
export const tolerating = <A, E, R>(toleranceMs: number, scenario: Effect.Effect<A, E, R>, attempts = 3) =>
  Effect.gen(function*() {
    const stalls: Array<number> = []
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const stopWatching = watchStalls()
      const exit = yield* Effect.exit(scenario)
      const stallMs = stopWatching()
      if (Exit.isSuccess(exit)) return exit.value
      stalls.push(stallMs)
      if (stallMs > toleranceMs && attempt < attempts) {
        console.log(`retrying a timing check: this process stalled ${stallMs} ms (it tolerates ${toleranceMs} ms)`)
        continue
      }
      const note = `[attempt ${attempt} of ${attempts}; longest stall of this process per attempt ${
        stalls.join(", ")
      } ms; the check tolerates ${toleranceMs} ms]`
      const failure = Cause.squash(exit.cause)
      if (failure instanceof Error) failure.message = `${failure.message} ${note}`
      return yield* Effect.die(failure instanceof Error ? failure : new Error(`${String(failure)} ${note}`))
    }
    return yield* Effect.die(new Error(`tolerating: ${attempts} attempts asked, none ran`))
  })

/**
 * A connection a server is expected to refuse by reset, which may come before or after the
 * handshake completes here: resolves at its close with the local port it used.
 */
export const refusedConnection = (port: number) =>
  Effect.async<{ readonly localPort: number | undefined }>((resume) => {
    let localPort: number | undefined
    const socket = Net.connect({ port, host: "127.0.0.1" })
    // The port is known once the kernel bound the socket, before any reset.
    socket.once("connect", () => (localPort = socket.localPort))
    socket.on("error", () => {})
    socket.once("close", () => resume(Effect.succeed({ localPort: localPort ?? socket.localPort })))
    return Effect.sync(() => socket.destroy())
  })

/**
 * A loopback port nothing listens on: one the kernel has just handed out, closed again. A fixed
 * one (port 1, say) may be served on some machine; a connection to this one is refused.
 */
export const closedPort = Effect.async<number>((resume) => {
  const server = Net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address() as Net.AddressInfo
    server.close(() => resume(Effect.succeed(port)))
  })
})
