/**
 * Socket activation: `systemd-socket-activate` (Debian package `systemd`) hands the built CLI a
 * listening socket; it serves on it with its per-connection options, keeps and reports the backlog
 * and buffers the socket came with, and exits 0 on SIGTERM. Skipped, with the reason printed, where
 * the program is missing.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as ChildProcess from "node:child_process"
import * as Crypto from "node:crypto"
import type { TestContext } from "vitest"
import * as SocketActivation from "../../src/server/SocketActivation.js"
import { bin } from "../cli.js"
import { freePort } from "../haproxy.js"
import { exchange, waitFor } from "../served.js"

describe("SocketActivation.fromEnvironment", () => {
  it.effect("reads LISTEN_FDS when LISTEN_PID is this process, ignores them otherwise", () =>
    Effect.gen(function*() {
      expect(yield* SocketActivation.fromEnvironment({ LISTEN_PID: "42", LISTEN_FDS: "1" }, 42)).toEqual(
        Option.some({ fd: 3, count: 1 })
      )
      expect(yield* SocketActivation.fromEnvironment({ LISTEN_PID: "42", LISTEN_FDS: "2" }, 42)).toEqual(
        Option.some({ fd: 3, count: 2 })
      )
      expect(yield* SocketActivation.fromEnvironment({ LISTEN_PID: "41", LISTEN_FDS: "1" }, 42)).toEqual(Option.none())
      expect(yield* SocketActivation.fromEnvironment({ LISTEN_FDS: "1" }, 42)).toEqual(Option.none())
      expect(yield* SocketActivation.fromEnvironment({}, 42)).toEqual(Option.none())
    }))

  it.effect("a count that is none is an error naming it", () =>
    Effect.gen(function*() {
      for (const fds of ["0", "abc", "", "-1"]) {
        const exit = yield* Effect.exit(SocketActivation.fromEnvironment({ LISTEN_PID: "42", LISTEN_FDS: fds }, 42))
        expect(exit).toEqual(Exit.fail(new SocketActivation.ActivationError({
          fd: 3,
          reason: `LISTEN_FDS is ${JSON.stringify(fds)}, not a count of sockets`
        })))
      }
    }))
})

const activate = ChildProcess.spawnSync("systemd-socket-activate", ["--version"], { encoding: "utf8", timeout: 10_000 })
const missing = activate.error !== undefined || activate.status !== 0
  ? `systemd-socket-activate is missing (Debian package systemd): ${activate.error?.message ?? activate.stderr}`
  : undefined

const ss = (args: ReadonlyArray<string>) => ChildProcess.spawnSync("ss", args, { encoding: "utf8", timeout: 10_000 }).stdout

describe("serve under systemd-socket-activate", () => {
  it("serves on fd 3 with its per-connection options, reports the socket's backlog and buffers, exits 0 on SIGTERM", async (ctx: TestContext) => {
    if (missing !== undefined) {
      console.log(`skipped "${ctx.task.name}": ${missing}`)
      return ctx.skip(missing)
    }
    const port = await freePort()
    const child = ChildProcess.spawn(
      "systemd-socket-activate",
      ["-l", `127.0.0.1:${port}`, "node", bin, "serve", "--keepalive", "60:10:5", "--backlog", "77", "--shutdown-timeout", "1", "--log-format", "json"],
      { stdio: ["ignore", "ignore", "pipe"] }
    )
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text))
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)))
    try {
      expect(await waitFor(() => stderr.includes(`Listening on 127.0.0.1:${port}`), 5000)).toBe(true)
      // What the socket came with, before the server had it.
      const before = /\s(\d+)\s+127\.0\.0\.1:\d+\s/.exec(ss(["-ltnH", `sport = :${port}`]))?.[1]
      // The first connection starts the server; it waits in the accept queue meanwhile.
      const sent = Crypto.randomBytes(4096)
      const held = exchange("127.0.0.1", port, sent, { end: false, timeoutMs: 8000 })
      expect(await waitFor(() => /"listening on 127\.0\.0\.1:\d+ \(pid \d+, fd 3 from socket activation\)"/.test(stderr), 8000))
        .toBe(true)
      // The keepalive timer on the accepted socket shows the per-connection options were applied.
      expect(await waitFor(() => /timer:\(keepalive/.test(ss(["-tnoH", "state", "established", `sport = :${port}`])), 3000))
        .toBe(true)
      const listening = ss(["-ltnmH", `sport = :${port}`])
      expect(/\s(\d+)\s+127\.0\.0\.1:\d+\s/.exec(listening)?.[1]).toBe(before)
      const [, rb, tb] = /rb(\d+),t\d+,tb(\d+)/.exec(listening) ?? []
      const line = (start: string) =>
        stderr.split("\n").filter((text) => text.startsWith("{")).map((text) => JSON.parse(text)).find((json) =>
          String(json.msg).startsWith(start)
        )
      expect(await waitFor(() => line("buffers as the socket unit set them") !== undefined)).toBe(true)
      expect(line(`backlog ${before} as the socket unit set it (Backlog=, read back with TCP_INFO;`)).toMatchObject({
        backlogEffective: Number(before)
      })
      expect(line("buffers as the socket unit set them")).toMatchObject({ recvBufferSet: Number(rb), sendBufferSet: Number(tb) })
      expect(Number(before)).not.toBe(77)
      child.kill("SIGTERM")
      const result = await held
      expect(result.received.equals(sent)).toBe(true)
      expect(await exited).toBe(0)
    } finally {
      child.kill("SIGKILL")
    }
  })

  it("a descriptor 3 that is no listening TCP socket: one line, exit 1", () => {
    const result = ChildProcess.spawnSync(
      "sh",
      ["-c", `LISTEN_PID=$$ LISTEN_FDS=1 exec node "$0" serve 3</dev/null`, bin],
      { encoding: "utf8", timeout: 10_000 }
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      "tcp-echo: cannot serve on the socket handed over (fd 3): getsockopt(3, SO_ACCEPTCONN) failed: ENOTSOCK\n"
    )
  })
})
