import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as ChildProcess from "node:child_process"
import * as Net from "node:net"
import * as Descriptor from "../../src/kernel/Descriptor.js"
import * as SocketOptions from "../../src/kernel/SocketOptions.js"
import * as SocketTuning from "../../src/kernel/SocketTuning.js"
import * as Sysctl from "../../src/kernel/Sysctl.js"
import { acceptedPair, listening } from "../helpers.js"
import { tuned } from "../layers.js"

const linux = (config: SocketTuning.TuningConfig) => tuned(config)

/** The listener the way EchoServer opens it: options set before bind and listen. */
const tunedListener = (backlog: number) =>
  Effect.gen(function*() {
    const tuning = yield* SocketTuning.SocketTuning
    const options = yield* SocketOptions.SocketOptions
    const fd = yield* options.socket(4)
    const report = yield* tuning.tuneListener(fd)
    yield* options.bind(fd, { family: 4, address: "127.0.0.1", port: 0 })
    const server = yield* listening((server) => server.listen({ fd }, backlog))
    return { server, report }
  })

const sendQ = (port: number): number => {
  const line = ChildProcess.execFileSync("ss", ["-Hltn", `sport = :${port}`], { encoding: "utf8" }).trim()
  return Number(line.split(/\s+/)[2])
}

describe("SocketTuning", () => {
  it("a listener goes native only for what Node's listen does not set", () => {
    const needs = (config: Partial<SocketTuning.TuningConfig>) =>
      SocketTuning.setsListenerOptions({ ...SocketTuning.defaultConfig, ...config })
    expect(needs({})).toBe(false)
    expect(needs({ noDelay: true, userTimeout: Option.some(Duration.seconds(5)) })).toBe(false)
    expect(needs({ recvBuffer: Option.some(65536) })).toBe(true)
    expect(needs({ sendBuffer: Option.some(65536) })).toBe(true)
    expect(needs({ reusePort: true })).toBe(true)
    expect(needs({ reuseAddress: false })).toBe(true)
  })

  it.scoped("Node's own listen sets SO_REUSEADDR, as the native path does", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      const server = yield* listening()
      expect(yield* options.get(Option.getOrThrow(Descriptor.fdOf(server)), "SO_REUSEADDR")).toBe(1)
    }).pipe(Effect.provide(SocketOptions.layerLinux)))

  it.scoped("buffers set on the listener are what getsockopt reports on an accepted socket", () =>
    Effect.gen(function*() {
      const tuning = yield* SocketTuning.SocketTuning
      const { report, server } = yield* tunedListener(tuning.backlog.effective)
      expect(report.recvBuffer.effective).toEqual(Option.some(2 * 65536))
      expect(report.sendBuffer.effective).toEqual(Option.some(2 * 32768))
      const { accepted } = yield* acceptedPair(server)
      const effective = yield* tuning.report(Option.getOrThrow(Descriptor.fdOf(accepted)))
      expect(effective.SO_RCVBUF).toEqual(Option.some(2 * 65536))
      expect(effective.SO_SNDBUF).toEqual(Option.some(2 * 32768))
      expect(effective.SO_REUSEADDR).toEqual(Option.some(1))
    }).pipe(
      Effect.provide(linux({ ...SocketTuning.defaultConfig, recvBuffer: Option.some(65536), sendBuffer: Option.some(32768) }))
    ))

  it.scoped("a buffer over rmem_max is capped at 2 x rmem_max and reported so", () =>
    Effect.gen(function*() {
      const tuning = yield* SocketTuning.SocketTuning
      const rmemMax = Option.getOrThrow(tuning.limits.rmemMax)
      const { report } = yield* tunedListener(16)
      expect(report.recvBuffer.cap).toEqual(Option.some(2 * rmemMax))
      expect(report.recvBuffer.effective).toEqual(Option.some(2 * rmemMax))
    }).pipe(Effect.provide(linux({ ...SocketTuning.defaultConfig, recvBuffer: Option.some(1 << 30) }))))

  it.scoped("per-connection options land on the accepted socket", () =>
    Effect.gen(function*() {
      const tuning = yield* SocketTuning.SocketTuning
      const { server } = yield* tunedListener(16)
      const { accepted } = yield* acceptedPair(server)
      const fd = Option.getOrThrow(Descriptor.fdOf(accepted))
      yield* tuning.tuneConnection(fd)
      const effective = yield* tuning.report(fd)
      expect(effective).toMatchObject({
        TCP_NODELAY: Option.some(1),
        SO_KEEPALIVE: Option.some(1),
        TCP_KEEPIDLE: Option.some(30),
        TCP_KEEPINTVL: Option.some(5),
        TCP_KEEPCNT: Option.some(4),
        TCP_USER_TIMEOUT: Option.some(3000)
      })
    }).pipe(
      Effect.provide(
        linux({
          ...SocketTuning.defaultConfig,
          noDelay: true,
          keepAlive: Option.some({
            idle: Duration.seconds(30),
            interval: Option.some(Duration.seconds(5)),
            count: Option.some(4)
          }),
          userTimeout: Option.some(Duration.seconds(3))
        })
      )
    ))

  it.scoped("the backlog is clamped to somaxconn, as the kernel does", () =>
    Effect.gen(function*() {
      const tuning = yield* SocketTuning.SocketTuning
      const somaxconn = Option.getOrThrow(tuning.limits.somaxconn)
      expect(tuning.backlog).toMatchObject({ requested: 1_000_000, effective: somaxconn })
      const { server } = yield* tunedListener(tuning.config.backlog)
      expect(sendQ((server.address() as Net.AddressInfo).port)).toBe(somaxconn)
    }).pipe(Effect.provide(linux({ ...SocketTuning.defaultConfig, backlog: 1_000_000 }))))

  it.effect("a requested backlog under somaxconn is kept", () =>
    Effect.gen(function*() {
      const tuning = yield* SocketTuning.SocketTuning
      expect(tuning.backlog).toMatchObject({ requested: 64, effective: 64, somaxconn: Option.some(128) })
    }).pipe(
      Effect.provide(
        SocketTuning.layer({ ...SocketTuning.defaultConfig, backlog: 64 }).pipe(
          Layer.provide(Layer.merge(Sysctl.layerFromReadings({ somaxconn: 128 }), SocketOptions.layerLinux))
        )
      )
    ))

  it.effect("with null Sysctl and null SocketOptions nothing is clamped and nothing applied", () =>
    Effect.gen(function*() {
      const tuning = yield* SocketTuning.SocketTuning
      expect(tuning.native).toBe(false)
      expect(tuning.backlog.effective).toBe(100_000)
      const report = yield* tuning.tuneListener(-1)
      expect(report.recvBuffer).toMatchObject({ requested: Option.some(4096), effective: Option.none() })
      yield* tuning.tuneConnection(-1)
    }).pipe(
      Effect.provide(
        SocketTuning.layer({
          ...SocketTuning.defaultConfig,
          backlog: 100_000,
          recvBuffer: Option.some(4096),
          noDelay: true
        }).pipe(Layer.provide(Layer.merge(Sysctl.layerNull, SocketOptions.layerNull)))
      )
    ))
})
