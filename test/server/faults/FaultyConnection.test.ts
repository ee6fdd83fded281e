/**
 * The faulty echo path on real sockets, in process: every byte in order under the pacing faults,
 * half-close, the limits cut at exactly their byte count, timeouts keep their meaning, and the close
 * records say which faults applied.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FastCheck from "effect/FastCheck"
import * as Logger from "effect/Logger"
import * as LogFields from "../../../src/server/LogFields.js"
import * as Scope from "effect/Scope"
import * as Crypto from "node:crypto"
import { performance } from "node:perf_hooks"
import * as EchoServer from "../../../src/server/EchoServer.js"
import type * as Faults from "../../../src/server/faults/Faults.js"
import { connect, echo, eventually, roundTrip, whenClosed } from "../../helpers.js"
import * as Layers from "../../layers.js"
import { quietlyTuned, tuned } from "../../layers.js"

/** The server's log lines (annotations included), for the close records. */
const records: Array<Record<string, unknown>> = []
const recording = Logger.replace(
  Logger.defaultLogger,
  Logger.make(({ annotations, message }) => {
    const parts: Array<unknown> = Array.isArray(message) ? message : [message]
    const fields: Record<string, unknown> = { msg: parts.filter((part) => !(part instanceof LogFields.LogFields)).join(" ") }
    for (const part of parts) if (part instanceof LogFields.LogFields) Object.assign(fields, part.values)
    for (const [key, value] of annotations) fields[key] = value
    records.push(fields)
  })
)

/** A server on 127.0.0.1 port 0 whose connections all get `faults`. */
const serve = (faults: Partial<Faults.Faults>, overrides: Partial<EchoServer.Config> = {}) =>
  Layers.serve({ faults: { probability: 1, ...faults }, ...overrides })

const chunks = (payload: Buffer, size: number): Array<Buffer> =>
  Array.from({ length: Math.ceil(payload.length / size) }, (_, i) => payload.subarray(i * size, (i + 1) * size))

/** Sends `payload` on a fresh connection, half-closes, and reads until the server ends it. */
const exchange = (port: number, payload: Buffer) => echo(port, chunks(payload, 7_000))

