/**
 * Fault suite: 20,000 connections ended by the client's RST at random points (before sending,
 * mid-message, while the echo flows) leave the server no descriptor and little memory behind.
 */
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { afterEach, expect, it } from "vitest"
import {
  closes,
  fdCount,
  freshRoundTrip,
  Pattern,
  pool,
  random,
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

const total = 20_000
const concurrency = 100
const rssMarginMb = 20
const message = new Pattern(3).bytes(0, 256 * 1024)

type When = "before sending" | "mid-message" | "while the echo flows"
const whens: ReadonlyArray<When> = ["before sending", "mid-message", "while the echo flows"]

/** One client that ends its connection by RST (SO_LINGER 0 and close) at the point `when`. */
const resetting = (port: number, when: When, draw: () => number, onConnect: () => void, done: () => void) => {
  const socket = Net.connect({ port, host: "127.0.0.1" })
  const reset = () => socket.resetAndDestroy()
  socket.on("error", () => {})
  socket.on("close", done)
  socket.once("connect", () => {
    onConnect()
    switch (when) {
      case "before sending":
        return reset()
      case "mid-message":
        // Part of a message, then the reset: now, or once the server may have read some of it.
        socket.write(message.subarray(0, 1 + Math.floor(draw() * 4096)))
        return draw() < 0.5 ? reset() : setImmediate(reset)
      case "while the echo flows": {
        const after = 1 + Math.floor(draw() * 128 * 1024)
        let echoed = 0
        socket.on("data", (chunk: Buffer) => {
          echoed += chunk.length
          if (echoed >= after && !socket.destroyed) reset()
        })
        socket.write(message)
      }
    }
  })
}

it("resets: 20,000 connections ended by RST at random points leave no fd behind and little memory", async () => {
  const load = watchLoad()
  const server = await startServer([])
  expect((await freshRoundTrip(server.port)).ok).toBe(true)
  // The baseline once the server is done with that first connection too.
  await settle(() => closes(server).length, (closed) => closed === 1, 2_000)
  const fdsBefore = fdCount(server.pid)
  const rssCold = rssMb(server.pid)
  const draw = random(20_000)
  let connected = 0
  let finished = 0
  const rss = sampleRss(server.pid, () => finished)
  const started = performance.now()
  await pool(total, concurrency, 90_000, (i, done) =>
    resetting(server.port, whens[i % whens.length]!, draw, () => connected++, () => (finished++, done())))
  const elapsed = performance.now() - started
  rss.stop()

  const fdsAfter = await settle(() => fdCount(server.pid), (fds) => fds <= fdsBefore, 5_000)
  const after = await freshRoundTrip(server.port)
  const busy = load.summary()
  expect((await stopServer(server)).code).toBe(0)
  const reasons = new Map<unknown, number>()
  for (const line of closes(server)) reasons.set(line.reason, (reasons.get(line.reason) ?? 0) + 1)
  // A fresh process's heap grows to its working size on its first load and keeps it: memory is
  // compared with where it settled in the second quarter, not with a cold start.
  const quarter = total / 4
  const settled = rss.median(quarter, 2 * quarter)
  const last = rss.median(total - quarter, Infinity)
  console.log(
    `resets: ${finished} conns reset (${whens.join(", ")}) in ${round(elapsed)} ms (${
      round(finished / elapsed * 1000)
    }/s); server fds ${fdsBefore} -> ${fdsAfter}; RSS ${round(rssCold)} MB cold, median ${round(settled)} MB over ` +
      `conns 5,000-10,000 -> ${round(last)} MB over the last 5,000 (${last >= settled ? "+" : ""}${
        round(last - settled, 1)
      } MB), peak ${round(rss.peak())} MB; closes by reason ${
        [...reasons].map(([reason, count]) => `${reason} ${count}`).join(", ")
      }; fresh round trip ${after.ok ? "ok" : after.error} in ${round(after.ms, 1)} ms; ${busy}`
  )
  expect(finished, `connections done within 90 s ${busy}`).toBe(total)
  expect(connected).toBe(total)
  expect(after.ok, `a fresh round trip afterwards (${after.error ?? "ok"}) ${busy}`).toBe(true)
  expect(fdsAfter, `server fds 5 s after the last connection ${busy}`).toBe(fdsBefore)
  expect(last - settled, `RSS growth (MB) from where it settled to the last 5,000 ${busy}`).toBeLessThan(rssMarginMb)
  // Every connection was logged once: the 20,000 and the two round trips.
  expect([...reasons.values()].reduce((a, b) => a + b, 0)).toBe(total + 2)
})
