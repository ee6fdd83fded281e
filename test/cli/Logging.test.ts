/**
 * The server's log as a machine and a person read it, through the built binary: under
 * `--log-format json` every line on stderr parses as one object, the start-up facts and the close
 * records are fields in a fixed order, every shutdown is logged, and a client that resets at once is
 * still named.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as ChildProcess from "node:child_process"
import * as Net from "node:net"
import { bin, jsonLines, runCliAsync, startServer } from "../cli.js"
import { connect, echo, roundTrip } from "../helpers.js"

const stopped = (server: Awaited<ReturnType<typeof startServer>>, signal: NodeJS.Signals = "SIGTERM") =>
  Effect.promise(() => {
    server.child.kill(signal)
    return server.exited
  })

const closeRecordKeys = ["time", "level", "msg", "connection", "peer", "durationMs", "bytesIn", "bytesOut", "reason"]

describe("--log-format json", () => {
  it.live("every line parses; facts and close records are fields, in the documented order", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--log-format", "json", "--log-level", "debug", "--no-delay"]))
      yield* echo(server.port, [Buffer.alloc(1000, 1)])
      expect(yield* stopped(server)).toBe(0)
      const lines = jsonLines(server.stderr())
      for (const line of lines) expect(Object.keys(line).slice(0, 3)).toEqual(["time", "level", "msg"])
      const facts = Object.assign({}, ...lines)
      expect(facts).toMatchObject({
        address: "127.0.0.1",
        port: server.port,
        pid: server.child.pid,
        backlog: 511,
        backlogEffective: expect.any(Number),
        recvBuffer: null,
        recvBufferAutotuneMax: expect.any(Number),
        readTimeoutMs: 5500,
        writeTimeoutMs: 5500,
        shutdownTimeoutMs: 5000,
        noDelay: true,
        keepAlive: false,
        userTimeoutMs: null,
        reusePort: false
      })
      const closed = lines.find((line) => line.msg === "connection closed")!
      expect(Object.keys(closed)).toEqual(closeRecordKeys)
      expect(closed).toMatchObject({ reason: "client-fin", bytesIn: 1000, bytesOut: 1000, peer: expect.stringMatching(/^127\.0\.0\.1:\d+$/) })
      expect(lines.some((line) => line.level === "DEBUG" && /1000 bytes/.test(String(line.msg)))).toBe(true)
      expect(lines.at(-1)).toMatchObject({ msg: "shut down: listener closed, no connection was open", open: 0, cut: 0 })
    }))

  it.live("a runtime error is one JSON line too, with its exit code and errno name", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer([]))
      const second = yield* Effect.promise(() => runCliAsync(["serve", "--port", String(server.port), "--log-format", "json"]))
      yield* stopped(server)
      expect(second.code).toBe(1)
      expect(jsonLines(second.stderr)).toEqual([{
        time: expect.any(String),
        level: "ERROR",
        msg: `cannot listen on 127.0.0.1:${server.port}: address already in use`,
        exitCode: 1,
        code: "EADDRINUSE"
      }])
    }))
})

describe("text logs", () => {
  it.live("read like a person writes: sizes and durations in units, close records in the documented order", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--recv-buffer", "256k", "--timeout", "5.5", "--keepalive", "60:10:5"]))
      yield* echo(server.port, [Buffer.from("hi")])
      yield* stopped(server)
      const text = server.stderr()
      expect(text).toContain("SO_RCVBUF 256 KiB asked, kernel set 512 KiB")
      expect(text).toContain("timeouts: read 5.5 s, write 5.5 s, shutdown 5 s")
      expect(text).toContain("keepalive after 60 s idle, probes every 10 s, dropped after 5 unanswered probes")
      expect(text).toMatch(/ INFO connection closed connection=1 peer=127\.0\.0\.1:\d+ durationMs=\d+ bytesIn=2 bytesOut=2 reason=client-fin\n/)
      // The start-up facts are said in words, not repeated as key=value.
      expect(text).not.toMatch(/readTimeoutMs=/)
    }))
})

describe("every shutdown is logged", () => {
  it.live("at the deadline: how many were open, finished and cut", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--log-format", "json", "--shutdown-timeout", "0.2", "--timeout", "0"]))
      const client = yield* connect(server.port)
      expect((yield* roundTrip(client, Buffer.from("x"))).toString()).toBe("x")
      expect(yield* stopped(server)).toBe(0)
      const lines = jsonLines(server.stderr())
      const after = lines.slice(lines.findIndex((line) => line.signal === "SIGTERM"))
      expect(after.map((line) => line.msg)).toEqual([
        "received SIGTERM: shutting down (1 connection(s) open)",
        "shutting down: listener closed, waiting up to 200 ms for 1 connection(s)",
        "shutdown deadline reached: closing 1 connection(s)",
        "connection closed",
        "shut down: 0 of 1 connection(s) finished, 1 cut at the deadline"
      ])
      expect(after.at(-1)).toMatchObject({ open: 1, finished: 0, cut: 1 })
    }).pipe(Effect.scoped))

  it.live("a second signal: what it cut", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--log-format", "json", "--shutdown-timeout", "30", "--timeout", "0"]))
      yield* connect(server.port)
      yield* connect(server.port)
      yield* Effect.sleep("100 millis")
      server.child.kill("SIGTERM")
      yield* Effect.sleep("200 millis")
      expect(yield* stopped(server, "SIGINT")).toBe(0)
      const lines = jsonLines(server.stderr())
      expect(lines.at(-1)).toMatchObject({
        level: "WARN",
        msg: "received SIGINT during the shutdown: exiting at once, 2 connection(s) cut",
        signal: "SIGINT",
        cut: 2
      })
    }).pipe(Effect.scoped))
})

describe("a client that resets right after connecting", () => {
  it.live("is logged with its address and port, even when it reset before the server accepted it", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--log-format", "json"]))
      // Stopped, the server cannot accept: the connection waits in the accept queue while the client resets it.
      server.child.kill("SIGSTOP")
      const clientPort = yield* Effect.async<number>((resume) => {
        const client = Net.connect({ port: server.port, host: "127.0.0.1" }, () => {
          const port = client.localPort!
          client.resetAndDestroy()
          client.on("close", () => resume(Effect.succeed(port)))
        })
      })
      server.child.kill("SIGCONT")
      const closed = yield* Effect.promise(async () => {
        for (let i = 0; i < 100; i++) {
          const line = jsonLines(server.stderr()).find((l) => l.msg === "connection closed")
          if (line !== undefined) return line
          await new Promise((ok) => setTimeout(ok, 20))
        }
        return undefined
      })
      yield* stopped(server)
      expect(closed).toMatchObject({ peer: `127.0.0.1:${clientPort}`, reason: "reset" })
    }))
})

describe("--wizard", () => {
  it("fails at once without a terminal, even when stdin stays open", async () => {
    const started = performance.now()
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = ChildProcess.spawn("node", [bin, "--wizard"], { stdio: ["pipe", "pipe", "pipe"] })
      let stderr = ""
      child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text))
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
      child.on("close", (code) => (clearTimeout(timer), resolve({ code, stderr })))
    })
    expect(result).toEqual({
      code: 2,
      stderr: "tcp-echo: --wizard needs a terminal on stdin; give the flags on the command line instead\n"
    })
    expect(performance.now() - started).toBeLessThan(4000)
  })
})
