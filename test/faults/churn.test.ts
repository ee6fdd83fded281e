/**
 * Fault suite: 100,000 short connections, 50 at a time, each echoed and closed cleanly, leave the
 * server no descriptor and no memory growth behind.
 */
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { afterEach, expect, it } from "vitest"
import {
  closes,
  fdCount,
  Pattern,
  pool,
  round,
  rssMb,
  sampleRss,
  settle,
  startServer,
  stopAll,
  stopServer,
  watchLoad
} from "./harness.js"

afterEach(stopAll)

const total = 100_000
const window = 10_000
const concurrency = 50
const payload = new Pattern(5).bytes(0, 64)

interface Tally {
  ok: number
  failed: number
  readonly errors: Map<string, number>
}

/** Connect, send 64 bytes, read them back, end, wait for the server's FIN, close. */
const shortConnection = (port: number, tally: Tally, done: () => void) => {
  const socket = Net.connect({ port, host: "127.0.0.1", noDelay: true })
  const parts: Array<Buffer> = []
  let length = 0
  let failed = false
  socket.on("connect", () => socket.write(payload))
  socket.on("data", (chunk: Buffer) => {
    parts.push(chunk)
    length += chunk.length
    if (length >= payload.length) socket.end()
  })
  socket.on("error", (e: NodeJS.ErrnoException) => {
    failed = true
    const code = e.code ?? e.message
    tally.errors.set(code, (tally.errors.get(code) ?? 0) + 1)
  })
  socket.on("close", () => {
    if (!failed && Buffer.concat(parts).equals(payload)) tally.ok++
    else tally.failed++
    done()
  })
}

it("churn: 100,000 short connections leave no fd or memory behind", async () => {
  const load = watchLoad()
  const server = await startServer([])
  const fdsBefore = fdCount(server.pid)
  const rssCold = rssMb(server.pid)
  const tally: Tally = { ok: 0, failed: 0, errors: new Map() }
  const rss = sampleRss(server.pid, () => tally.ok + tally.failed)
  const started = performance.now()
  const finished = await pool(total, concurrency, 100_000, (_, done) => shortConnection(server.port, tally, done))
  const elapsed = performance.now() - started
  rss.stop()
  const fdsAfter = await settle(() => fdCount(server.pid), (fds) => fds <= fdsBefore, 5_000)
  const busy = load.summary()
  expect((await stopServer(server)).code).toBe(0)
  const closed = closes(server)

  // A fresh server's heap may still be growing to its working size over the second 10,000 (it did,
  // by 8 MB, before the CLI kept its young generation small): where it settled is measured from the
  // third to the fifth. Over one window alone, a major collection inside it (RSS swings by about
  // 5 MB either way once settled) could set the reference 5-10% low.
  const early = rss.median(window, 2 * window)
  const settled = rss.median(2 * window, 5 * window)
  const last = rss.median(total - window, Infinity)
  const change = (last - settled) / settled * 100
  const errors = [...tally.errors].map(([code, n]) => ` ${code} ${n}`).join(",")
  console.log([
    `churn: ${finished} short conns (${concurrency} in flight) in ${round(elapsed / 1000, 1)} s ` +
    `(${round(finished / elapsed * 1000)}/s)`,
    `${tally.ok} echoed and closed cleanly, ${tally.failed} failed${errors}`,
    `server fds ${fdsBefore} -> ${fdsAfter}`,
    `RSS (medians) ${round(rssCold)} MB cold, ${round(early)} MB over conns 10,000-20,000, ${round(settled)} MB ` +
    `over 20,000-50,000 -> ${round(last)} MB over the last 10,000 (${change >= 0 ? "+" : ""}${round(change, 1)}%), ` +
    `peak ${round(rss.peak())} MB`,
    busy
  ].join("; "))
  expect(finished, `connections done within 100 s ${busy}`).toBe(total)
  expect(tally.ok).toBe(total)
  expect(closed.filter((line) => line.reason === "client-fin")).toHaveLength(total)
  expect(fdsAfter, `server fds 5 s after the last connection ${busy}`).toBe(fdsBefore)
  expect(change, `RSS change (%) from where it settled to the last 10,000 ${busy}`).toBeLessThan(10)
})
