import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { afterEach, expect, it } from "vitest"
import { closes, fdCount, Pattern, pool, round, rssMb, settle, startServer, stopAll, stopServer } from "./harness.js"

afterEach(stopAll)

const total = 100_000
const settledAfter = 10_000
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
  const server = await startServer([])
  const fdsBefore = fdCount(server.pid)
  const rssCold = rssMb(server.pid)
  const tally: Tally = { ok: 0, failed: 0, errors: new Map() }
  const run = (count: number) => pool(count, concurrency, 120_000, (_, done) => shortConnection(server.port, tally, done))

  const started = performance.now()
  const first = await run(settledAfter)
  const rssSettled = rssMb(server.pid)
  const rest = await run(total - settledAfter)
  const elapsed = performance.now() - started
  const fdsAfter = await settle(() => fdCount(server.pid), (fds) => fds <= fdsBefore, 5_000)
  const rssAfter = rssMb(server.pid)
  expect((await stopServer(server)).code).toBe(0)
  const closed = closes(server)

  const change = (rssAfter - rssSettled) / rssSettled * 100
  console.log(
    `churn: ${first + rest} short conns (${concurrency} in flight) in ${round(elapsed / 1000, 1)} s (${
      round((first + rest) / elapsed * 1000)
    }/s), ${tally.ok} echoed and closed cleanly, ${tally.failed} failed${
      tally.errors.size > 0 ? ` (${[...tally.errors].map(([code, n]) => `${code} ${n}`).join(", ")})` : ""
    }; server fds ${fdsBefore} -> ${fdsAfter}; RSS ${round(rssCold)} MB cold -> ${round(rssSettled)} MB after ${
      settledAfter
    } -> ${round(rssAfter)} MB (${change >= 0 ? "+" : ""}${round(change, 1)}%)`
  )
  expect(first + rest).toBe(total)
  expect(tally.ok).toBe(total)
  expect(closed.filter((line) => line.reason === "client-fin")).toHaveLength(total)
  expect(fdsAfter).toBe(fdsBefore)
  expect(change).toBeLessThan(10)
})
