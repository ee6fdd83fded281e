/**
 * `tcp-echo serve --admin-port`, on the built binary: exact counts at /metrics against a real
 * client's own, promtool's verdict, readiness through a shutdown, and a port in use.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Crypto from "node:crypto"
import * as Net from "node:net"
import type { TestContext } from "vitest"
import { runCli, type Served, startServer } from "../cli.js"
import { connect, echo, roundTrip } from "../helpers.js"
import { promtoolCheck, samples } from "../admin/promtool.js"

const adminPort = (server: Served): number => Number(/admin on http:\/\/127\.0\.0\.1:(\d+)/.exec(server.stderr())![1])

const get = (port: number, path: string) =>
  Effect.promise(async () => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`)
    return { status: response.status, type: response.headers.get("content-type"), body: await response.text() }
  })

const stop = (server: Served) =>
  Effect.promise(() => (server.child.kill("SIGTERM"), server.exited))

describe("tcp-echo serve --admin-port", () => {
  it.live("after N echo connections /metrics counts exactly N and the bytes the client got back; promtool passes it", (ctx: TestContext) =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--admin-port", "0"]))
      expect(server.stderr().indexOf("admin on")).toBeLessThan(server.stderr().indexOf("listening on"))
      const admin = adminPort(server)
      const connections = 25
      let echoed = 0
      for (let i = 0; i < connections; i++) {
        const payload = Crypto.randomBytes(Crypto.randomInt(0, 200_000))
        const result = yield* echo(server.port, [payload])
        expect(result.received.equals(payload)).toBe(true)
        echoed += result.received.length
      }
      let scrape = yield* get(admin, "/metrics")
      for (let i = 0; i < 100 && samples(scrape.body).get("tcp_echo_connections_active") !== 0; i++) {
        yield* Effect.sleep("10 millis")
        scrape = yield* get(admin, "/metrics")
      }
      yield* stop(server)
      expect(scrape.status).toBe(200)
      expect(scrape.type).toMatch(/^text\/plain; version=0\.0\.4/)
      const found = samples(scrape.body)
      expect({
        accepted: found.get("tcp_echo_connections_accepted_total"),
        active: found.get("tcp_echo_connections_active"),
        clientFin: found.get("tcp_echo_connections_closed_total{reason=\"client-fin\"}"),
        received: found.get("tcp_echo_received_bytes_total"),
        sent: found.get("tcp_echo_sent_bytes_total"),
        durations: found.get("tcp_echo_connection_duration_seconds_count"),
        slowest: found.get("tcp_echo_connection_duration_seconds_bucket{le=\"+Inf\"}")
      }).toEqual({
        accepted: connections,
        active: 0,
        clientFin: connections,
        received: echoed,
        sent: echoed,
        durations: connections,
        slowest: connections
      })
      for (const name of ["process_resident_memory_bytes", "process_open_fds", "process_cpu_seconds_total", "process_start_time_seconds"]) {
        expect(found.get(name), name).toBeGreaterThan(0)
      }
      const checked = promtoolCheck(scrape.body)
      if ("skip" in checked) {
        console.log(`skipped promtool check: ${checked.skip}`)
        return ctx.skip()
      }
      expect(checked).toEqual({ problems: "", ok: true })
    }))

  it.live("/readyz turns 503 the moment SIGTERM starts the drain; /healthz and /metrics serve until exit", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() =>
        startServer(["--admin-port", "0", "--timeout", "0", "--shutdown-timeout", "5"])
      )
      const admin = adminPort(server)
      expect((yield* get(admin, "/readyz")).status).toBe(200)
      const client = yield* connect(server.port)
      expect((yield* roundTrip(client, Buffer.from("held"))).toString()).toBe("held")
      server.child.kill("SIGTERM")
      let ready = yield* get(admin, "/readyz")
      for (let i = 0; i < 100 && ready.status === 200; i++) ready = yield* get(admin, "/readyz")
      expect(ready).toMatchObject({ status: 503, body: "not accepting\n" })
      expect((yield* get(admin, "/healthz")).status).toBe(200)
      expect(samples((yield* get(admin, "/metrics")).body).get("tcp_echo_connections_active")).toBe(1)
      // Still draining: the held connection is served.
      expect((yield* roundTrip(client, Buffer.from("still"))).toString()).toBe("still")
      client.end()
      expect(yield* Effect.promise(() => server.exited)).toBe(0)
      const refused = yield* Effect.either(get(admin, "/healthz").pipe(Effect.timeout("2 seconds"), Effect.catchAllDefect(Effect.fail)))
      expect(refused._tag).toBe("Left")
    }).pipe(Effect.scoped))

  it.live("an admin port in use is one line and exit 1, before serving", () =>
    Effect.gen(function*() {
      const taken = Net.createServer()
      yield* Effect.acquireRelease(
        Effect.async<void>((resume) => void taken.listen(0, "127.0.0.1", () => resume(Effect.void))),
        () => Effect.sync(() => taken.close())
      )
      const port = (taken.address() as Net.AddressInfo).port
      const ran = runCli(["serve", "--port", "0", "--admin-port", String(port)])
      expect(ran.code).toBe(1)
      expect(ran.stdout).toBe("")
      expect(ran.stderr).toBe(`tcp-echo: admin server: cannot listen on 127.0.0.1:${port}: address already in use\n`)
    }).pipe(Effect.scoped))

  it("--admin-port out of range is a usage error", () => {
    const ran = runCli(["serve", "--admin-port", "70000"])
    expect(ran.code).toBe(2)
    expect(ran.stderr).toMatch(/^tcp-echo: --admin-port: expected a decimal integer from 0 to 65535, got "70000"\n$/)
  })
})

const send = (port: number, method: string, path: string, body?: string) =>
  Effect.promise(async () => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, ...(body === undefined ? {} : { body }) })
    return { status: response.status, body: await response.text() }
  })

describe("tcp-echo serve --admin-port: /faults", () => {
  it.live("GET, PUT and DELETE change the faults of new connections; a bad body is a 400 and changes nothing", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--admin-port", "0"]))
      const admin = adminPort(server)
      const none = yield* get(admin, "/faults")
      const put = yield* send(admin, "PUT", "/faults", JSON.stringify({ closeAfter: { bytes: 10 }, probability: 1 }))
      const afterPut = yield* get(admin, "/faults")
      // A new connection now gets exactly 10 bytes back, then FIN.
      const cut = yield* echo(server.port, [Buffer.alloc(100, 7)])
      const badJson = yield* send(admin, "PUT", "/faults", "{closeAfter")
      const badValue = yield* send(admin, "PUT", "/faults", JSON.stringify({ closeAfter: { bytes: -1 } }))
      const unchanged = yield* get(admin, "/faults")
      const cleared = yield* send(admin, "DELETE", "/faults")
      const whole = yield* echo(server.port, [Buffer.alloc(100, 7)])
      yield* stop(server)
      expect(none.status).toBe(200)
      expect(put.status).toBe(200)
      expect(JSON.parse(afterPut.body)).toMatchObject({ closeAfter: { bytes: 10 }, probability: 1 })
      expect(cut.received.length).toBe(10)
      expect(badJson.status).toBe(400)
      expect(badJson.body.trim().split("\n")).toHaveLength(1)
      expect(badValue.status).toBe(400)
      expect(unchanged.body).toBe(afterPut.body)
      expect(cleared.status).toBe(200)
      expect(JSON.parse(cleared.body).closeAfter).toBeUndefined()
      expect(whole.received.length).toBe(100)
    }))
})
