/**
 * Fault suite: a server at its RLIMIT_NOFILE with far more connections waiting stays up, idle and
 * quiet (rate-limited warnings), and serves again once they are released.
 */
import * as Net from "node:net"
import { afterEach, expect, it } from "vitest"
import {
  cpuSeconds,
  fdCount,
  minOf,
  freshRoundTrip,
  openFilesLimit,
  round,
  settle,
  sleep,
  startServer,
  stopAll,
  stopServer,
  watchLoad
} from "./harness.js"

afterEach(stopAll)

const nofile = 256
const attempts = 1_000
const holdMs = 6_000

it("fd exhaustion: at RLIMIT_NOFILE 256 with 1,000 connections held, the server stays up, idle and quiet", async () => {
  expect(openFilesLimit(), "ulimit -n of the test process").toBeGreaterThan(attempts + 100)
  // Long timeouts: the held connections end when the clients close them, not before.
  const load = watchLoad()
  const server = await startServer(["--timeout", "60"], { nofile })
  const fdsBefore = fdCount(server.pid)
  const heldFrom = Date.now()
  const sockets: Array<Net.Socket> = []
  const seen = { connected: 0, closedByServer: 0, errors: 0 }
  for (let i = 0; i < attempts; i++) {
    const socket = Net.connect({ port: server.port, host: "127.0.0.1" })
    socket.on("connect", () => seen.connected++)
    socket.on("end", () => seen.closedByServer++)
    socket.on("error", () => seen.errors++)
    sockets.push(socket)
  }
  // The attempts beyond the accept queue are retried by the kernel after 1 s and 3 s.
  await sleep(3_500)
  const fdsHeld = fdCount(server.pid)
  const cpuFrom = cpuSeconds(server.pid)
  await sleep(2_000)
  const cpuShare = (cpuSeconds(server.pid) - cpuFrom) / 2
  await sleep(holdMs - 5_500)
  const released = Date.now()
  const held = { ...seen }
  for (const socket of sockets) socket.destroy()

  const fdsAfter = await settle(() => fdCount(server.pid), (fds) => fds <= fdsBefore, 5_000)
  const after = await freshRoundTrip(server.port)
  const upAfter = server.exit() === undefined
  const busy = load.summary()
  expect((await stopServer(server)).code).toBe(0)
  const lines = server.lines()
  const warnings = lines
    .filter((line) => line.level === "WARN" && line.msg.includes("file descriptor"))
    .map((line) => Date.parse(line.time))
  const gaps = warnings.slice(1).map((time, i) => time - warnings[i]!)
  const duringHold = lines.filter((line) => Date.parse(line.time) >= heldFrom && Date.parse(line.time) < released)
  console.log([
    `fd exhaustion: RLIMIT_NOFILE ${nofile}, ${attempts} connection attempts held ${holdMs / 1000} s`,
    `${held.connected} connected, ${held.closedByServer} of them closed by the server (FIN), ${held.errors} errors`,
    `server fds ${fdsBefore} -> ${fdsHeld} held -> ${fdsAfter} after`,
    `server CPU ${round(cpuShare * 100, 1)}% of a core while held`,
    `${warnings.length} fd warning(s)${gaps.length > 0 ? `, at least ${minOf(gaps)} ms apart` : ""}, ` +
    `${duringHold.length} log lines in all while held`,
    `a fresh round trip after release: ${after.ok ? "ok" : after.error} in ${round(after.ms, 1)} ms`,
    busy
  ].join("; "))
  expect(fdsHeld).toBe(nofile)
  expect(upAfter).toBe(true)
  expect(cpuShare, `server CPU share of a core while held ${busy}`).toBeLessThan(0.5)
  expect(warnings.length).toBeGreaterThanOrEqual(1)
  // Log timestamps are whole milliseconds.
  for (const gap of gaps) expect(gap, `ms between two fd warnings ${busy}`).toBeGreaterThanOrEqual(999)
  expect(duringHold.length).toBeLessThanOrEqual(3 * holdMs / 1000)
  expect(fdsAfter, `server fds 5 s after release ${busy}`).toBe(fdsBefore)
  expect(after.ok, `a fresh round trip after release (${after.error ?? "ok"}) ${busy}`).toBe(true)
})
