/**
 * The server's Effect metrics against real clients' own counts: exact, per connection, with live
 * transfers counted by `refresh` and never twice.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as Crypto from "node:crypto"
import * as Metrics from "../../src/server/Metrics.js"
import { connect, echo, eventually, refusedConnection, roundTrip, whenClosed } from "../helpers.js"
import { serve, tuning } from "./serving.js"

/** The readings the tests compare, before and after. */
const read = Effect.gen(function*() {
  const count = (metric: Metrics.Counter) => Effect.map(Metric.value(metric), (state) => state.count)
  return {
    accepted: yield* count(Metrics.connectionsAccepted),
    active: (yield* Metric.value(Metrics.connectionsActive)).value,
    clientFin: yield* count(Metrics.connectionsClosed["client-fin"]),
    readTimeouts: yield* count(Metrics.timeouts.read),
    overIpLimit: yield* count(Metrics.connectionsRejected["over-ip-limit"]),
    received: yield* count(Metrics.receivedBytes),
    sent: yield* count(Metrics.sentBytes),
    durations: (yield* Metric.value(Metrics.connectionDuration)).count
  }
})

const rise = (before: Effect.Effect.Success<typeof read>, after: Effect.Effect.Success<typeof read>) =>
  Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof typeof before]]))

describe("Metrics", () => {
  it.scopedLive("N echo connections raise accepted and closed{client-fin} by N, the bytes by what the clients got back", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const before = yield* read
      const sizes = [0, 1, 100, 65_536, 300_001, 7]
      let echoed = 0
      for (const size of sizes) {
        const payload = Crypto.randomBytes(size)
        const result = yield* echo(server.address.port, [payload])
        expect(result.received.equals(payload)).toBe(true)
        echoed += result.received.length
      }
      const after = yield* eventually(read, (now) => now.clientFin - before.clientFin === sizes.length)
      expect(rise(before, after)).toEqual({
        accepted: sizes.length,
        active: 0,
        clientFin: sizes.length,
        readTimeouts: 0,
        overIpLimit: 0,
        received: echoed,
        sent: echoed,
        durations: sizes.length
      })
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("refresh counts an open connection's bytes; its close adds only the rest", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const before = yield* read
      const client = yield* connect(server.address.port)
      yield* roundTrip(client, Buffer.alloc(1000, 1))
      expect(rise(before, yield* read)).toMatchObject({ accepted: 1, active: 1, received: 0, sent: 0 })
      yield* Metrics.refresh
      expect(rise(before, yield* read)).toMatchObject({ received: 1000, sent: 1000 })
      yield* roundTrip(client, Buffer.alloc(24, 2))
      client.end()
      yield* whenClosed(client, 0)
      const after = yield* eventually(read, (now) => now.active === before.active)
      expect(rise(before, after)).toMatchObject({ accepted: 1, active: 0, clientFin: 1, received: 1024, sent: 1024 })
      yield* Metrics.refresh
      expect(rise(before, yield* read)).toMatchObject({ received: 1024, sent: 1024 })
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("timeouts and refusals count by kind and reason", () =>
    Effect.gen(function*() {
      const server = yield* serve({ readTimeout: Duration.millis(100), maxConnectionsPerIp: 1 })
      const before = yield* read
      const silent = yield* connect(server.address.port)
      yield* refusedConnection(server.address.port)
      yield* whenClosed(silent, 0)
      const after = yield* eventually(read, (now) => now.readTimeouts > before.readTimeouts)
      expect(rise(before, after)).toMatchObject({ accepted: 1, active: 0, readTimeouts: 1, overIpLimit: 1, clientFin: 0 })
    }).pipe(Effect.provide(tuning)))
})
