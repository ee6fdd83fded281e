import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Bench from "../../src/client/Bench.js"
import * as BenchReport from "../../src/client/BenchReport.js"
import { faultyEcho, runCliAsync } from "./helpers.js"
import { runCli, startServer } from "../cli.js"
import { closedPort } from "../helpers.js"
import { quietlyTuned, serve } from "../layers.js"

const tuned = quietlyTuned


const bench = (port: number, mode: Bench.Mode, overrides: Partial<Bench.Config> = {}) =>
  Bench.run({
    host: "127.0.0.1",
    port,
    mode,
    connections: 8,
    size: Bench.defaultSize(mode),
    duration: Duration.millis(300),
    ...overrides
  })

const clean = (result: Bench.Result) => {
  expect(result.mismatches).toBe(0)
  expect(result.unexpectedBytes).toBe(0)
  expect(result.errors).toBe(0)
  expect(result.opened).toBeGreaterThan(0)
}

describe("Bench against the real server", () => {
  it.scopedLive("pingpong: round trips, every byte verified", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const result = yield* bench(server.address.port, "pingpong")
      clean(result)
      expect(result.operations).toBeGreaterThan(0)
      expect(result.latency?.count).toBe(result.operations)
      expect(result.closedByServer).toBe(0)
      expect(BenchReport.resultJson(result)).toMatchObject({ mode: "pingpong", connections: 8, mismatches: 0 })
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("pingpong with messages larger than the socket buffers", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const result = yield* bench(server.address.port, "pingpong", { connections: 4, size: 300_000 })
      clean(result)
      expect(result.operations).toBeGreaterThan(0)
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("bulk: verified echoed bytes", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const result = yield* bench(server.address.port, "bulk", { connections: 2 })
      clean(result)
      expect(result.bytesEchoed).toBeGreaterThan(0)
      expect(result.bytesEchoed).toBeLessThanOrEqual(result.bytesSent)
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("churn: completed connections, each ended by the server's EOF", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const result = yield* bench(server.address.port, "churn", { connections: 4 })
      clean(result)
      expect(result.operations).toBeGreaterThan(0)
      expect(result.eofMissing).toBe(0)
      expect(result.closedEarly).toBe(0)
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("idle: all open and held while the read timeout is longer than the hold", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const result = yield* bench(server.address.port, "idle", { connections: 20 })
      clean(result)
      expect(result.opened).toBe(20)
      expect(result.closedByServer).toBe(0)
      expect(result.stillOpen).toBe(20)
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("idle: the server's read timeout closes them, timed from connect", () =>
    Effect.gen(function*() {
      const server = yield* serve({ readTimeout: Duration.millis(100) })
      const result = yield* bench(server.address.port, "idle", { connections: 20, duration: Duration.millis(600) })
      expect(result.opened).toBe(20)
      expect(result.closedByServer).toBeGreaterThan(0)
      expect(result.closeTimes?.min).toBeGreaterThanOrEqual(90e6)
    }).pipe(Effect.provide(tuned)))
})

describe("Bench against a wrong server", () => {
  it.scopedLive("pingpong counts the flipped bytes as mismatches and fails the verdict", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Corrupt", every: 1000 })
      const result = yield* bench(port, "pingpong")
      expect(result.mismatches).toBeGreaterThan(0)
      const verdict = yield* Effect.exit(Bench.verdict(result))
      expect(Exit.isFailure(verdict)).toBe(true)
    }))

  it.scopedLive("bulk stops a connection at its first wrong byte", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Corrupt", every: 100_000 })
      const result = yield* bench(port, "bulk", { connections: 2 })
      expect(result.mismatches).toBe(2)
    }))

  it.scopedLive("churn and extra bytes: bytes never sent", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Extra" })
      const result = yield* bench(port, "churn", { connections: 2 })
      expect(result.mismatches).toBeGreaterThan(0)
      expect(result.unexpectedBytes).toBeGreaterThan(0)
    }))

  it.live("nothing listening: no connection opened, and the verdict says so", () =>
    Effect.gen(function*() {
      const port = yield* closedPort
      const result = yield* bench(port, "pingpong")
      expect(result.opened).toBe(0)
      expect(result.firstError).toBe("ECONNREFUSED")
      const verdict = yield* Effect.flip(Bench.verdict(result))
      expect(verdict.message).toBe(`no connection to 127.0.0.1:${port} could be opened (ECONNREFUSED)`)
    }))
})

describe("tcp-echo bench", () => {
  it.live("--json against the built server: one object, 0 mismatches, exit 0", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer([]))
      const ran = yield* runCliAsync([
        "bench",
        "--port",
        String(server.port),
        "--mode",
        "churn",
        "--connections",
        "4",
        "--duration",
        "0.3",
        "--json"
      ])
      server.child.kill("SIGKILL")
      expect(ran.code).toBe(0)
      expect(ran.stderr).toBe("")
      const lines = ran.stdout.trim().split("\n")
      expect(lines).toHaveLength(1)
      const json = JSON.parse(lines[0]!)
      expect(json).toMatchObject({ mode: "churn", connections: 4, size: 64, mismatches: 0, errors: 0, eofMissing: 0 })
      expect(json.completed).toBeGreaterThan(0)
      expect(json.connectionsPerSecond).toBeGreaterThan(0)
    }))

  it.scopedLive("a corrupting server: exit 1 with one line", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Corrupt", every: 500 })
      const ran = yield* runCliAsync(["bench", "--port", String(port), "--duration", "0.3", "--connections", "2"])
      expect(ran.code).toBe(1)
      expect(ran.stderr).toMatch(/^tcp-echo: bench: \d+ echoed chunk\(s\) differ from what was sent\n$/)
      expect(ran.stdout).toMatch(/mismatches [1-9]/)
    }))

  const bad: ReadonlyArray<readonly [ReadonlyArray<string>, RegExp]> = [
    [["bench", "--mode", "nope"], /--mode: expected pingpong, bulk, churn or idle, got "nope"/],
    [["bench", "--host", "::1::2"], /--host: expected an IP address or a host name, got "::1::2"/],
    [["bench", "--connections", "0"], /--connections: expected a decimal integer from 1/],
    [["bench", "--duration", "0"], /--duration: expected seconds from 0.001/],
    [["bench", "--size", "0"], /--size: expected bytes/]
  ]
  for (const [args, message] of bad) {
    it(`${JSON.stringify(args.join(" "))} exits 2 with one line`, () => {
      const { code, stderr, stdout } = runCli(args)
      expect(code).toBe(2)
      expect(stdout).toBe("")
      expect(stderr.trimEnd().split("\n")).toHaveLength(1)
      expect(stderr).toMatch(message)
    })
  }
})
