/**
 * `serve --workers 2` on the built CLI, on this 2-core machine: byte-exact echo under pingpong-50
 * and churn spread over both workers, transfers in flight drained on SIGTERM (exit 0), a worker
 * killed is logged and replaced, and a bind failure is still one line.
 */
import { afterEach, describe, expect, it } from "@effect/vitest"
import * as ChildProcess from "node:child_process"
import * as Crypto from "node:crypto"
import * as Fs from "node:fs"
import * as Net from "node:net"
import type { Served } from "../cli.js"
import { promtoolCheck, samples } from "../admin/promtool.js"
import { bin } from "../cli.js"
import { closeRecords, exchange, killLeftovers, logLines, serveJson, stop, waitFor } from "../served.js"

afterEach(killLeftovers)

/** `serve --workers 2 ARGS`, resolved once the supervisor says all serve: the port and the worker pids. */
const serveWorkers = async (args: ReadonlyArray<string>) => {
  const served = await serveJson(["--workers", "2", ...args])
  const serving = () => /2 workers serving 127\.0\.0\.1:(\d+) \(supervisor pid (\d+), workers (\d+), (\d+)\)/.exec(served.stderr())
  expect(await waitFor(() => serving() !== null, 8000), served.stderr()).toBe(true)
  const [, port, supervisor, ...workers] = serving()!.map(Number)
  expect(port).toBe(served.port)
  expect(supervisor).toBe(served.child.pid)
  return { served, workers: workers as ReadonlyArray<number> }
}

/** `tcp-echo bench` for 2 s, without blocking this process: it must keep reading the server's log pipe. */
const bench = async (port: number, args: ReadonlyArray<string>) => {
  const child = ChildProcess.spawn("node", [bin, "bench", "--port", String(port), "--duration", "2", "--json", ...args])
  let [stdout, stderr] = ["", ""]
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text))
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text))
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
  const code = await new Promise<number | null>((done) => child.on("close", done))
  clearTimeout(timer)
  expect(code, stderr).toBe(0)
  return JSON.parse(stdout)
}

/** The workers that served the connections closed so far, and how many each. */
const byWorker = (served: Served) => {
  const counts = new Map<unknown, number>()
  for (const record of closeRecords(served)) counts.set(record.worker, (counts.get(record.worker) ?? 0) + 1)
  return counts
}

