/**
 * Fault suite: whatever the fault, a connection's server memory stays bounded. Ten clients each try
 * to push 50 MB as fast as the server takes it; bytes held by a fault count towards the same bound
 * as the plain echo's backpressure, so the server reads only what it can echo soon and its RSS
 * stays near where it started.
 */
import * as Net from "node:net"
import { afterEach, expect, it } from "vitest"
import { closes, round, rssMb, sampleRss, sleep, startServer, stopAll, stopServer, watchLoad } from "./harness.js"

afterEach(stopAll)

const clients = 10
const offer = 50 * 2 ** 20
const chunk = Buffer.alloc(64 * 1024, 0x5a)

/** Writes up to `offer` bytes as fast as the socket takes them, reading (and dropping) the echo. */
const pusher = (port: number) => {
  let sent = 0
  const socket = Net.connect({ port, host: "127.0.0.1" })
  const pump = () => {
    while (sent < offer) {
      sent += chunk.length
      if (!socket.write(chunk)) return
    }
  }
  socket.on("connect", pump)
  socket.on("drain", pump)
  socket.on("data", () => {})
  socket.on("error", () => {})
  return { socket, sent: () => sent - socket.writableLength }
}

/**
 * Per connection, what the server read and did not echo: bytes held by a pacing fault, bounded by
 * the socket's 16 KiB high-water mark plus one 64 KiB read (with room for one more read).
 */
const heldBound = 144 * 1024

/**
 * The RSS growth allowed, in MB. Serving with no fault, the server grows by what V8 and malloc hold,
 * not by what it keeps: its heap stays under 18 MB under such a load (`node --trace-gc` with
 * `tcp-echo bench --mode bulk --connections 10`), but each read is a 64 KiB buffer outside the heap,
 * freed only when a collection runs (V8 started one every 40-260 ms as they piled up), and malloc
 * keeps freed ones for reuse. Runs with no fault grew by 37-65 MB; about twice the most is allowed.
 * A server that kept what it read would grow by up to 500 MB.
 */
const rssBound = 128

it.each([
  [["--latency", "1000"], true],
  [["--bandwidth", "64k"], true],
  [["--slice", "1:1"], true],
  [["--latency", "200:100", "--bandwidth", "256k", "--slice", "10"], true],
  [["--stall-after", "0"], true],
  // Reads and drops what comes after its FIN: nothing is held, though much more is read than echoed.
  [["--close-after", "1m"], false],
  // The plain echo, for comparison.
  [[], true]
] as const)("serve %j: 10 clients offering 50 MB each leave server memory bounded", async (flags, holds) => {
  const load = watchLoad()
  const server = await startServer([...flags, "--timeout", "0", "--shutdown-timeout", "0"])
  await sleep(300)
  const before = rssMb(server.pid)
  const pushers = Array.from({ length: clients }, () => pusher(server.port))
  const rss = sampleRss(server.pid, () => 0, 50)
  await sleep(3000)
  rss.stop()
  const taken = pushers.reduce((total, p) => total + p.sent(), 0)
  for (const p of pushers) p.socket.destroy()
  const busy = load.summary()
  await stopServer(server)
  const records = closes(server)
  const bytesIn = records.reduce((total, line) => total + Number(line.bytesIn), 0)
  const held = Math.max(0, ...records.map((line) => Number(line.bytesIn) - Number(line.bytesOut)))
  const growth = rss.peak() - before
  console.log(`${flags.join(" ") || "no fault"}: ${clients} clients took ${round(taken / 2 ** 20, 1)} MB off their ` +
    `sockets in 3 s, the server read ${round(bytesIn / 2 ** 20, 1)} MB, held at most ${round(held / 1024)} KiB on a ` +
    `connection; RSS ${round(before)} MB -> peak ${round(rss.peak())} MB (+${round(growth, 1)}); ${busy}`)
  expect(records).toHaveLength(clients)
  if (holds) expect(held, "bytes read and not echoed on one connection").toBeLessThanOrEqual(heldBound)
  expect(growth, `RSS growth (MB) ${busy}`).toBeLessThan(rssBound)
})
