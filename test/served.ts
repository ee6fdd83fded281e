/**
 * The deployed server seen from outside: the built CLI's `serve` on any address with JSON logs, its
 * close records once it stopped, and clients that connect from the local address a test chooses.
 */
import * as Net from "node:net"
import { type Served, startServer } from "./cli.js"

export interface LogLine {
  readonly level: string
  readonly msg: string
  readonly [annotation: string]: unknown
}

/** `tcp-echo serve --log-format json ARGS --port 0` (under `prefix`, if given), resolved once it listens. */
export const serveJson = (args: ReadonlyArray<string>, prefix: ReadonlyArray<string> = []): Promise<Served> =>
  startServer(["--log-format", "json", ...args], prefix)

export const logLines = (served: Served): ReadonlyArray<LogLine> =>
  served.stderr().split("\n").flatMap((line) => {
    try {
      const value: unknown = JSON.parse(line)
      return typeof value === "object" && value !== null && "msg" in value ? [value as LogLine] : []
    } catch {
      return []
    }
  })

/** The server's `connection closed` records. */
export const closeRecords = (served: Served): ReadonlyArray<LogLine> =>
  logLines(served).filter((line) => line.msg === "connection closed")

/** SIGTERM, then the exit code (the server drains first; at most 10 s, then SIGKILL). */
export const stop = async (served: Served): Promise<number | null> => {
  served.child.kill("SIGTERM")
  const timer = setTimeout(() => served.child.kill("SIGKILL"), 10_000)
  const code = await served.exited
  clearTimeout(timer)
  return code
}

export interface Exchanged {
  readonly received: Buffer
  /** The socket error's code, if any (`ECONNREFUSED`, `ECONNRESET`). */
  readonly error: string | undefined
  /** The local port the client had, to find its close record. */
  readonly localPort: number | undefined
}

/**
 * Connects to host:port (from `localAddress` if given), writes `payload`, half-closes and reads to
 * EOF; at most `timeoutMs` (5 s), after which the socket is destroyed and `error` is `TIMEOUT`.
 */
export const exchange = (
  host: string,
  port: number,
  payload: Buffer,
  options: { readonly localAddress?: string; readonly timeoutMs?: number } = {}
): Promise<Exchanged> =>
  new Promise((resolve) => {
    const received: Array<Buffer> = []
    let error: string | undefined
    let localPort: number | undefined
    const socket = Net.connect({
      host,
      port,
      allowHalfOpen: true,
      ...(options.localAddress !== undefined ? { localAddress: options.localAddress } : {})
    })
    const timer = setTimeout(() => (error = "TIMEOUT", socket.destroy()), options.timeoutMs ?? 5000)
    socket.on("connect", () => {
      localPort = socket.localPort
      socket.end(payload)
    })
    socket.on("data", (chunk: Buffer) => received.push(chunk))
    socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
    socket.on("close", () => {
      clearTimeout(timer)
      resolve({ received: Buffer.concat(received), error, localPort })
    })
  })

/** Checks `done` every 20 ms until it holds or `timeoutMs` passed; returns whether it held. */
export const waitFor = async (done: () => boolean, timeoutMs = 2000): Promise<boolean> => {
  for (const until = Date.now() + timeoutMs; !done(); await new Promise((ok) => setTimeout(ok, 20))) {
    if (Date.now() > until) return false
  }
  return true
}