describe("serve --workers 2", () => {
  it("pingpong-50 and churn: byte-exact, over both workers, each close record naming its worker", async () => {
    const { served } = await serveWorkers([])
    const pingpong = await bench(served.port, ["--mode", "pingpong", "--connections", "50"])
    expect(pingpong).toMatchObject({ opened: 50, errors: 0, mismatches: 0, unexpectedBytes: 0, closedByServer: 0 })
    expect(pingpong.roundTrips).toBeGreaterThan(1000)
    const churn = await bench(served.port, ["--mode", "churn", "--connections", "20"])
    expect(churn).toMatchObject({ errors: 0, mismatches: 0, unexpectedBytes: 0, eofMissing: 0, closedEarly: 0 })
    expect(churn.completed).toBeGreaterThan(100)
    expect(await stop(served)).toBe(0)
    const counts = byWorker(served)
    expect([...counts.keys()].sort()).toEqual([1, 2])
    // The kernel's hash spreads them: neither worker got almost all.
    for (const count of counts.values()) expect(count).toBeGreaterThan(closeRecords(served).length / 10)
    expect(logLines(served).filter((line) => line.msg.startsWith("listening on"))).toHaveLength(1)
    expect(logLines(served).map((line) => line.msg)).toContain("all 2 workers ended")
  })

  it("SIGTERM with transfers in flight: each worker drains, every byte comes back, exit 0", async () => {
    const { served, workers } = await serveWorkers(["--shutdown-timeout", "10"])
    const payloads = Array.from({ length: 20 }, () => Crypto.randomBytes(2 << 20))
    // Each sends in 64 KB segments 5 ms apart: about 160 ms of sending, cut by the signal.
    const transfers = payloads.map((payload) =>
      exchange("127.0.0.1", served.port, Array.from({ length: 32 }, (_, i) => payload.subarray(i << 16, (i + 1) << 16)), {
        gapMs: 5,
        timeoutMs: 15_000
      })
    )
    await new Promise((ok) => setTimeout(ok, 60))
    served.child.kill("SIGTERM")
    const results = await Promise.all(transfers)
    expect(await served.exited).toBe(0)
    results.forEach((result, i) => {
      expect(result.error).toBeUndefined()
      expect(result.received.equals(payloads[i]!)).toBe(true)
    })
    expect(closeRecords(served).filter((record) => record.bytesIn === 2 << 20)).toHaveLength(20)
    expect(served.stderr()).not.toMatch(/killed|internal error/)
    expect(logLines(served).some((line) => /^shutting down: listener closed, waiting up to .* for \d+ connection/.test(line.msg))).toBe(true)
    for (const pid of workers) expect(Fs.existsSync(`/proc/${pid}`)).toBe(false)
  })

  it("a worker killed is logged and replaced; the port keeps serving", async () => {
    const { served, workers } = await serveWorkers([])
    process.kill(workers[1]!, "SIGKILL")
    const replaced = () => logLines(served).find((line) => /^worker 2 serving again \(pid \d+\)$/.test(line.msg))
    expect(await waitFor(() => replaced() !== undefined, 8000)).toBe(true)
    expect(logLines(served).map((line) => line.msg)).toContain(`worker 2 (pid ${workers[1]}) ended (signal SIGKILL): starting another`)
    const sent = Crypto.randomBytes(1000)
    const results = await Promise.all(Array.from({ length: 20 }, () => exchange("127.0.0.1", served.port, sent)))
    for (const result of results) expect(result.received.equals(sent)).toBe(true)
    expect(await stop(served)).toBe(0)
    expect([...byWorker(served).keys()].sort()).toEqual([1, 2])
  })

  it("--admin-port: one admin server, /metrics from every worker with a worker label, /readyz while all serve", async () => {
    const { served } = await serveWorkers(["--admin-port", "0"])
    const admin = Number(/admin on http:\/\/127\.0\.0\.1:(\d+)/.exec(served.stderr())![1])
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${admin}${path}`)
      return { status: response.status, body: await response.text() }
    }
    expect((await get("/readyz")).status).toBe(200)
    const sent = Crypto.randomBytes(100)
    const results = await Promise.all(Array.from({ length: 40 }, () => exchange("127.0.0.1", served.port, sent)))
    for (const result of results) expect(result.received.equals(sent)).toBe(true)
    const accepted = (body: string) =>
      [1, 2].map((worker) => samples(body).get(`tcp_echo_connections_accepted_total{worker="${worker}"}`) ?? 0)
    // Each worker counts its own; together, every connection once.
    const scrape = await get("/metrics")
    expect(scrape.status).toBe(200)
    const [first, second] = accepted(scrape.body)
    expect(first! + second!).toBe(40)
    expect(first).toBeGreaterThan(0)
    expect(second).toBeGreaterThan(0)
    expect(samples(scrape.body).get(`tcp_echo_received_bytes_total{worker="1"}`)! + samples(scrape.body).get(`tcp_echo_received_bytes_total{worker="2"}`)!).toBe(4000)
    expect(scrape.body.match(/^# TYPE tcp_echo_connections_accepted_total counter$/gm)).toHaveLength(1)
    const checked = promtoolCheck(scrape.body)
    if (!("skip" in checked)) expect(checked.problems).toBe("")
    expect(await stop(served)).toBe(0)
  })

  it("a port in use: one line, exit 1, no worker started", async () => {
    const taken = Net.createServer()
    await new Promise<void>((ok) => taken.listen(0, "127.0.0.1", ok))
    const port = (taken.address() as Net.AddressInfo).port
    const ran = ChildProcess.spawnSync("node", [bin, "serve", "--workers", "2", "--port", String(port)], {
      encoding: "utf8",
      timeout: 10_000
    })
    taken.close()
    expect(ran.status).toBe(1)
    expect(ran.stderr).toBe(`tcp-echo: cannot listen on 127.0.0.1:${port}: address already in use\n`)
  })
})
