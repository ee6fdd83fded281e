/**
 * Fault suite: each injected fault does what its flag says, measured with real clients against a
 * real `tcp-echo serve` process: latency, its jitter, bandwidth, slices on the wire, close and reset
 * after exactly BYTES, and the share of connections that draw the faults.
 */
import * as ChildProcess from "node:child_process"
import * as Net from "node:net"
import { monitorEventLoopDelay, performance } from "node:perf_hooks"
import * as Url from "node:url"
import { afterEach, expect, it } from "vitest"
import {
  closes,
  maxOf,
  minOf,
  Pattern,
  percentile,
  pool,
  round,
  sleep,
  startServer,
  stopAll,
  stopServer,
  Verifier,
  watchLoad
} from "./harness.js"

afterEach(stopAll)

const bin = Url.fileURLToPath(new URL("../../dist/bin.cjs", import.meta.url))

/** `n` round trips of 64 bytes, one at a time on one connection: each one's time in ms. */
const pingPong = (port: number, n: number): Promise<Array<number>> =>
  new Promise((resolve, reject) => {
    const payload = new Pattern(3).bytes(0, 64)
    const times: Array<number> = []
    let received = 0
    let sentAt = 0
    const socket = Net.connect({ port, host: "127.0.0.1", noDelay: true })
    const send = () => {
      sentAt = performance.now()
      socket.write(payload)
    }
    socket.on("connect", send)
    socket.on("data", (chunk: Buffer) => {
      received += chunk.length
      if (received < payload.length) return
      received = 0
      times.push(performance.now() - sentAt)
      if (times.length < n) return send()
      socket.destroy()
      resolve(times)
    })
    socket.on("error", reject)
  })

it("--latency 50: pingpong-1 p50 in [50, 55] ms (tcp-echo bench as the client)", async () => {
  const load = watchLoad()
  const server = await startServer(["--latency", "50"])
  const bench = ChildProcess.spawnSync(
    "node",
    [bin, "bench", "--port", `${server.port}`, "--mode", "pingpong", "--connections", "1", "--duration", "3", "--json"],
    { encoding: "utf8", timeout: 20_000 }
  )
  const busy = load.summary()
  const report = JSON.parse(bench.stdout) as { roundTrips: number; errors: number; latencyUs: Record<string, number> }
  const p50 = report.latencyUs.p50! / 1000
  console.log(`latency 50: ${report.roundTrips} round trips, p50 ${round(p50, 2)} ms, p99 ${
    round(report.latencyUs.p99! / 1000, 2)
  } ms; ${busy}`)
  expect(report.errors).toBe(0)
  expect(report.roundTrips).toBeGreaterThan(40)
  expect(p50, `p50 ms ${busy}`).toBeGreaterThanOrEqual(50)
  expect(p50, `p50 ms ${busy}`).toBeLessThanOrEqual(55)
})

it("--latency 20:10: round trips spread over [20, 30] ms", async () => {
  const load = watchLoad()
  const server = await startServer(["--latency", "20:10"])
  const times = await pingPong(server.port, 200)
  const busy = load.summary()
  const [p1, p10, p50, p90, p99] = [1, 10, 50, 90, 99].map((p) => round(percentile(times, p), 2))
  const within = times.filter((t) => t >= 20 && t <= 32).length / times.length
  console.log(
    `latency 20:10: ${times.length} round trips, p1 ${p1} p10 ${p10} p50 ${p50} p90 ${p90} p99 ${p99} ms; ` +
      `${round(within * 100, 1)}% within [20, 32] ms; ${busy}`
  )
  // Never under 20; spread over the range (a uniform draw puts p10 near 21 and p90 near 29, plus
  // about a millisecond of timer and loopback); at most a few late ones on a busy machine.
  expect(minOf(times), `fastest ms ${busy}`).toBeGreaterThanOrEqual(20)
  expect(p10, `p10 ms ${busy}`).toBeLessThan(24)
  expect(p50, `p50 ms ${busy}`).toBeGreaterThan(23)
  expect(p50, `p50 ms ${busy}`).toBeLessThan(28)
  expect(p90, `p90 ms ${busy}`).toBeGreaterThan(27)
  expect(within, `share within [20, 32] ms ${busy}`).toBeGreaterThan(0.9)
})

