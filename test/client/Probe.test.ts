import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as EchoServer from "../../src/server/EchoServer.js"
import * as Probe from "../../src/client/Probe.js"
import * as ProbeReport from "../../src/client/ProbeReport.js"
import { faultyEcho, runCliAsync } from "./helpers.js"
import { runCli, startServer } from "../cli.js"
import { closedPort } from "../helpers.js"
import { quietlyTuned, serve as serveOn } from "../layers.js"

const tuned = quietlyTuned

const serve = (readTimeout: Duration.Duration = EchoServer.defaultConfig.readTimeout) => serveOn({ readTimeout })

const probe = (port: number, overrides: Partial<Probe.Config> = {}) =>
  Probe.run({ ...Probe.defaultConfig, port, timeout: Duration.seconds(2), ...overrides })

const oneLine = (text: string) => expect(text.trimEnd().split("\n")).toHaveLength(1)

describe("Probe", () => {
  it.scopedLive("verifies every echo and sees the server's FIN after its own", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const report = yield* probe(server.address.port, { count: 5, payload: { _tag: "Random", size: 3000 } })
      expect(report.error).toBeUndefined()
      expect(report.roundTripsMs).toHaveLength(5)
      expect(report.close).toMatchObject({ how: "FIN", phase: "closing" })
      expect(ProbeReport.reportJson(report)).toMatchObject({ ok: true, verified: 5, count: 5, bytes: 3000, error: null })
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("a wait past the server's read timeout: closed with FIN while waiting, nothing verified", () =>
    Effect.gen(function*() {
      const server = yield* serve(Duration.millis(150))
      const report = yield* probe(server.address.port, { wait: Duration.millis(600), count: 2 })
      expect(report.error?._tag).toBe("ServerClosed")
      expect(report.close).toMatchObject({ how: "FIN", phase: "waiting" })
      expect(report.roundTripsMs).toHaveLength(0)
      expect(ProbeReport.failureLine(report, report.error!)).toMatch(
        /^probe: server closed the connection after \d+\.\d\d s \(FIN\) while waiting; 0 of 2 echoes verified$/
      )
    }).pipe(Effect.provide(tuned)))

  it.scopedLive("a server that flips a byte: a mismatch at that byte", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Corrupt", every: 50 })
      const report = yield* probe(port, { payload: { _tag: "Message", text: "x".repeat(64) } })
      expect(report.error).toMatchObject({ _tag: "EchoMismatch", echo: 1, offset: 50, sent: 0x78, got: 0x79 })
      expect(report.error?.message).toBe("echo 1 differs at byte 50: sent 0x78, got 0x79")
    }))

  it.scopedLive("a server that adds a byte: bytes it was never sent", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Extra" })
      const report = yield* probe(port)
      expect(report.error).toMatchObject({ _tag: "UnexpectedBytes", bytes: 1, afterEcho: 1 })
    }))

  it.live("nothing listening: cannot connect", () =>
    Effect.gen(function*() {
      const report = yield* probe(yield* closedPort)
      expect(report.error).toMatchObject({ _tag: "ConnectFailed", code: "ECONNREFUSED" })
      expect(report.connectMs).toBeUndefined()
    }))
})

describe("tcp-echo probe", () => {
  it.live("exits 0 with a report on stdout when every echo is verified", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--timeout", "1"]))
      const ran = yield* runCliAsync(["probe", "--port", String(server.port), "--count", "3", "--json"])
      server.child.kill("SIGKILL")
      expect(ran.stderr).toBe("")
      expect(ran.code).toBe(0)
      expect(JSON.parse(ran.stdout)).toMatchObject({ ok: true, verified: 3, count: 3, bytes: 64 })
    }))

  it.live("--wait past the server's timeout exits 1 with one line naming the close", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--timeout", "0.15"]))
      const ran = yield* runCliAsync(["probe", "--port", String(server.port), "--wait", "0.5"])
      server.child.kill("SIGKILL")
      expect(ran.code).toBe(1)
      oneLine(ran.stderr)
      expect(ran.stderr).toMatch(
        /^tcp-echo: probe: server closed the connection after \d+\.\d\d s \(FIN\) while waiting; 0 of 1 echoes verified\n$/
      )
      expect(ran.stdout).toMatch(/the server closed the connection .* \(FIN\) while the probe stayed silent/)
    }))

  it.scopedLive("a corrupting server exits 1 with one line naming the mismatch", () =>
    Effect.gen(function*() {
      const { port } = yield* faultyEcho({ _tag: "Corrupt", every: 10 })
      const ran = yield* runCliAsync(["probe", "--port", String(port), "--message", "hello, echo"])
      expect(ran.code).toBe(1)
      expect(ran.stderr).toBe("tcp-echo: probe: echo 1 differs at byte 10: sent 0x6f, got 0x6e; 0 of 1 echoes verified\n")
    }))

  const bad: ReadonlyArray<readonly [ReadonlyArray<string>, RegExp]> = [
    [["probe", "--host", "no such host"], /--host: expected an IP address or a host name, got "no such host"/],
    [["probe", "--host", "-bad.example"], /--host: expected an IP address or a host name/],
    [["probe", "--host", ""], /--host: expected an IP address or a host name, got ""/],
    [["probe", "--size", "5", "--message", "hi"], /--size and --message: give one or the other/],
    [["probe", "--message", ""], /--message: expected a non-empty text/],
    [["probe", "--timeout", "0"], /--timeout: expected seconds from 0.001/],
    [["probe", "--count", "0"], /--count: expected a decimal integer from 1/]
  ]
  for (const [args, message] of bad) {
    it(`${JSON.stringify(args.join(" "))} exits 2 with one line`, () => {
      const { code, stderr, stdout } = runCli(args)
      expect(code).toBe(2)
      expect(stdout).toBe("")
      oneLine(stderr)
      expect(stderr).toMatch(message)
    })
  }
})
