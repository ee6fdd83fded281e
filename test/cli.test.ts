/** The CLI end to end: the built binary's commands, usage errors, bind failures and serving. */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Fs from "node:fs"
import * as ChildProcess from "node:child_process"
import type { TestContext } from "vitest"
import { bin, runCli, startServer, withoutBindRight, withoutResolver } from "./cli.js"
import { connect, echo, roundTrip } from "./helpers.js"

const proc = (file: string) => Fs.readFileSync(`/proc/sys/net/${file}`, "utf8").trim()
const range = (file: string) => {
  const [min, dflt, max] = proc(file).split(/\s+/).map(Number)
  return { min, default: dflt, max }
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /)

describe("tcp-echo sysctl", () => {
  it("--json prints one object equal to /proc/sys", () => {
    const { code, stderr, stdout } = runCli(["sysctl", "--json"])
    expect(code).toBe(0)
    expect(stderr).toBe("")
    const lines = stdout.trim().split("\n")
    expect(lines).toHaveLength(1)
    const retries = Number(proc("ipv4/tcp_synack_retries"))
    expect(JSON.parse(lines[0]!)).toEqual({
      somaxconn: Number(proc("core/somaxconn")),
      tcpMaxSynBacklog: Number(proc("ipv4/tcp_max_syn_backlog")),
      tcpSynackRetries: retries,
      synAckGiveUpSeconds: 2 ** (retries + 1) - 1,
      tcpRmem: range("ipv4/tcp_rmem"),
      tcpWmem: range("ipv4/tcp_wmem"),
      rmemMax: Number(proc("core/rmem_max")),
      wmemMax: Number(proc("core/wmem_max")),
      recvBufferCap: 2 * Number(proc("core/rmem_max")),
      sendBufferCap: 2 * Number(proc("core/wmem_max")),
      openFilesLimit: expect.any(Number)
    })
  })

  it("prints a readable report", () => {
    const { code, stdout } = runCli(["sysctl"])
    expect(code).toBe(0)
    expect(stdout).toContain(`net.core.somaxconn`)
    expect(stdout).toMatch(new RegExp(`somaxconn\\s+${proc("core/somaxconn")}\\s+accept-queue cap`))
    expect(stdout).toContain("SYN-ACK give-up")
  })
})

describe("tcp-echo serve: bind failures are one line and exit 1", () => {
  const failsWith = (result: ChildProcess.SpawnSyncReturns<string>, message: string, warning?: string) => {
    // A warning the setting itself causes comes first, time-stamped; the failure is the one line after it.
    const lines = result.stderr.split(/(?<=\n)/)
    if (warning !== undefined) expect(lines.shift()?.replace(/^\S+ /, "")).toBe(`${warning}\n`)
    expect(lines.join("")).toBe(`tcp-echo: ${message}\n`)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe("")
  }
  /** Skips the case, saying why on the console too (a skip's note is easy to miss in a report). */
  const skipBecause = (ctx: TestContext, label: string, reason: string): never => {
    console.log(`skipped "${label}": ${reason}`)
    return ctx.skip(reason)
  }

  it("an address not on this host", () => {
    failsWith(
      ChildProcess.spawnSync("node", [bin, "serve", "--host", "192.0.2.1"], { encoding: "utf8", timeout: 10_000 }),
      "cannot listen on 192.0.2.1:9999: address not available on this host"
    )
  })

  // Asked of the system resolver, the name would be a DNS query leaving the machine.
  const unresolvable = "a host name that does not resolve (in a network namespace without a resolver)"
  it(unresolvable, (ctx) => {
    const setting = withoutResolver()
    if ("skip" in setting) return skipBecause(ctx, unresolvable, setting.skip)
    failsWith(
      setting.run(["serve", "--host", "no-such-host.invalid"]),
      "cannot listen on no-such-host.invalid:9999: host name does not resolve"
    )
  })

  const privileged = "a privileged port without the right"
  it(privileged, (ctx) => {
    const setting = withoutBindRight(80)
    if ("skip" in setting) return skipBecause(ctx, privileged, setting.skip)
    failsWith(
      setting.run(["serve", "--port", "80"]),
      "cannot listen on 127.0.0.1:80: permission denied (ports below 1024 need root or CAP_NET_BIND_SERVICE)",
      setting.warning
    )
  })
})