it("--bandwidth 1m: 0.9-1.1 MiB/s over 5 s", async () => {
  const load = watchLoad()
  const server = await startServer(["--bandwidth", "1m"])
  const pattern = new Pattern(11)
  const verifier = new Verifier(11)
  let sent = 0
  const socket = Net.connect({ port: server.port, host: "127.0.0.1" })
  const pump = () => {
    while (sent < 64 * 2 ** 20 && socket.write(pattern.bytes(sent, 64 * 1024))) sent += 64 * 1024
    sent += 64 * 1024
  }
  socket.on("connect", pump)
  socket.on("drain", pump)
  socket.on("data", (chunk: Buffer) => verifier.check(chunk))
  // Measured from the first second on: what the kernel buffers let through at once is not the rate.
  await sleep(1000)
  const from = { at: performance.now(), bytes: verifier.offset }
  await sleep(5000)
  const to = { at: performance.now(), bytes: verifier.offset }
  socket.destroy()
  const busy = load.summary()
  const rate = (to.bytes - from.bytes) / ((to.at - from.at) / 1000)
  console.log(`bandwidth 1m: ${round(rate / 2 ** 20, 3)} MiB/s (${round(rate / 1e6, 3)} MB/s) over ${
    round((to.at - from.at) / 1000, 2)
  } s, ${verifier.mismatches} mismatches; ${busy}`)
  expect(verifier.mismatches).toBe(0)
  expect(rate / 2 ** 20, `MiB/s ${busy}`).toBeGreaterThanOrEqual(0.9)
  expect(rate / 2 ** 20, `MiB/s ${busy}`).toBeLessThanOrEqual(1.1)
})

/** The payload sizes of the TCP segments from `port` on lo, captured while `during` runs. */
const segmentsFrom = async (port: number, during: () => Promise<void>): Promise<Array<number> | string> => {
  const which = ChildProcess.spawnSync("tcpdump", ["--version"], { encoding: "utf8" })
  if (which.error !== undefined) return "tcpdump is not installed (Debian package tcpdump)"
  const dump = ChildProcess.spawn("tcpdump", ["-i", "lo", "-nn", "-l", "-q", `tcp and src port ${port}`], {
    stdio: ["ignore", "pipe", "pipe"]
  })
  let out = ""
  let err = ""
  dump.stdout!.setEncoding("utf8").on("data", (text: string) => (out += text))
  dump.stderr!.setEncoding("utf8").on("data", (text: string) => (err += text))
  for (let i = 0; i < 100 && !/listening on/.test(err) && dump.exitCode === null; i++) await sleep(50)
  if (!/listening on/.test(err)) return `tcpdump cannot capture here: ${err.trim().split("\n").at(-1)}`
  await during()
  await sleep(200)
  dump.kill("SIGINT")
  await new Promise((done) => dump.once("exit", done))
  return [...out.matchAll(/tcp (\d+)$/gm)].map((match) => Number(match[1])).filter((length) => length > 0)
}

/**
 * The server's data segments and bytes sent on its connection to client port `clientPort`, from
 * `ss` (tcp_info), while the connection is open.
 */
const segmentsSent = (port: number, clientPort: number) => {
  const out = ChildProcess.execFileSync("ss", ["-tinH", "state", "established", `( sport = :${port} and dport = :${clientPort} )`], {
    encoding: "utf8"
  })
  return { segments: Number(/data_segs_out:(\d+)/.exec(out)?.[1]), bytes: Number(/bytes_sent:(\d+)/.exec(out)?.[1]) }
}

