/**
 * Fault suite: SIGTERM under load lets half-closed transfers finish byte-exact and refuses new
 * connections; a second signal ends the drain at once.
 */
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { afterEach, expect, it } from "vitest"
import { connectOutcome, maxOf, Pattern, round, sleep, startServer, stopAll, Verifier, watchLoad } from "./harness.js"

afterEach(stopAll)

const transfers = 50
const size = 1024 * 1024
const chunk = 64 * 1024
const chunkEveryMs = 20 // 1 MB in 16 chunks over about 320 ms

interface Transfer {
  readonly received: number
  readonly mismatches: number
  readonly error: string | undefined
  readonly doneAt: number
}

/**
 * A client that, once `start`ed, sends `size` pattern bytes paced in chunks, half-closes
 * (shutdown(SHUT_WR)), reads to EOF and checks every byte; `done` resolves at its close.
 */
const halfClosed = (port: number, seed: number) => {
  const pattern = new Pattern(seed)
  const verifier = new Verifier(seed)
  let error: string | undefined
  let sent = 0
  let finished = false
  const socket = Net.connect({ port, host: "127.0.0.1", allowHalfOpen: true })
  const connected = new Promise<void>((resolve) => socket.once("connect", resolve))
  const start = () => {
    const timer = setInterval(() => {
      socket.write(pattern.bytes(sent, chunk))
      sent += chunk
      if (sent >= size) (clearInterval(timer), socket.end())
    }, chunkEveryMs)
    socket.on("close", () => clearInterval(timer))
  }
  socket.on("data", (data: Buffer) => verifier.check(data))
  socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
  const done = new Promise<Transfer>((resolve) =>
    socket.on("close", () => {
      finished = true
      resolve({ received: verifier.offset, mismatches: verifier.mismatches, error, doneAt: performance.now() })
    })
  )
  return { connected, start, done, finished: () => finished }
}

it("signals under load: SIGTERM lets 50 half-closed 1 MB transfers finish, refuses new ones, exits 0", async () => {
  const load = watchLoad()
  const server = await startServer(["--shutdown-timeout", "5"])
  const clients = Array.from({ length: transfers }, (_, i) => halfClosed(server.port, 1_000 + i))
  await Promise.all(clients.map((client) => client.connected))
  for (const client of clients) client.start()
  await sleep(50)
  const signalled = performance.now()
  server.child.kill("SIGTERM")
  await sleep(100)
  const refused = await connectOutcome(server.port)
  const inFlightWhenRefused = clients.filter((client) => !client.finished()).length
  const results = await Promise.all(clients.map((client) => client.done))
  const exit = await server.exited
  const lastDone = maxOf(results.map((result) => result.doneAt))
  const busy = load.summary()
  const exact = results.filter((r) => r.received === size && r.mismatches === 0 && r.error === undefined).length
  const mismatches = results.reduce((sum, r) => sum + r.mismatches, 0)
  console.log([
    `signals: SIGTERM 50 ms into ${transfers} half-closed 1 MB transfers`,
    `${exact}/${transfers} complete and byte-exact (${mismatches} mismatches), ` +
    `the last ${round(lastDone - signalled)} ms after the signal`,
    `a new connection 100 ms after it (${inFlightWhenRefused} transfers in flight): ${refused}`,
    `exit ${exit.code} ${round(exit.at - signalled)} ms after the signal (--shutdown-timeout 5)`,
    busy
  ].join("; "))
  expect(refused, `a new connection 100 ms after SIGTERM ${busy}`).toBe("ECONNREFUSED")
  expect(inFlightWhenRefused, `transfers still in flight 100 ms after SIGTERM ${busy}`).toBe(transfers)
  expect(exact).toBe(transfers)
  expect(exit.code).toBe(0)
  expect(exit.at - signalled, `ms from SIGTERM to exit ${busy}`).toBeLessThan(5_000)
})

it("signals under load: a second signal ends the drain at once (exit 0)", async () => {
  // No timeouts and a long drain: only the second signal can end this connection.
  const load = watchLoad()
  const server = await startServer(["--timeout", "0", "--shutdown-timeout", "30"])
  const stuck = Net.connect({ port: server.port, host: "127.0.0.1" })
  stuck.on("error", () => {})
  stuck.pause()
  await new Promise((resolve) => stuck.once("connect", resolve))
  // An echo that waits for a client that does not read.
  stuck.write(new Pattern(9).bytes(0, 8 * 1024 * 1024))
  await sleep(200)
  server.child.kill("SIGTERM")
  await sleep(500)
  const drainingAfterFirst = server.exit() === undefined
  const second = performance.now()
  server.child.kill("SIGTERM")
  const exit = await Promise.race([server.exited, sleep(5_000).then(() => undefined)])
  stuck.destroy()
  const shutdownLogged = server.lines().some((line) => line.msg.startsWith("shutting down"))
  const busy = load.summary()
  console.log([
    `signals: two SIGTERMs, a stuck connection draining (--shutdown-timeout 30)`,
    `still up 500 ms after the first: ${drainingAfterFirst}`,
    exit === undefined
      ? "no exit within 5 s of the second"
      : `exit ${exit.code} ${round(exit.at - second)} ms after the second`,
    busy
  ].join("; "))
  expect(drainingAfterFirst).toBe(true)
  expect(shutdownLogged).toBe(true)
  expect(exit?.code, `exit within 5 s of the second signal ${busy}`).toBe(0)
  expect(exit!.at - second, `ms from the second signal to exit ${busy}`).toBeLessThan(1_000)
})
