/**
 * The faults' one validation (flags, JSON, library calls), their descriptions, and the runtime
 * handle on a real server: what `GET/PUT/DELETE /faults` will call.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { performance } from "node:perf_hooks"
import * as Faults from "../../../src/server/faults/Faults.js"
import { quietlyTuned, serve } from "../../layers.js"
import { connect, roundTrip } from "../../helpers.js"


const reason = (result: Either.Either<unknown, Faults.InvalidFaults>) =>
  Either.match(result, { onLeft: (error) => error.reason, onRight: () => "valid" })

describe("Faults: the JSON form", () => {
  it("decodes every fault, filling in defaults", () => {
    const text = JSON.stringify({
      latency: { ms: 50 },
      bandwidth: { bytesPerSecond: 65536 },
      slice: { bytes: 100, delayMs: 5 },
      closeAfter: { bytes: 1000 },
      resetAfter: { bytes: 2000 },
      stallAfter: { bytes: 3000 },
      probability: 0.5
    })
    const faults = Either.getOrThrow(Faults.decodeJson(text))
    expect(faults).toEqual({
      latency: { ms: 50, jitterMs: 0 },
      bandwidth: { bytesPerSecond: 65536 },
      slice: { bytes: 100, delayMs: 5 },
      closeAfter: { bytes: 1000 },
      resetAfter: { bytes: 2000 },
      stallAfter: { bytes: 3000 },
      probability: 0.5
    })
    expect(Faults.describe(faults)).toBe(
      "latency 50, bandwidth 64k, slice 100:5, reset-after 2000, close-after 1000, stall-after 3000"
    )
    expect(Faults.encode(faults)).toEqual(faults)
    expect(Faults.decodeJson("{}")).toEqual(Either.right(Faults.none))
    expect(Faults.describe(Faults.none)).toBe("none")
  })

  it.each([
    ["{", /^not JSON: /],
    ["[]", /^faults: Expected .*, actual \[\]$/],
    [`{"latency":{"ms":-1}}`, /^latency\.ms: expected an integer from 0 to 3600000, got -1$/],
    [`{"latency":{"ms":1.5}}`, /^latency\.ms: expected an integer from 0 to 3600000, got 1\.5$/],
    [`{"latency":{"ms":"50"}}`, /^latency\.ms: Expected number, actual "50"$/],
    [`{"latency":{}}`, /^latency\.ms: is missing$/],
    [`{"bandwidth":{"bytesPerSecond":0}}`, /^bandwidth\.bytesPerSecond: expected an integer from 1 to/],
    [`{"slice":{"bytes":0}}`, /^slice\.bytes: expected an integer from 1 to/],
    [`{"closeAfter":{"bytes":-5}}`, /^closeAfter\.bytes: expected an integer from 0 to/],
    [`{"probability":1.5}`, /^probability: expected a number from 0 to 1, got 1\.5$/],
    [`{"latncy":{"ms":5}}`, /^latncy: is unexpected/]
  ])("%s is refused with one line naming the field", (text, expected) => {
    const line = reason(Faults.decodeJson(text))
    expect(line).toMatch(expected)
    expect(line).not.toContain("\n")
  })
})

describe("Faults: the flags' syntax", () => {
  const { registry } = Faults
  it.each([
    [registry.latency, "50", { ms: 50, jitterMs: 0 }],
    [registry.latency, "20:10", { ms: 20, jitterMs: 10 }],
    [registry.bandwidth, "64k", { bytesPerSecond: 65536 }],
    [registry.bandwidth, "1m", { bytesPerSecond: 1048576 }],
    [registry.slice, "100:5", { bytes: 100, delayMs: 5 }],
    [registry.slice, "1k", { bytes: 1024, delayMs: 0 }],
    [registry.closeAfter, "0", { bytes: 0 }],
    [registry.resetAfter, "4k", { bytes: 4096 }],
    [registry.stallAfter, "1g", { bytes: 1024 ** 3 }]
  ] as const)("--%s %s", (fault, text, settings) => {
    expect(Faults.parseSetting(fault as never, text)).toEqual(settings)
    expect(fault.format(settings as never)).toBe(text)
  })

  it.each([
    [registry.latency, "x"],
    [registry.latency, "50:"],
    [registry.latency, "1:2:3"],
    [registry.latency, "3600001"],
    [registry.latency, "5k"],
    [registry.bandwidth, "0"],
    [registry.bandwidth, "1.5m"],
    [registry.slice, "0:5"],
    [registry.slice, "100:5k"],
    [registry.closeAfter, "-1"],
    [registry.stallAfter, ""]
  ] as const)("--%s %j is refused (the one usage line: test/cli/flag-table.test.ts)", (fault, text) => {
    expect(Faults.parseSetting(fault as never, text)).toBeUndefined()
  })
})

describe("EchoServer.faults: the runtime handle", () => {
  it.scopedLive("set, get and reset change the faults of new connections only", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      expect(yield* server.faults.get).toEqual(Faults.none)
      const before = yield* connect(server.address.port)
      const payload = Buffer.from("ping")
      const timed = (socket: Parameters<typeof roundTrip>[0]) =>
        Effect.gen(function*() {
          const started = performance.now()
          expect((yield* roundTrip(socket, payload)).equals(payload)).toBe(true)
          return performance.now() - started
        })

      const slow = Either.getOrThrow(Faults.decodeJson(`{"latency":{"ms":150}}`))
      yield* server.faults.set(slow)
      expect(yield* server.faults.get).toEqual(slow)
      const after = yield* connect(server.address.port)
      expect(yield* timed(after)).toBeGreaterThanOrEqual(150)
      expect(yield* timed(before)).toBeLessThan(100)

      const refused = yield* Effect.flip(server.faults.set({ latency: { ms: -3, jitterMs: 0 }, probability: 1 }))
      expect(refused.reason).toBe("latency.ms: expected an integer from 0 to 3600000, got -3")
      expect(yield* server.faults.get).toEqual(slow)

      yield* server.faults.reset
      expect(yield* server.faults.get).toEqual(Faults.none)
      const reset = yield* connect(server.address.port)
      expect(yield* timed(reset)).toBeLessThan(100)
      // The connection accepted under latency keeps it.
      expect(yield* timed(after)).toBeGreaterThanOrEqual(150)
      expect(yield* server.faults.stats).toMatchObject({ faulted: 1, spared: 0, byFault: { latency: 1, slice: 0 } })
    }).pipe(Effect.provide(quietlyTuned)))
})