it("--slice 100:5: every segment on the wire holds at most 100 bytes, 5 ms apart", async () => {
  const load = watchLoad()
  const server = await startServer(["--slice", "100:5"])
  const payload = new Pattern(5).bytes(0, 5000)
  const reads: Array<number> = []
  let elapsed = 0
  let sent = { segments: NaN, bytes: NaN }
  // How late this client itself was: a read merges two slices only if it came 5 ms late.
  const lag = monitorEventLoopDelay({ resolution: 1 })
  const segments = await segmentsFrom(server.port, () =>
    new Promise((resolve, reject) => {
      lag.enable()
      const socket = Net.connect({ port: server.port, host: "127.0.0.1" })
      const parts: Array<Buffer> = []
      let started = 0
      socket.on("connect", () => (started = performance.now(), socket.write(payload)))
      socket.on("data", (chunk: Buffer) => {
        parts.push(chunk)
        reads.push(chunk.length)
        if (reads.reduce((a, b) => a + b, 0) < payload.length) return
        elapsed = performance.now() - started
        expect(Buffer.concat(parts).equals(payload)).toBe(true)
        lag.disable()
        sent = segmentsSent(server.port, socket.localPort!)
        socket.destroy()
        resolve()
      })
      socket.on("error", reject)
    }))
  const busy = load.summary()
  const over = reads.filter((n) => n > 100).length
  const lateMs = round(lag.max / 1e6 - 1, 1)
  console.log(`slice 100:5: 5000 bytes in ${round(elapsed)} ms; the server sent ${sent.bytes} bytes in ${
    sent.segments
  } data segments (ss); ${
    typeof segments === "string" ? segments : `tcpdump saw ${segments.length} segments, largest ${maxOf(segments)} B`
  }; client reads: ${reads.length}, largest ${maxOf(reads)} B, ${over} over 100 B, the client at most ${lateMs} ms ` +
    `late; ${busy}`)
  // 50 slices, 49 gaps of at least 5 ms.
  expect(elapsed).toBeGreaterThanOrEqual(49 * 5)
  // Writes of 100 bytes that the kernel merged would leave fewer than 50 segments.
  expect(sent).toEqual({ segments: 50, bytes: 5000 })
  if (typeof segments === "string") console.log(`no capture on the wire: ${segments}`)
  else expect(segments).toEqual(Array(50).fill(100))
  if (lateMs < 4) expect(over, "client reads over 100 bytes by a client never 4 ms late").toBe(0)
  else console.log(`client reads not checked: the client itself was ${lateMs} ms late at worst ${busy}`)
})

/** Sends 20,000 pattern bytes and reads until the server ends the connection. */
const cutShort = (port: number) =>
  new Promise<{ readonly received: Buffer; readonly error: string | undefined }>((resolve) => {
    const parts: Array<Buffer> = []
    let error: string | undefined
    const socket = Net.connect({ port, host: "127.0.0.1" })
    socket.on("connect", () => socket.write(new Pattern(9).bytes(0, 20_000)))
    socket.on("data", (chunk: Buffer) => parts.push(chunk))
    socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
    socket.on("close", () => resolve({ received: Buffer.concat(parts), error }))
  })

it.each([
  ["--close-after", "fault-close", undefined],
  ["--reset-after", "fault-reset", "ECONNRESET"]
] as const)("%s 12345: exactly 12,345 bytes echoed, then the close, on 20 connections", async (flag, reason, error) => {
  const server = await startServer([flag, "12345", "--slice", "1000"])
  const results = await Promise.all(Array.from({ length: 20 }, () => cutShort(server.port)))
  await stopServer(server)
  const expected = new Pattern(9).bytes(0, 12_345)
  console.log(`${flag} 12345: ${results.filter((r) => r.received.equals(expected)).length} of 20 got exactly 12,345 bytes; ${
    results.filter((r) => r.error === error).length
  } ended with ${error ?? "FIN"}`)
  for (const result of results) {
    expect(result.received.length).toBe(12_345)
    expect(result.received.equals(expected)).toBe(true)
    expect(result.error).toBe(error)
  }
  expect(closes(server).filter((line) => line.reason === reason)).toHaveLength(20)
})

it("--fault-probability 0.5: 160-240 of 400 connections draw the faults", async () => {
  const server = await startServer(["--latency", "1", "--fault-probability", "0.5"])
  const payload = Buffer.from("x")
  await pool(400, 20, 30_000, (_, done) => {
    const socket = Net.connect({ port: server.port, host: "127.0.0.1" })
    socket.on("connect", () => socket.end(payload))
    socket.on("data", () => {})
    socket.on("error", done)
    socket.on("close", done)
  })
  await stopServer(server)
  const records = closes(server)
  const faulted = records.filter((line) => line.faultsApplied === true).length
  const spared = records.filter((line) => line.faultsApplied === false).length
  console.log(`fault-probability 0.5: ${faulted} of ${records.length} connections faulted, ${spared} spared`)
  expect(records).toHaveLength(400)
  expect(faulted + spared).toBe(400)
  expect(faulted).toBeGreaterThanOrEqual(160)
  expect(faulted).toBeLessThanOrEqual(240)
  expect(records.every((line) => line.faults === "latency 1")).toBe(true)
})