describe("FaultyConnection: every byte in order", () => {
  it.scopedLive("echoes every byte in order through latency, bandwidth and slice, then FIN on half-close", () =>
    Effect.gen(function*() {
      const server = yield* serve({
        latency: { ms: 5, jitterMs: 5 },
        bandwidth: { bytesPerSecond: 4 * 1024 * 1024 },
        slice: { bytes: 1000, delayMs: 0 }
      })
      const payload = Crypto.randomBytes(300_000)
      const result = yield* exchange(server.address.port, payload)
      expect(result.error).toBeUndefined()
      expect(result.received.equals(payload)).toBe(true)
      // 300 kB at 4 MiB/s takes at least 70 ms.
      expect(result.closedAfterMs).toBeGreaterThan(65)
      const stats = yield* eventually(server.stats, (stats) => stats.active === 0)
      expect(stats.closed["client-fin"]).toBe(1)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("any mix of pacing faults keeps every byte in order", () =>
    Effect.gen(function*() {
      const property = FastCheck.asyncProperty(
        FastCheck.record({
          latency: FastCheck.option(FastCheck.record({ ms: FastCheck.nat(5), jitterMs: FastCheck.nat(5) }), { nil: undefined }),
          bandwidth: FastCheck.option(
            FastCheck.record({ bytesPerSecond: FastCheck.integer({ min: 1_000_000, max: 50_000_000 }) }),
            { nil: undefined }
          ),
          slice: FastCheck.option(
            FastCheck.record({ bytes: FastCheck.integer({ min: 1, max: 5000 }), delayMs: FastCheck.constant(0) }),
            { nil: undefined }
          )
        }),
        FastCheck.integer({ min: 0, max: 60_000 }),
        (faults, size) =>
          Effect.runPromise(Effect.scoped(Effect.gen(function*() {
            const server = yield* serve(Object.fromEntries(Object.entries(faults).filter(([, v]) => v !== undefined)))
            const payload = Crypto.randomBytes(size)
            const result = yield* exchange(server.address.port, payload)
            expect(result.error).toBeUndefined()
            expect(result.received.equals(payload)).toBe(true)
          })).pipe(Effect.provide(quietlyTuned)))
      )
      yield* Effect.promise(() => FastCheck.assert(property, { numRuns: 25 }))
    }))

})

describe("FaultyConnection: limits cut at exactly N bytes", () => {
  it.scopedLive("close-after: exactly N bytes, then FIN; the rest the client sends is dropped", () =>
    Effect.gen(function*() {
      const server = yield* serve({ closeAfter: { bytes: 4097 } })
      const payload = Crypto.randomBytes(100_000)
      const result = yield* exchange(server.address.port, payload)
      expect(result.error).toBeUndefined()
      expect(result.received.equals(payload.subarray(0, 4097))).toBe(true)
      const stats = yield* eventually(server.stats, (stats) => stats.active === 0)
      expect(stats.closed["fault-close"]).toBe(1)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("reset-after: exactly N bytes, then ECONNRESET", () =>
    Effect.gen(function*() {
      const server = yield* serve({ latency: { ms: 1, jitterMs: 0 }, resetAfter: { bytes: 10_000 } })
      const payload = Crypto.randomBytes(100_000)
      const result = yield* exchange(server.address.port, payload)
      expect(result.error).toBe("ECONNRESET")
      expect(result.received.equals(payload.subarray(0, 10_000))).toBe(true)
      const stats = yield* eventually(server.stats, (stats) => stats.active === 0)
      expect(stats.closed["fault-reset"]).toBe(1)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("the first limit reached acts; at the same count reset comes before close", () =>
    Effect.gen(function*() {
      const payload = Crypto.randomBytes(50_000)
      const first = yield* serve({ closeAfter: { bytes: 3000 }, resetAfter: { bytes: 9000 } })
      const closed = yield* exchange(first.address.port, payload)
      expect([closed.received.length, closed.error]).toEqual([3000, undefined])
      const tie = yield* serve({ closeAfter: { bytes: 3000 }, resetAfter: { bytes: 3000 } })
      const reset = yield* exchange(tie.address.port, payload)
      expect([reset.received.length, reset.error]).toEqual([3000, "ECONNRESET"])
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("a limit of 0 acts at accept", () =>
    Effect.gen(function*() {
      const server = yield* serve({ closeAfter: { bytes: 0 } })
      const result = yield* exchange(server.address.port, Buffer.from("hello"))
      expect(result.error).toBeUndefined()
      expect(result.received.length).toBe(0)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("stall-after: N bytes, then nothing; the client's sends block; no read timeout; a reset ends it", () =>
    Effect.gen(function*() {
      const server = yield* serve({ stallAfter: { bytes: 5000 } }, { readTimeout: Duration.millis(200) })
      const client = yield* connect(server.address.port)
      let received = 0
      client.on("data", (data: Buffer) => (received += data.length))
      client.on("error", () => {})
      const chunk = Buffer.alloc(64 * 1024, 1)
      // Writes until the kernel stops taking them: the server no longer reads.
      for (let i = 0; i < 400 && client.writableLength === 0; i++) {
        client.write(chunk)
        yield* Effect.sleep("5 millis")
      }
      yield* Effect.sleep("600 millis")
      expect(received).toBe(5000)
      expect(client.writableLength).toBeGreaterThan(0)
      expect(client.destroyed).toBe(false)
      const stalled = yield* server.stats
      expect(stalled.active).toBe(1)
      expect(stalled.closed["read-timeout"]).toBe(0)
      // A FIN would wait behind the client's unsent bytes; an RST does not.
      const left = performance.now()
      client.resetAndDestroy()
      const stats = yield* eventually(Effect.zipRight(Effect.sleep("20 millis"), server.stats), (s) => s.active === 0)
      expect(stats.active).toBe(0)
      expect(stats.closed.reset).toBe(1)
      expect(performance.now() - left).toBeLessThan(2500)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("stall-after: a client that closes with FIN is seen within about a second", () =>
    Effect.gen(function*() {
      const server = yield* serve({ stallAfter: { bytes: 3 } }, { readTimeout: Duration.zero })
      const client = yield* connect(server.address.port)
      const payload = Buffer.from("hello")
      expect((yield* roundTrip(client, payload.subarray(0, 3))).toString()).toBe("hel")
      client.write(payload.subarray(3))
      yield* Effect.sleep("1200 millis")
      expect((yield* server.stats).active).toBe(1)
      const left = performance.now()
      client.end()
      const closed = yield* whenClosed(client, left)
      expect(closed.fin).toBe(true)
      expect(closed.afterMs).toBeLessThan(2500)
      const stats = yield* eventually(server.stats, (s) => s.active === 0)
      expect(stats.closed["client-fin"]).toBe(1)
    }).pipe(Effect.provide(quietlyTuned)))

})

describe("FaultyConnection: timeouts and memory", () => {
  it.scopedLive("the read timeout does not count the time bytes are held", () =>
    Effect.gen(function*() {
      const server = yield* serve({ latency: { ms: 300, jitterMs: 0 } }, { readTimeout: Duration.millis(150) })
      const client = yield* connect(server.address.port)
      const started = performance.now()
      const payload = Buffer.from("ping")
      expect((yield* roundTrip(client, payload)).equals(payload)).toBe(true)
      const echoedAt = performance.now()
      expect(echoedAt - started).toBeGreaterThanOrEqual(300)
      const closed = yield* whenClosed(client, echoedAt)
      // Idle from the echo on: closed one read timeout later, not at once.
      expect(closed.afterMs).toBeGreaterThanOrEqual(140)
      expect(closed.afterMs).toBeLessThan(400)
      const stats = yield* eventually(server.stats, (stats) => stats.active === 0)
      expect(stats.closed["read-timeout"]).toBe(1)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("the write timeout still resets a client that does not read", () =>
    Effect.gen(function*() {
      const server = yield* serve({ latency: { ms: 10, jitterMs: 0 } }, {
        readTimeout: Duration.zero,
        writeTimeout: Duration.millis(200)
      })
      const client = yield* connect(server.address.port)
      client.pause()
      const chunk = Buffer.alloc(64 * 1024)
      const writer = setInterval(() => client.writableLength < 1024 * 1024 && client.write(chunk), 1)
      const closed = yield* Effect.async<string | undefined>((resume) => {
        client.on("error", (error: NodeJS.ErrnoException) => resume(Effect.succeed(error.code)))
        client.on("close", () => resume(Effect.succeed(undefined)))
      }).pipe(Effect.timeout("10 seconds"))
      clearInterval(writer)
      expect(closed).toBe("ECONNRESET")
      const stats = yield* eventually(server.stats, (stats) => stats.active === 0)
      expect(stats.closed["write-timeout"]).toBe(1)
    }).pipe(Effect.provide(quietlyTuned)))

  it.scopedLive("a client pushing 50 MB under --bandwidth 64k: the server takes only its bound", () =>
    Effect.gen(function*() {
      const server = yield* serve({ bandwidth: { bytesPerSecond: 64 * 1024 } }, {
        readTimeout: Duration.zero,
        writeTimeout: Duration.zero
      })
      const client = yield* connect(server.address.port)
      let received = 0
      client.on("data", (data: Buffer) => (received += data.length))
      const chunk = Buffer.alloc(1024 * 1024, 7)
      for (let round = 0; round < 50; round++) {
        client.write(chunk)
        yield* Effect.sleep("20 millis")
      }
      // The server read what the kernel buffers hold, what it echoed, and at most its bound more.
      const taken = 50 * 1024 * 1024 - client.writableLength
      expect(taken).toBeLessThan(16 * 1024 * 1024)
      expect(received).toBeLessThan(64 * 1024 * 1.5 + 16 * 1024)
    }).pipe(Effect.provide(quietlyTuned)))

})

describe("FaultyConnection: shutdown", () => {
  it.scopedLive("resets a connection whose bytes are still held, so the client cannot take a cut echo for whole", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const server = yield* serve({ latency: { ms: 5000, jitterMs: 0 } }, { shutdownTimeout: Duration.zero }).pipe(
        Scope.extend(scope)
      )
      const client = yield* connect(server.address.port)
      const closed = yield* Effect.fork(whenClosed(client, performance.now()))
      client.write("ping")
      yield* Effect.sleep("100 millis")
      yield* Scope.close(scope, Exit.void)
      const result = yield* Fiber.join(closed)
      expect(result.reset).toBe(true)
      expect(result.afterMs).toBeLessThan(2000)
    }).pipe(Effect.provide(quietlyTuned)))
})

describe("FaultyConnection: close records", () => {
  it.scopedLive("close records say whether faults applied and which", () =>
    Effect.gen(function*() {
      records.length = 0
      const faulty = yield* serve({ latency: { ms: 1, jitterMs: 2 }, slice: { bytes: 100, delayMs: 0 } })
      yield* exchange(faulty.address.port, Buffer.from("x"))
      const spared = yield* serve({ latency: { ms: 1, jitterMs: 0 }, probability: 0 })
      yield* exchange(spared.address.port, Buffer.from("x"))
      const plain = yield* serve({})
      yield* exchange(plain.address.port, Buffer.from("x"))
      yield* eventually(Effect.sync(() => records.filter((r) => r.msg === "connection closed")), (c) => c.length === 3)
      const closes = records.filter((r) => r.msg === "connection closed")
      expect(closes.map((r) => [r.faults, r.faultsApplied])).toEqual(
        expect.arrayContaining([["latency 1:2, slice 100", true], ["latency 1", false], [undefined, undefined]])
      )
      expect(records.map((r) => r.msg)).toContain("faults: latency 1:2, slice 100 on every connection")
      expect(yield* faulty.faults.stats).toMatchObject({ faulted: 1, spared: 0, byFault: { latency: 1, slice: 1 } })
      expect(yield* spared.faults.stats).toMatchObject({ faulted: 0, spared: 1 })
    }).pipe(Effect.provide(tuned()), Effect.provide(recording)))
})