describe("tcp-echo serve", () => {
  it.live("--allow 10.0.0.0/8 resets a client from 127.0.0.1 at once; the server stays up", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--allow", "10.0.0.0/8"]))
      const first = yield* echo(server.port, [Buffer.from("hello")])
      const second = yield* echo(server.port, [Buffer.from("again")])
      expect(first.received.length + second.received.length).toBe(0)
      expect([first.error, second.error]).toEqual(["ECONNRESET", "ECONNRESET"])
      expect(first.closedAfterMs).toBeLessThan(500)
      expect(server.child.exitCode).toBeNull()
      server.child.kill("SIGTERM")
      expect(yield* Effect.promise(() => server.exited)).toBe(0)
      expect(server.stderr()).toMatch(/WARN reset 1 connection\(s\) at accept, from outside --allow 10.0.0.0\/8; clients 127\.0\.0\.1\n/)
    }))

  it.live("serves, echoes, and exits 0 on SIGTERM", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--timeout", "1"]))
      const payload = Buffer.from("hello, echo")
      const result = yield* echo(server.port, [payload])
      expect(result.received.equals(payload)).toBe(true)
      server.child.kill("SIGTERM")
      expect(yield* Effect.promise(() => server.exited)).toBe(0)
      expect(server.stderr()).toMatch(/connection closed .*reason=client-fin/)
      noStackTrace(server.stderr())
    }))

  it.live("SIGTERM with a connection open exits 0 within the shutdown timeout", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--shutdown-timeout", "0.2", "--timeout", "0"]))
      const client = yield* connect(server.port)
      expect((yield* roundTrip(client, Buffer.from("x"))).toString()).toBe("x")
      const started = performance.now()
      server.child.kill("SIGTERM")
      expect(yield* Effect.promise(() => server.exited)).toBe(0)
      const took = performance.now() - started
      expect(took).toBeGreaterThanOrEqual(190)
      expect(took).toBeLessThan(2000)
      expect(server.stderr()).toMatch(/reason=shutdown/)
    }).pipe(Effect.scoped))

  it.live("a second signal ends at once, with exit 0", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--shutdown-timeout", "30", "--timeout", "0"]))
      yield* connect(server.port)
      server.child.kill("SIGTERM")
      yield* Effect.sleep("100 millis")
      const started = performance.now()
      server.child.kill("SIGINT")
      expect(yield* Effect.promise(() => server.exited)).toBe(0)
      expect(performance.now() - started).toBeLessThan(1000)
    }).pipe(Effect.scoped))

  it.live("a port in use is one line and exit 1", () =>
    Effect.gen(function*() {
      const first = yield* Effect.promise(() => startServer([]))
      const second = runCli(["serve", "--port", String(first.port)])
      first.child.kill("SIGTERM")
      yield* Effect.promise(() => first.exited)
      expect(second.code).toBe(1)
      expect(second.stdout).toBe("")
      expect(second.stderr).toBe(`tcp-echo: cannot listen on 127.0.0.1:${first.port}: address already in use\n`)
    }))

  it.live("--log-format json makes every line a JSON object", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() => startServer(["--log-format", "json", "--log-level", "debug"]))
      yield* echo(server.port, [Buffer.alloc(1000, 1)])
      server.child.kill("SIGTERM")
      expect(yield* Effect.promise(() => server.exited)).toBe(0)
      const lines = server.stderr().trim().split("\n").map((line) => JSON.parse(line))
      expect(lines.some((line) => /^listening on 127\.0\.0\.1:\d+/.test(line.msg))).toBe(true)
      expect(lines.some((line) => line.level === "DEBUG" && /1000 bytes/.test(line.msg))).toBe(true)
      const closed = lines.find((line) => line.msg === "connection closed")
      expect(closed).toMatchObject({ reason: "client-fin", bytesIn: 1000, bytesOut: 1000 })
    }))

  it.live("applies backlog and buffers to the listener as ss shows them", () =>
    Effect.gen(function*() {
      const server = yield* Effect.promise(() =>
        startServer(["--backlog", "77", "--recv-buffer", "256k", "--send-buffer", "128k"])
      )
      const ss = yield* Effect.sync(() =>
        ChildProcess.execFileSync("ss", ["-Hltnm", `sport = :${server.port}`], { encoding: "utf8" })
      )
      server.child.kill("SIGTERM")
      yield* Effect.promise(() => server.exited)
      expect(ss.split(/\s+/)[2]).toBe("77")
      expect(ss).toContain(`rb${2 * 256 * 1024}`)
      expect(ss).toContain(`tb${2 * 128 * 1024}`)
      expect(server.stderr()).toContain("SO_RCVBUF 256 KiB asked, kernel set 512 KiB")
    }))
})


