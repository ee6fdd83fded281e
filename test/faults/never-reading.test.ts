/**
 * Fault suite: clients that send and never read must be reset by --write-timeout once the echo
 * stalls, in bounded server memory; a slow but steady reader must not be.
 */
import * as Fs from "node:fs"
import * as Net from "node:net"
import { afterEach, expect, it } from "vitest"
import {
  closes,
  maxOf,
  minOf,
  monotonicMs,
  percentile,
  round,
  rssMb,
  sampleRss,
  sleep,
  startServer,
  stopAll,
  stopServer,
  watchEcho,
  watchLoad
} from "./harness.js"

afterEach(stopAll)

const clients = 100
const chunkSize = 64 * 1024
const sampleMs = 10
const waitMs = 30_000

/** The third field (the autotuning maximum) of /proc/sys/net/ipv4/tcp_rmem or tcp_wmem. */
const autotuneMax = (file: string): number => {
  try {
    return Number(Fs.readFileSync(`/proc/sys/net/ipv4/${file}`, "utf8").trim().split(/\s+/)[2]) || NaN
  } catch {
    return NaN
  }
}

/**
 * What one client sends at most: more than the whole path can hold once the echo stalls (its send
 * buffer, the server's receive buffer, the server's queue of a chunk or two, the server's send buffer
 * and its own receive buffer, each at most the kernel's autotuning maximum), so a write is always
 * pending when the reset comes. A paused socket with no write pending never polls its descriptor
 * and would not see the reset at all.
 */
const perClient = (() => {
  const path = 2 * autotuneMax("tcp_rmem") + 2 * autotuneMax("tcp_wmem") + 4 * 1024 * 1024
  return Number.isFinite(path) ? path + 16 * 1024 * 1024 : 256 * 1024 * 1024
})()

interface Stalled {
  readonly localPort: number
  readonly closedAt: number
  /** When the last write the kernel took in full completed. */
  readonly lastWriteAt: number
  readonly written: number
  readonly error: string | undefined
}

interface NeverReading {
  /** Resolves at the client's close. */
  readonly closed: Promise<Stalled>
  /** For a client not closed in time: what it did so far; destroys it. */
  readonly abandon: () => string
}

/**
 * Sends up to `perClient` bytes, one chunk at a time, and never reads; the server's reset surfaces
 * on the write still pending.
 */
const neverReading = (port: number, payload: Buffer): NeverReading => {
  let written = 0
  let lastWriteAt = monotonicMs()
  let localPort = 0
  let pending = false
  let error: string | undefined
  const socket = Net.connect({ port, host: "127.0.0.1" })
  socket.pause()
  const writeNext = () => {
    if (written >= perClient) return
    pending = true
    socket.write(payload, (e) => {
      pending = false
      if (e !== undefined && e !== null) return
      written += payload.length
      lastWriteAt = monotonicMs()
      writeNext()
    })
  }
  socket.on("connect", () => (localPort = socket.localPort ?? 0, writeNext()))
  socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
  const closed = new Promise<Stalled>((resolve) =>
    socket.on("close", () => resolve({ localPort, closedAt: monotonicMs(), lastWriteAt, written, error }))
  )
  const abandon = () => {
    const state = `port ${localPort}: sent ${round(written / 2 ** 20, 1)} MB, ` +
      `${pending ? "a write pending" : "no write pending"}, last write ${round(monotonicMs() - lastWriteAt)} ms ago`
    socket.destroy()
    return state
  }
  return { closed, abandon }
}

