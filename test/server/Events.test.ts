/**
 * The server's connection events, through a real server and real clients: what each subscriber
 * sees, the typed failures as values, and what a subscriber that does not keep up gets instead.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Metric from "effect/Metric"
import * as Stream from "effect/Stream"
import * as Crypto from "node:crypto"
import * as EchoServer from "../../src/server/EchoServer.js"
import * as Events from "../../src/server/Events.js"
import * as Metrics from "../../src/server/Metrics.js"
import { connect, echo, refusedConnection, whenClosed } from "../helpers.js"
import { serve, tuning } from "./serving.js"

type Event = EchoServer.ConnectionEvent

/** The events of `stream` until the server has closed. */
const all = (stream: Stream.Stream<Event>) => Effect.map(Stream.runCollect(stream), Chunk.toReadonlyArray)

describe("EchoServer.events", () => {
  it.scopedLive("a subscriber gets Accepted, Closed and Rejected in order, then the stream ends with the server", () =>
    Effect.gen(function*() {
      const server = yield* serve({ maxConnectionsPerIp: 1 })
      const events = yield* server.subscribe()
      const payloads = [Crypto.randomBytes(1000), Crypto.randomBytes(70_000)]
      for (const payload of payloads) expect((yield* echo(server.address.port, [payload])).received.equals(payload)).toBe(true)
      const held = yield* connect(server.address.port)
      yield* refusedConnection(server.address.port)
      held.end()
      yield* server.shutdown
      const seen = yield* all(events)
      const accepted = seen.filter((event) => event._tag === "Accepted")
      const closed = seen.filter((event) => event._tag === "Closed")
      expect(accepted.map((event) => event.id)).toEqual([1, 2, 3])
      expect(accepted.every((event) => event.peer.address === "127.0.0.1")).toBe(true)
      expect(closed.map(({ bytesIn, bytesOut, failure, id, reason }) => ({ id, reason, bytesIn, bytesOut, failure }))).toEqual([
        { id: 1, reason: "client-fin", bytesIn: 1000, bytesOut: 1000, failure: undefined },
        { id: 2, reason: "client-fin", bytesIn: 70_000, bytesOut: 70_000, failure: undefined },
        { id: 3, reason: "client-fin", bytesIn: 0, bytesOut: 0, failure: undefined }
      ])
      // Each connection's Closed comes after its Accepted; the refused one was never accepted.
      for (const event of closed) expect(seen.indexOf(event)).toBeGreaterThan(seen.indexOf(accepted[event.id - 1]!))
      expect(seen.filter((event) => event._tag === "Rejected")).toEqual([
        EchoServer.ConnectionEvent.Rejected({ reason: "over-ip-limit", peer: { address: "127.0.0.1", port: expect.any(Number) } })
      ])
      expect(seen).toHaveLength(7)
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("Closed carries the typed failure as a value: ReadTimeout, ConnectionError", () =>
    Effect.gen(function*() {
      const server = yield* serve({ readTimeout: Duration.millis(100) })
      const events = yield* server.subscribe()
      const silent = yield* connect(server.address.port)
      yield* whenClosed(silent, 0)
      const reset = yield* connect(server.address.port)
      reset.resetAndDestroy()
      yield* server.shutdown
      const closes = (yield* all(events)).filter((event) => event._tag === "Closed")
      expect(closes.map((event) => event.reason)).toEqual(["read-timeout", "reset"])
      const [timedOut, wasReset] = closes.map((event) => event.failure)
      expect(timedOut).toBeInstanceOf(EchoServer.ReadTimeout)
      expect(timedOut).toMatchObject({ _tag: "ReadTimeout", limitMs: 100, peer: { address: "127.0.0.1" } })
      expect((timedOut as EchoServer.ReadTimeout).waitedMs).toBeGreaterThanOrEqual(100)
      expect(wasReset).toBeInstanceOf(EchoServer.ConnectionError)
      expect(wasReset).toMatchObject({ _tag: "ConnectionError", code: "ECONNRESET" })
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("a subscriber that does not read loses the newest events past its buffer, told how many", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const slow = yield* server.subscribe({ bufferSize: 5 })
      const keeping = yield* server.subscribe()
      const dropsBefore = (yield* Metric.value(Metrics.eventsDropped)).count
      const payload = Buffer.from("not held up")
      for (let i = 0; i < 10; i++) expect((yield* echo(server.address.port, [payload])).received.equals(payload)).toBe(true)
      yield* server.shutdown
      const slowSeen = yield* all(slow)
      expect(slowSeen).toHaveLength(6)
      expect(slowSeen.slice(0, 5).every((event) => event._tag === "Accepted" || event._tag === "Closed")).toBe(true)
      expect(slowSeen[5]).toEqual(EchoServer.ConnectionEvent.Lagged({ dropped: 15 }))
      expect((yield* Metric.value(Metrics.eventsDropped)).count - dropsBefore).toBe(15)
      expect(yield* all(keeping)).toHaveLength(20)
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("events runs as a stream of its own, forked; after the server closed a new one ends at once", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const fiber = yield* Effect.fork(all(server.events))
      // The fork subscribes when it first runs: let it.
      yield* Effect.sleep("20 millis")
      yield* echo(server.address.port, [Buffer.from("x")])
      yield* server.shutdown
      expect((yield* Fiber.join(fiber)).map((event) => event._tag)).toEqual(["Accepted", "Closed"])
      yield* server.closed
      expect(yield* all(server.events)).toEqual([])
    }).pipe(Effect.provide(tuning)))
})

describe("Events.Hub", () => {
  it.scopedLive("subscribers are woken at most once per wakeIntervalMs, whatever the rate of events", () =>
    Effect.gen(function*() {
      const hub = new Events.Hub()
      const chunks: Array<number> = []
      const reading = yield* Effect.fork(Stream.runForEachChunk(yield* hub.subscribe(), (chunk) =>
        Effect.sync(() => chunks.push(chunk.length))))
      const started = performance.now()
      // 300 events, each in an event-loop turn of its own: one wake per turn would be 300 chunks.
      yield* Effect.promise(() =>
        new Promise<void>((done) => {
          let sent = 0
          const next = () => {
            hub.publish(EchoServer.ConnectionEvent.Lagged({ dropped: sent }))
            if (++sent < 300) setImmediate(next)
            else done()
          }
          next()
        })
      )
      hub.end()
      yield* Fiber.join(reading)
      const elapsed = performance.now() - started
      expect(chunks.reduce((sum, n) => sum + n, 0)).toBe(300)
      expect(chunks.length).toBeLessThanOrEqual(Math.floor(elapsed / Events.wakeIntervalMs) + 1)
    }))
})
