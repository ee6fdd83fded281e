import * as Net from "node:net"
import { afterEach, expect, it } from "vitest"
import {
  closes,
  monotonicMs,
  percentile,
  round,
  rssMb,
  sampleRss,
  sleep,
  startServer,
  stopAll,
  stopServer,
  watchEcho
} from "./harness.js"

afterEach(stopAll)

const clients = 100
const perClient = 16 * 1024 * 1024
const chunkSize = 64 * 1024
const sampleMs = 10

interface Stalled {
  readonly localPort: number
  readonly closedAt: number
  /** When the last write the kernel took in full completed. */
  readonly lastWriteAt: number
  readonly written: number
  readonly error: string | undefined
}

/**
 * Sends `perClient` bytes, one chunk at a time, and never reads; the server's reset surfaces on the
 * write still pending.
 */
const neverReading = (port: number, payload: Buffer): Promise<Stalled> =>
  new Promise((resolve) => {
    let written = 0
    let lastWriteAt = monotonicMs()
    let localPort = 0
    let error: string | undefined
    const socket = Net.connect({ port, host: "127.0.0.1" })
    socket.pause()
    const writeNext = () => {
      if (written >= perClient) return
      socket.write(payload, (e) => {
        if (e !== undefined && e !== null) return
        written += payload.length
        lastWriteAt = monotonicMs()
        writeNext()
      })
    }
    socket.on("connect", () => (localPort = socket.localPort ?? 0, writeNext()))
    socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
    socket.on("close", () => resolve({ localPort, closedAt: monotonicMs(), lastWriteAt, written, error }))
  })

it("never-reading clients: 100 x 16 MB unread are reset 2-3 s after the echo stalls, in bounded memory", async () => {
  const server = await startServer(["--write-timeout", "2", "--read-timeout", "0"])
  const rssBefore = rssMb(server.pid)
  const rss = sampleRss(server.pid, () => 0, 50)
  const echo = watchEcho(server.port, sampleMs)
  const payload = Buffer.alloc(chunkSize, 0x62)
  const started = monotonicMs()
  const results = await Promise.race([
    Promise.all(Array.from({ length: clients }, () => neverReading(server.port, payload))),
    sleep(30_000).then(() => [])
  ])
  const elapsed = monotonicMs() - started
  rss.stop()
  const rssPeak = rss.peak()
  const { longestGap, seen } = await echo.stop()
  expect((await stopServer(server)).code).toBe(0)
  const closed = closes(server)

  // Each reset came between `early` and `late` after the echo's last progress, which two samples
  // bracket; only what lies outside the bracket is certain, so each bound is checked on its far side.
  // The client's own writes are no guide: they go on filling the server's receive buffer for a
  // while after the echo stalled.
  const early = results.map((r) => r.closedAt - (seen.get(r.localPort)?.by ?? NaN))
  const late = results.map((r) => r.closedAt - (seen.get(r.localPort)?.after ?? NaN))
  const min = (vs: ReadonlyArray<number>) => Math.min(...vs)
  const max = (vs: ReadonlyArray<number>) => Math.max(...vs)
  const p50 = (vs: ReadonlyArray<number>) => percentile(vs, 50)
  const afterWrite = results.map((r) => r.closedAt - r.lastWriteAt)
  const echoed = [...seen.values()].map((p) => p.bytes)
  const written = results.map((r) => r.written)
  const mb = (bytes: number) => round(bytes / 2 ** 20, 1)
  const range = (values: ReadonlyArray<number>) => `${round(min(values))}-${round(max(values))}`
  console.log([
    `never-reading: ${clients} conns x 16 MB, unread, all reset in ${round(elapsed)} ms`,
    `reset after the echo's last progress: min ${round(min(early))}-${round(min(late))} ms, ` +
    `p50 ${round(p50(early))}-${round(p50(late))} ms, max ${round(max(early))}-${round(max(late))} ms ` +
    `(bracketed by samples up to ${round(longestGap)} ms apart)`,
    `after the client's last write ${range(afterWrite)} ms`,
    `per conn: echo taken by the kernel ${mb(min(echoed))}-${mb(max(echoed))} MB, ` +
    `sent ${mb(min(written))}-${mb(max(written))} MB`,
    `server RSS ${round(rssBefore)} MB -> peak ${round(rssPeak)} MB (+${round(rssPeak - rssBefore)} MB)`
  ].join("; "))
  expect(results).toHaveLength(clients)
  for (const result of results) {
    expect(result.written).toBeLessThan(perClient)
    expect(["ECONNRESET", "EPIPE"]).toContain(result.error)
  }
  expect(closed.filter((line) => line.reason === "write-timeout")).toHaveLength(clients)
  // README: a write timeout fires between T and T + min(T/10, 100 ms) after the last progress; the
  // upper bound leaves room for event-loop lag with 100 busy connections on two cores.
  expect(min(late)).toBeGreaterThanOrEqual(2_000)
  expect(max(early)).toBeLessThanOrEqual(3_000)
  expect(rssPeak - rssBefore).toBeLessThan(100)
})

/**
 * Writes as fast as the server takes it and reads `bytesPerMs` steadily, for `forMs`; then ends and
 * reads the rest at full speed.
 */
const slowReader = (port: number, bytesPerMs: number, forMs: number) =>
  new Promise<{ readonly written: number; readonly read: number; readonly error: string | undefined }>((resolve) => {
    const payload = Buffer.alloc(chunkSize, 0x63)
    const started = monotonicMs()
    let written = 0
    let read = 0
    let slow = true
    let error: string | undefined
    const socket = Net.connect({ port, host: "127.0.0.1" })
    const pump = () => {
      while (slow) {
        written += payload.length
        if (!socket.write(payload)) return
      }
    }
    socket.on("connect", pump)
    socket.on("drain", pump)
    socket.on("data", (chunk: Buffer) => {
      read += chunk.length
      if (!slow) return
      socket.pause()
      setTimeout(() => socket.resume(), chunk.length / bytesPerMs)
    })
    setTimeout(() => {
      slow = false
      socket.end()
      socket.resume()
    }, forMs)
    socket.on("error", (e: NodeJS.ErrnoException) => {
      error ??= `${e.code ?? e.message} after ${round(monotonicMs() - started)} ms`
    })
    socket.on("close", () => resolve({ written, read, error }))
  })

it("a slow reader (2 MB/s, steadily) is not taken for a stalled one by --write-timeout 2", async () => {
  const server = await startServer(["--write-timeout", "2", "--read-timeout", "0"])
  const result = await slowReader(server.port, 2 * 1024 * 1024 / 1000, 5_000)
  expect((await stopServer(server)).code).toBe(0)
  const closed = closes(server)
  console.log([
    `slow reader: --write-timeout 2, reading 2 MB/s for 5 s, then at full speed`,
    `read ${round(result.read / 2 ** 20, 1)} MB of ${round(result.written / 2 ** 20, 1)} MB sent`,
    `client: ${result.error ?? "not reset"}`,
    `server: ${closed.map((line) => `${line.reason} ${line.error ?? ""}`.trim()).join(", ")}`
  ].join("; "))
  expect(result.error).toBeUndefined()
  expect(result.read).toBe(result.written)
  expect(closed.map((line) => line.reason)).toEqual(["client-fin"])
})
