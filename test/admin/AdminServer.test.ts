/**
 * The admin HTTP server on a real port: routing (404, 405, HEAD), readiness, and its limits against
 * slow, idle, oversized and malformed clients, none of which holds it or an echo server beside it.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import * as AdminServer from "../../src/admin/AdminServer.js"
import * as Routes from "../../src/admin/Routes.js"
import { route, text } from "../../src/admin/Router.js"
import { connect, roundTrip } from "../helpers.js"
import { serve, tuning } from "../server/serving.js"

const limits: AdminServer.Config = {
  ...AdminServer.defaultConfig,
  headersTimeout: Duration.seconds(1),
  requestTimeout: Duration.seconds(2),
  maxHeaderSize: 1024,
  maxBodySize: 100
}

/** An admin server with the health routes (readiness read from `ready`) and a PUT route that echoes its body. */
const admin = (ready: { value: boolean }, config: Partial<AdminServer.Config> = {}) =>
  AdminServer.make({ ...limits, ...config }, [
    ...Routes.health(Effect.sync(() => ready.value)),
    route("PUT", "/body", (request) => Effect.succeed(text(200, request.body)))
  ])

const request = (port: number, path: string, init: RequestInit = {}) =>
  Effect.promise(async () => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init)
    return { status: response.status, body: await response.text(), headers: response.headers }
  })

/** Sends `text` on a fresh connection and resolves with all it got back and when the server closed it. */
const raw = (port: number, text: string, options: { readonly dripMs?: number } = {}) =>
  Effect.async<{ readonly response: string; readonly afterMs: number }>((resume) => {
    const started = performance.now()
    const socket = Net.connect(port, "127.0.0.1")
    let response = ""
    let drip: NodeJS.Timeout | undefined
    socket.setEncoding("utf8").on("data", (chunk: string) => (response += chunk))
    socket.on("error", () => {})
    socket.once("close", () => {
      clearInterval(drip)
      resume(Effect.succeed({ response, afterMs: performance.now() - started }))
    })
    if (options.dripMs === undefined) socket.write(text)
    else {
      let sent = 0
      drip = setInterval(() => socket.write(text[sent++ % text.length]!), options.dripMs)
    }
    return Effect.sync(() => (clearInterval(drip), socket.destroy()))
  })

describe("AdminServer", () => {
  it.scopedLive("routes: 200, HEAD without a body, 404 for another path, 405 with Allow for another method", () =>
    Effect.gen(function*() {
      const { port } = yield* admin({ value: true })
      expect(yield* request(port, "/healthz")).toMatchObject({ status: 200, body: "ok\n" })
      expect(yield* request(port, "/healthz", { method: "HEAD" })).toMatchObject({ status: 200, body: "" })
      expect(yield* request(port, "/nothing")).toMatchObject({ status: 404 })
      const post = yield* request(port, "/readyz", { method: "POST" })
      expect(post.status).toBe(405)
      expect(post.headers.get("allow")).toBe("GET, HEAD")
      expect((yield* request(port, "/body", { method: "GET" })).headers.get("allow")).toBe("PUT")
      expect(yield* request(port, "/body", { method: "PUT", body: "x".repeat(100) })).toMatchObject({ status: 200, body: "x".repeat(100) })
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("/readyz follows readiness: 200, then 503", () =>
    Effect.gen(function*() {
      const ready = { value: true }
      const { port } = yield* admin(ready)
      expect(yield* request(port, "/readyz")).toMatchObject({ status: 200 })
      ready.value = false
      expect(yield* request(port, "/readyz")).toMatchObject({ status: 503 })
      expect(yield* request(port, "/healthz")).toMatchObject({ status: 200 })
    }))

  it.scopedLive("oversized bodies get 413, oversized heads 431, garbage 400", () =>
    Effect.gen(function*() {
      const { port } = yield* admin({ value: true })
      expect(yield* request(port, "/body", { method: "PUT", body: "x".repeat(101) })).toMatchObject({ status: 413 })
      const bigHead = yield* raw(port, `GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: ${"b".repeat(2000)}\r\n\r\n`)
      expect(bigHead.response).toMatch(/^HTTP\/1\.1 431 /)
      const garbage = yield* raw(port, "\x00\x01 not http at all\r\n\r\n")
      expect(garbage.response).toMatch(/^HTTP\/1\.1 400 /)
    }))

  it.scopedLive("a client dripping its head byte by byte, and one sending nothing, are closed on time; nobody else waits", () =>
    Effect.gen(function*() {
      const echo = yield* serve()
      const { port } = yield* admin({ value: true })
      const slow = yield* Effect.fork(raw(port, "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Slow: zzzzzzzzzzzzzzzzzzzzzzzz", { dripMs: 100 }))
      const silent = yield* Effect.fork(raw(port, "", { dripMs: 1_000_000 }))
      const client = yield* connect(echo.address.port)
      const slowest = { admin: 0, echo: 0 }
      for (let i = 0; i < 10; i++) {
        yield* Effect.sleep("100 millis")
        let started = performance.now()
        expect((yield* request(port, "/healthz")).status).toBe(200)
        slowest.admin = Math.max(slowest.admin, performance.now() - started)
        started = performance.now()
        expect((yield* roundTrip(client, Buffer.from("ping"))).toString()).toBe("ping")
        slowest.echo = Math.max(slowest.echo, performance.now() - started)
      }
      const [dripped, idle] = yield* Effect.all([slow, silent].map((fiber) => fiber.await.pipe(Effect.flatMap(Exit.match({ onFailure: () => Effect.die("failed"), onSuccess: Effect.succeed })))))
      expect(slowest.admin).toBeLessThan(250)
      expect(slowest.echo).toBeLessThan(250)
      // headersTimeout 1 s, checked every 0.5 s; the server's answer is 408.
      expect(dripped!.response).toMatch(/^HTTP\/1\.1 408 /)
      expect(dripped!.afterMs).toBeGreaterThanOrEqual(1000)
      expect(dripped!.afterMs).toBeLessThan(2500)
      expect(idle!.afterMs).toBeGreaterThanOrEqual(1000)
      expect(idle!.afterMs).toBeLessThan(3500)
    }).pipe(Effect.provide(tuning)))

  it.scopedLive("a port in use fails with AdminError naming the address", () =>
    Effect.gen(function*() {
      const { port } = yield* admin({ value: true })
      const error = yield* Effect.flip(Effect.scoped(admin({ value: true }, { port })))
      expect(error._tag).toBe("AdminError")
      expect(error.message).toBe(`admin server: cannot listen on 127.0.0.1:${port}: address already in use`)
    }))
})
