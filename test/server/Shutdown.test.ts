/**
 * The shutdown a host program starts without closing the scope: status, drained and closed, on real
 * connections; the scope's closing then takes the same path and only waits.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Scope from "effect/Scope"
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { connect, roundTrip, whenClosed } from "../helpers.js"
import { serve, tuning } from "./serving.js"

/** The error code of a connection attempt to 127.0.0.1:port, or "connected". */
const attempt = (port: number) =>
  Effect.async<string>((resume) => {
    const socket = Net.connect(port, "127.0.0.1")
    socket.once("connect", () => (socket.destroy(), resume(Effect.succeed("connected"))))
    socket.once("error", (error: NodeJS.ErrnoException) => resume(Effect.succeed(error.code ?? error.message)))
  })

describe("EchoServer.shutdown", () => {
  it.scopedLive("stops accepting at once, lets an open connection finish, then reports drained and closed", () =>
    Effect.gen(function*() {
      const server = yield* serve({ readTimeout: Duration.zero })
      const open = yield* connect(server.address.port)
      expect(yield* server.status).toBe("serving")
      yield* server.shutdown
      expect(yield* server.status).toBe("draining")
      yield* server.shutdown
      const drained = yield* Effect.fork(server.drained)
      expect(yield* attempt(server.address.port)).toBe("ECONNREFUSED")
      expect((yield* roundTrip(open, Buffer.from("still served"))).toString()).toBe("still served")
      expect(drained.unsafePoll()).toBeNull()
      open.end()
      expect(yield* Fiber.join(drained)).toBe(true)
      yield* server.closed
      expect(yield* server.status).toBe("closed")
      const stats = yield* server.stats
      expect(stats.closed["client-fin"]).toBe(1)
      expect(stats.active).toBe(0)
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("at shutdownTimeout the rest are closed: drained is false, closed follows", () =>
    Effect.gen(function*() {
      const server = yield* serve({ readTimeout: Duration.zero, shutdownTimeout: Duration.millis(200) })
      const open = yield* connect(server.address.port)
      const started = performance.now()
      const closedByServer = yield* Effect.fork(whenClosed(open, started))
      yield* server.shutdown
      expect(yield* server.drained).toBe(false)
      yield* server.closed
      const took = performance.now() - started
      const seen = yield* Fiber.join(closedByServer)
      expect(took).toBeGreaterThanOrEqual(195)
      expect(took).toBeLessThan(1500)
      expect(seen.fin).toBe(true)
      expect((yield* server.stats).closed.shutdown).toBe(1)
    }).pipe(Effect.provide(tuning)))

  it.effect("closing the scope after a shutdown the host started only waits for it", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const server = yield* serve().pipe(Scope.extend(scope))
      yield* server.shutdown
      yield* Scope.close(scope, Exit.void)
      expect(yield* server.status).toBe("closed")
      expect(yield* attempt(server.address.port)).toBe("ECONNREFUSED")
    }).pipe(Effect.provide(tuning)))
})
