/**
 * Shutdown loses nothing the kernel accepted: connections waiting in the listener's accept queue
 * when the signal comes are accepted and served under the drain deadline, not reset by the
 * listener's close. Only a connection that arrives after the listener closed is refused.
 */
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { afterEach, expect, it } from "vitest"
import { Pattern, round, settle, sleep, startServer, stopAll, Verifier } from "./harness.js"

afterEach(stopAll)

interface Outcome {
  /** The connect's own error (ECONNREFUSED: it came after the listener closed), if any. */
  readonly connectError: string | undefined
  readonly received: number
  readonly mismatches: number
  readonly error: string | undefined
}

/**
 * A client that connects, sends `size` pattern bytes as fast as the socket takes them, half-closes,
 * and reads to EOF checking every byte. `sent` resolves once every byte is in its kernel's hands.
 */
const transfer = (port: number, seed: number, size: number, withinMs: number) => {
  const pattern = new Pattern(seed)
  const verifier = new Verifier(seed)
  const socket = Net.connect({ port, host: "127.0.0.1", allowHalfOpen: true })
  let connected = false
  let error: string | undefined
  let sent = 0
  const timer = setTimeout(() => (error ??= "timeout", socket.destroy()), withinMs)
  const pump = () => {
    while (sent < size) {
      const length = Math.min(64 * 1024, size - sent)
      const more = socket.write(pattern.bytes(sent, length))
      sent += length
      if (!more) return socket.once("drain", pump)
    }
    socket.end()
  }
  socket.once("connect", () => (connected = true, pump()))
  socket.on("data", (chunk: Buffer) => verifier.check(chunk))
  socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
  const done = new Promise<Outcome>((resolve) =>
    socket.once("close", () => {
      clearTimeout(timer)
      resolve({
        connectError: connected ? undefined : error,
        received: verifier.offset,
        mismatches: verifier.mismatches,
        error: connected ? error : undefined
      })
    })
  )
  return { done, connected: () => connected, flushed: () => sent === size && socket.writableLength === 0 }
}

const exactly = (size: number) => (outcome: Outcome) =>
  outcome.connectError === undefined && outcome.error === undefined && outcome.received === size &&
  outcome.mismatches === 0

it("drain: 200 connections queued while the server was stopped are all echoed after SIGTERM", async () => {
  const clients = 200
  const size = 64 * 1024
  const server = await startServer(["--shutdown-timeout", "10"])
  // SIGSTOP: the kernel completes every handshake and queues it; nothing is accepted.
  process.kill(server.pid, "SIGSTOP")
  const transfers = Array.from({ length: clients }, (_, i) => transfer(server.port, 5_000 + i, size, 30_000))
  const ready = await settle(() => transfers.filter((t) => t.connected() && t.flushed()).length, (n) => n === clients, 10_000)
  const signalled = performance.now()
  process.kill(server.pid, "SIGTERM")
  process.kill(server.pid, "SIGCONT")
  const outcomes = await Promise.all(transfers.map((t) => t.done))
  const exit = await server.exited
  const echoed = outcomes.filter(exactly(size)).length
  const errors = new Map<string, number>()
  for (const o of outcomes) if (!exactly(size)(o)) errors.set(o.error ?? o.connectError ?? "short", (errors.get(o.error ?? o.connectError ?? "short") ?? 0) + 1)
  console.log([
    `drain: SIGSTOP, ${ready}/${clients} clients connected and sent 64 KB + FIN into the accept queue`,
    `SIGTERM + SIGCONT: ${echoed}/${clients} echoed byte-exact`,
    `failures ${JSON.stringify(Object.fromEntries(errors))}`,
    `exit ${exit.code} ${round(exit.at - signalled)} ms after the signal`
  ].join("; "))
  expect(ready).toBe(clients)
  expect(echoed).toBe(clients)
  expect(exit.code).toBe(0)
})

it("drain: SIGTERM 0.3 s after listening, 50 clients sending 8 MB each, 10 runs: nothing accepted is lost", async () => {
  const runs = 10
  const clients = 50
  const size = 8 * 1024 * 1024
  const summaries: Array<string> = []
  let lost = 0
  for (let run = 0; run < runs; run++) {
    const server = await startServer(["--shutdown-timeout", "60"])
    const transfers = Array.from({ length: clients }, (_, i) => transfer(server.port, run * 100 + i, size, 90_000))
    await sleep(300)
    process.kill(server.pid, "SIGTERM")
    const outcomes = await Promise.all(transfers.map((t) => t.done))
    const exit = await server.exited
    const echoed = outcomes.filter(exactly(size)).length
    const refused = outcomes.filter((o) => o.connectError === "ECONNREFUSED").length
    const runLost = clients - echoed - refused
    lost += runLost
    summaries.push(`${echoed}+${refused}r${runLost > 0 ? ` LOST ${runLost}` : ""} exit ${exit.code}`)
    expect(exit.code).toBe(0)
  }
  console.log(`drain: early SIGTERM, ${runs} runs of ${clients} x 8 MB (echoed + refused at connect): ${summaries.join(", ")}`)
  expect(lost).toBe(0)
}, 600_000)

/** Connects, sends 64 bytes, reads them back, closes; tallies how it ended. */
const churnOnce = (port: number, tally: Map<string, number>) =>
  new Promise<void>((done) => {
    let connected = false
    let received = 0
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1)
    const socket = Net.connect({ port, host: "127.0.0.1" })
    socket.setTimeout(5_000, () => socket.destroy(new Error("timeout")))
    socket.once("connect", () => (connected = true, socket.write(Buffer.alloc(64, 7))))
    socket.on("data", (chunk: Buffer) => (received += chunk.length) >= 64 && socket.end())
    socket.on("error", (e: NodeJS.ErrnoException) =>
      count(!connected ? `refused (${e.code})` : received >= 64 ? "error after echo" : `lost (${e.code ?? e.message})`)
    )
    socket.once("close", (hadError) => (hadError || count(received >= 64 ? "echoed" : "lost (FIN, no echo)"), done()))
  })

it("drain: SIGTERM during a connection flood, 10 runs: every completed handshake is echoed", async () => {
  const runs = 10
  const concurrency = 32
  const tally = new Map<string, number>()
  for (let run = 0; run < runs; run++) {
    const server = await startServer([])
    // Each client goes on until the server has exited: its last attempt meets the closed port.
    const loops = Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < 20_000 && server.exit() === undefined; i++) await churnOnce(server.port, tally)
    })
    await sleep(300)
    process.kill(server.pid, "SIGTERM")
    await Promise.all(loops)
    expect((await server.exited).code).toBe(0)
  }
  const lost = [...tally].filter(([key]) => key.startsWith("lost")).reduce((sum, [, n]) => sum + n, 0)
  console.log(`drain: SIGTERM into ${concurrency} churning clients, ${runs} runs: ${JSON.stringify(Object.fromEntries(tally))}`)
  expect(tally.get("echoed") ?? 0).toBeGreaterThan(0)
  expect(lost).toBe(0)
}, 300_000)
