import * as Effect from "effect/Effect"
import * as ChildProcess from "node:child_process"
import * as Net from "node:net"
import { bin, type Ran } from "../cli.js"

export type Fault =
  /** Flips the low bit of every byte whose offset in the connection's stream is a multiple of `every` (0 excluded). */
  | { readonly _tag: "Corrupt"; readonly every: number }
  /** Appends one byte to every chunk it echoes. */
  | { readonly _tag: "Extra" }

/**
 * An echo server that is wrong in one known way, for the client commands to catch; on 127.0.0.1
 * port 0, its connections destroyed and the listener closed with the scope.
 */
export const faultyEcho = (fault: Fault) =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: Net.Server; readonly port: number; readonly sockets: Set<Net.Socket> }>((resume) => {
      const sockets = new Set<Net.Socket>()
      const server = Net.createServer({ allowHalfOpen: true }, (socket) => {
        sockets.add(socket)
        let offset = 0
        socket.on("data", (chunk: Buffer) => {
          let out = chunk
          if (fault._tag === "Corrupt") {
            out = Buffer.from(chunk)
            const first = Math.ceil(Math.max(offset, 1) / fault.every) * fault.every
            for (let at = first; at < offset + chunk.length; at += fault.every) out[at - offset]! ^= 1
          } else {
            out = Buffer.concat([chunk, Buffer.from([0x2a])])
          }
          offset += chunk.length
          if (!socket.write(out)) {
            socket.pause()
            socket.once("drain", () => socket.resume())
          }
        })
        socket.on("end", () => socket.end())
        socket.on("error", () => socket.destroy())
        socket.on("close", () => sockets.delete(socket))
      })
      server.listen(0, "127.0.0.1", () =>
        resume(Effect.succeed({ server, port: (server.address() as Net.AddressInfo).port, sockets })))
    }),
    ({ server, sockets }) =>
      Effect.async<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  )

/**
 * Runs the built CLI without blocking this process (at most 10 s), so that servers in this process
 * keep serving it; `runCli` would freeze them.
 */
export const runCliAsync = (args: ReadonlyArray<string>) =>
  Effect.async<Ran>((resume) => {
    const child = ChildProcess.spawn("node", [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text))
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text))
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
    child.on("close", (code) => {
      clearTimeout(timer)
      resume(Effect.succeed({ code, stdout, stderr }))
    })
    return Effect.sync(() => {
      clearTimeout(timer)
      child.kill("SIGKILL")
    })
  })
