/**
 * Refused clients are reset, not closed with FIN: a client must never take a refusal for an empty
 * echo. And the warning that counts them names a few of them.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"
import * as Net from "node:net"
import { parseCidr } from "../../src/net.js"
import { LogFields } from "../../src/server/LogFields.js"
import { connect, eventually, roundTrip } from "../helpers.js"
import { serve, tuned } from "../layers.js"

interface Logged {
  readonly level: string
  readonly words: string
  readonly fields: Readonly<Record<string, unknown>>
}

/** The server's warnings, as a logger sees them (words and fields apart). */
const warnings: Array<Logged> = []
const recording = Logger.replace(
  Logger.defaultLogger,
  Logger.make(({ logLevel, message }) => {
    const parts = Array.isArray(message) ? message : [message]
    if (logLevel.label !== "WARN") return
    warnings.push({
      level: logLevel.label,
      words: parts.filter((p) => !(p instanceof LogFields)).join(" "),
      fields: Object.assign({}, ...parts.filter((p): p is LogFields => p instanceof LogFields).map((p) => p.values))
    })
  })
)

/**
 * A client that connects (from `localAddress`), sends a byte and reads, until the connection ends:
 * whether it saw a reset (on loopback it can come before the client's own connect event), a FIN,
 * or any echo. At most 5 s.
 */
const refusedClient = (port: number, localAddress = "127.0.0.1") =>
  Effect.async<{ readonly reset: boolean; readonly fin: boolean; readonly echoed: number }>((resume) => {
    let reset = false
    let fin = false
    let echoed = 0
    const client = Net.connect({ port, host: "127.0.0.1", localAddress })
    client.on("connect", () => client.write("x"))
    client.on("data", (chunk: Buffer) => (echoed += chunk.length))
    client.on("end", () => (fin = true))
    client.on("error", (e: NodeJS.ErrnoException) => (reset = e.code === "ECONNRESET" || e.code === "EPIPE"))
    client.on("close", () => resume(Effect.succeed({ reset, fin, echoed })))
    const timer = setTimeout(() => client.destroy(), 5000)
    return Effect.sync(() => (clearTimeout(timer), client.destroy()))
  })

const wasReset = { reset: true, fin: false, echoed: 0 }

describe("Admission: refusals are resets", () => {
  it.scopedLive("a client outside --allow reads ECONNRESET, never a FIN", () =>
    Effect.gen(function*() {
      warnings.length = 0
      const server = yield* serve({ allow: [Option.getOrThrow(parseCidr("10.0.0.0/8"))] })
      for (let i = 0; i < 3; i++) {
        expect(yield* refusedClient(server.address.port)).toEqual(wasReset)
      }
      expect((yield* eventually(server.stats, (s) => s.closed.refused === 3)).closed.refused).toBe(3)
      // The first refusal is logged at once; the next two wait for the scope's end (at most one line a second).
      expect(warnings[0]).toMatchObject({
        words: "reset 1 connection(s) at accept, from outside allow 10.0.0.0/8; clients 127.0.0.1",
        fields: { reason: "refused", count: 1, clients: ["127.0.0.1"] }
      })
    }).pipe(Effect.provide(tuned()), Effect.provide(recording)))

  it.scopedLive("one over --max-connections is reset, and served once a place is free", () =>
    Effect.gen(function*() {
      warnings.length = 0
      const server = yield* serve({ maxConnections: 1 })
      const first = yield* connect(server.address.port)
      expect((yield* roundTrip(first, Buffer.from("a"))).toString()).toBe("a")
      expect(yield* refusedClient(server.address.port)).toEqual(wasReset)
      expect((yield* eventually(server.stats, (s) => s.closed["over-limit"] === 1)).closed["over-limit"]).toBe(1)
      expect(warnings[0]?.words).toBe("reset 1 connection(s) at accept, over maxConnections 1; clients 127.0.0.1")
      first.destroy()
      yield* eventually(server.stats, (s) => s.active === 0)
      const next = yield* connect(server.address.port)
      expect((yield* roundTrip(next, Buffer.from("next"))).toString()).toBe("next")
    }).pipe(Effect.provide(tuned()), Effect.provide(recording)))

  it.scopedLive("--allow with a matching network serves", () =>
    Effect.gen(function*() {
      const server = yield* serve({
        allow: ["10.0.0.0/8", "127.0.0.0/8"].map((cidr) => Option.getOrThrow(parseCidr(cidr)))
      })
      const client = yield* connect(server.address.port)
      expect((yield* roundTrip(client, Buffer.from("in"))).toString()).toBe("in")
    }).pipe(Effect.provide(tuned())))

  it.scopedLive("--max-connections-per-ip 5 serves exactly 5 connections from one address at once", () =>
    Effect.gen(function*() {
      const server = yield* serve({ maxConnectionsPerIp: 5 })
      const served = yield* Effect.forEach(Array.from({ length: 5 }), () => connect(server.address.port))
      for (const client of served) expect((yield* roundTrip(client, Buffer.from("ok"))).toString()).toBe("ok")
      expect(yield* refusedClient(server.address.port)).toEqual(wasReset)
      expect((yield* eventually(server.stats, (s) => s.closed["over-ip-limit"] === 1)).closed["over-ip-limit"]).toBe(1)
      // One leaves: the next one is served.
      served[0]!.destroy()
      yield* eventually(server.stats, (s) => s.active === 4)
      const next = yield* connect(server.address.port)
      expect((yield* roundTrip(next, Buffer.from("next"))).toString()).toBe("next")
    }).pipe(Effect.provide(tuned()), Effect.provide(recording)))

  it.live("one over --max-connections-per-ip is reset; other addresses are named, up to three", () =>
    Effect.gen(function*() {
      warnings.length = 0
      const server = yield* serve({ maxConnectionsPerIp: 1 })
      const port = server.address.port
      // Five loopback addresses, each holding its one connection; then one more from each is refused.
      const sources = ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"]
      const held = yield* Effect.forEach(sources, (localAddress) => connect(port, { localAddress } as Net.NetConnectOpts))
      for (const client of held) expect((yield* roundTrip(client, Buffer.from("ok"))).toString()).toBe("ok")
      for (const localAddress of sources) expect(yield* refusedClient(port, localAddress)).toEqual(wasReset)
      expect((yield* eventually(server.stats, (s) => s.closed["over-ip-limit"] === 5)).closed["over-ip-limit"]).toBe(5)
      expect((yield* server.stats).active).toBe(5)
    }).pipe(
      // The server's scope ends here, which flushes the warning of the four refusals after the first.
      Effect.scoped,
      Effect.provide(tuned()),
      Effect.provide(recording),
      Effect.tap(() => {
        expect(warnings.map((w) => w.words)).toEqual([
          "reset 1 connection(s) at accept, over maxConnectionsPerIp 1; clients 127.0.0.1",
          "reset 4 connection(s) at accept, over maxConnectionsPerIp 1; clients 127.0.0.2, 127.0.0.3, 127.0.0.4 and others"
        ])
        expect(warnings[1]!.fields).toEqual({
          reason: "over-ip-limit",
          count: 4,
          clients: ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
        })
      })
    ))
})