it("never-reading clients: 100 that send and never read are reset 2-3 s after the echo stalls, in bounded memory", async () => {
  const load = watchLoad()
  const server = await startServer(["--write-timeout", "2", "--read-timeout", "0"])
  const rssBefore = rssMb(server.pid)
  const rss = sampleRss(server.pid, () => 0, 50)
  const echo = watchEcho(server.port, sampleMs)
  const payload = Buffer.alloc(chunkSize, 0x62)
  const started = monotonicMs()
  const running = Array.from({ length: clients }, () => neverReading(server.port, payload))
  // Each client's outcome on its own: one that is never reset must not hide what the others saw.
  const results: Array<Stalled> = []
  const gone = new Set<number>()
  await Promise.race([
    Promise.all(running.map((client, i) => client.closed.then((result) => (gone.add(i), results.push(result))))),
    sleep(waitMs)
  ])
  const unobserved = running.flatMap((client, i) => gone.has(i) ? [] : [client.abandon()])
  const elapsed = monotonicMs() - started
  rss.stop()
  const rssPeak = rss.peak()
  const { longestGap, seen } = await echo.stop()
  const busy = load.summary()
  expect((await stopServer(server)).code).toBe(0)
  const closed = closes(server)

  // Each reset came between `early` and `late` after the echo's last progress, which two samples
  // bracket; only what lies outside the bracket is certain, so each bound is checked on its far side.
  // The client's own writes are no guide: they go on filling the server's receive buffer for a
  // while after the echo stalled.
  const watched = results.filter((r) => seen.has(r.localPort))
  const early = watched.map((r) => r.closedAt - seen.get(r.localPort)!.by)
  const late = watched.map((r) => r.closedAt - seen.get(r.localPort)!.after)
  const p50 = (vs: ReadonlyArray<number>) => percentile(vs, 50)
  const afterWrite = results.map((r) => r.closedAt - r.lastWriteAt)
  const echoed = [...seen.values()].map((p) => p.bytes)
  const written = results.map((r) => r.written)
  const mb = (bytes: number) => round(bytes / 2 ** 20, 1)
  const range = (values: ReadonlyArray<number>) => `${round(minOf(values))}-${round(maxOf(values))}`
  console.log([
    `never-reading: ${clients} conns sending up to ${mb(perClient)} MB each, unread, ${results.length} reset ` +
    `within ${round(elapsed)} ms`,
    `reset after the echo's last progress: min ${round(minOf(early))}-${round(minOf(late))} ms, ` +
    `p50 ${round(p50(early))}-${round(p50(late))} ms, max ${round(maxOf(early))}-${round(maxOf(late))} ms ` +
    `(bracketed by samples up to ${round(longestGap)} ms apart)`,
    `after the client's last write ${range(afterWrite)} ms`,
    `per conn: echo taken by the kernel ${mb(minOf(echoed))}-${mb(maxOf(echoed))} MB, ` +
    `sent ${mb(minOf(written))}-${mb(maxOf(written))} MB`,
    `server RSS ${round(rssBefore)} MB -> peak ${round(rssPeak)} MB (+${round(rssPeak - rssBefore)} MB)`,
    busy
  ].join("; "))
  expect(
    unobserved,
    `${unobserved.length} of ${clients} clients saw no reset within ${waitMs / 1000} s ${busy}`
  ).toEqual([])
  expect(results).toHaveLength(clients)
  for (const result of results) {
    expect(result.written, `the echo stalled before the client ran out of bytes`).toBeLessThan(perClient)
    expect(["ECONNRESET", "EPIPE"]).toContain(result.error)
  }
  expect(closed.filter((line) => line.reason === "write-timeout")).toHaveLength(clients)
  expect(watched.length, `connections the ss sampler saw make progress ${busy}`).toBe(clients)
  // README: a write timeout fires between T and T + min(T/10, 100 ms) after the last progress; the
  // upper bound leaves room for event-loop lag with 100 busy connections on two cores.
  expect(minOf(late), `earliest reset after the echo's last progress, ms ${busy}`).toBeGreaterThanOrEqual(2_000)
  expect(maxOf(early), `latest reset after the echo's last progress, ms ${busy}`).toBeLessThanOrEqual(3_000)
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
  const load = watchLoad()
  const server = await startServer(["--write-timeout", "2", "--read-timeout", "0"])
  const result = await slowReader(server.port, 2 * 1024 * 1024 / 1000, 5_000)
  const busy = load.summary()
  expect((await stopServer(server)).code).toBe(0)
  const closed = closes(server)
  console.log([
    `slow reader: --write-timeout 2, reading 2 MB/s for 5 s, then at full speed`,
    `read ${round(result.read / 2 ** 20, 1)} MB of ${round(result.written / 2 ** 20, 1)} MB sent`,
    `client: ${result.error ?? "not reset"}`,
    `server: ${closed.map((line) => `${line.reason} ${line.error ?? ""}`.trim()).join(", ")}`,
    busy
  ].join("; "))
  expect(result.error, `the slow reader's error ${busy}`).toBeUndefined()
  expect(result.read).toBe(result.written)
  expect(closed.map((line) => line.reason)).toEqual(["client-fin"])
})
