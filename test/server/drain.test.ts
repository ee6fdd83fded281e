/**
 * Closing the server's scope (what a library user does, and what a signal does in the CLI) serves
 * the connections that wait in the listener's accept queue instead of resetting them.
 */
import { expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Scope from "effect/Scope"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as EchoServer from "../../src/server/EchoServer.js"
import { tuned } from "../layers.js"

const tuning = tuned()

/**
 * A child process of clients: each connects, sends 4 KB, half-closes and checks its echo. It writes
 * how many connected to `progress` (so that this process can wait for it without turning its event
 * loop) and, at the end, one JSON line of outcomes on stdout.
 */
const clientScript = `
const Net = require("node:net"), Fs = require("node:fs")
const [port, count, progress] = process.argv.slice(1)
const payload = Buffer.alloc(4096, 42)
let connected = 0, echoed = 0, errors = [], closed = 0
for (let i = 0; i < Number(count); i++) {
  const parts = []
  const socket = Net.connect({ port: Number(port), host: "127.0.0.1", allowHalfOpen: true })
  socket.once("connect", () => (Fs.writeFileSync(progress, String(++connected)), socket.end(payload)))
  socket.on("data", (chunk) => parts.push(chunk))
  socket.on("error", (e) => errors.push(e.code))
  socket.once("close", () => {
    if (Buffer.concat(parts).equals(payload)) echoed++
    if (++closed === Number(count)) console.log(JSON.stringify({ connected, echoed, errors }))
  })
}
setTimeout(() => (console.log(JSON.stringify({ connected, echoed, errors, timeout: true })), process.exit(1)), 20000).unref()
`

/** Blocks this thread until `done` holds (at most `ms`): nothing here accepts meanwhile. */
const blockUntil = (done: () => boolean, ms: number) => {
  const until = Date.now() + ms
  while (!done() && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5)
}

it.effect("closing the scope serves every connection waiting in the accept queue", () =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const server = yield* EchoServer.make({ ...EchoServer.defaultConfig, host: "127.0.0.1", port: 0 }).pipe(
      Effect.provideService(Scope.Scope, scope)
    )
    const clients = 100
    const progress = Path.join(Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-drain-")), "connected")
    const child = ChildProcess.spawn(
      process.execPath,
      ["-e", clientScript, String(server.address.port), String(clients), progress],
      { stdio: ["ignore", "pipe", "inherit"] }
    )
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk))
    const exited = new Promise((resolve) => child.once("exit", resolve))
    const connected = () => Fs.existsSync(progress) && Number(Fs.readFileSync(progress, "utf8")) === clients
    // Every handshake completes into the accept queue while this thread, the server's, does not turn.
    blockUntil(connected, 10_000)
    const queued = connected()
    yield* Scope.close(scope, Exit.void)
    yield* Effect.promise(() => exited)
    Fs.rmSync(Path.dirname(progress), { recursive: true, force: true })
    const stats = yield* server.stats
    expect(queued).toBe(true)
    expect(JSON.parse(output)).toEqual({ connected: clients, echoed: clients, errors: [] })
    expect(stats.closed["client-fin"]).toBe(clients)
  }).pipe(Effect.provide(tuning)))
