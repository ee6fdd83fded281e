/**
 * The deployed server seen from outside: the built CLI's `serve` on any address with JSON logs, its
 * close records once it stopped, and clients that connect from the local address a test chooses.
 */
import * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { type Served, startServer } from "./cli.js"

export interface LogLine {
  readonly level: string
  readonly msg: string
  readonly [annotation: string]: unknown
}

const started = new Set<Served>()

/** `tcp-echo serve --log-format json ARGS --port 0` (under `prefix`, if given), resolved once it listens. */
export const serveJson = async (args: ReadonlyArray<string>, prefix: ReadonlyArray<string> = []): Promise<Served> => {
  const served = await startServer(["--log-format", "json", ...args], prefix)
  started.add(served)
  served.exited.then(() => started.delete(served))
  return served
}

/** Kills the servers a failed case left running (`afterEach(killLeftovers)`): no case outlives its file. */
export const killLeftovers = (): void => {
  for (const served of started) served.child.kill("SIGKILL")
  started.clear()
}

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
  /** ms from the connect call to the close. */
  readonly closedAfterMs: number
}

export interface ExchangeOptions {
  readonly localAddress?: string
  /** ms between two segments (default 0: all at once). */
  readonly gapMs?: number
  /** Whether to half-close after the last segment (default true). */
  readonly end?: boolean
  /** At most this long (default 5000 ms), after which the socket is destroyed and `error` is `TIMEOUT`. */
  readonly timeoutMs?: number
}

/**
 * Connects to host:port (from `localAddress` if given), writes `data` (segments `gapMs` apart),
 * half-closes (unless `end` is false) and reads until the server's FIN or reset.
 */
export const exchange = (
  host: string,
  port: number,
  data: Buffer | ReadonlyArray<Buffer>,
  options: ExchangeOptions = {}
): Promise<Exchanged> =>
  new Promise((resolve) => {
    const received: Array<Buffer> = []
    const started = performance.now()
    let error: string | undefined
    let localPort: number | undefined
    const socket = Net.connect({
      host,
      port,
      allowHalfOpen: true,
      noDelay: true,
      ...(options.localAddress !== undefined ? { localAddress: options.localAddress } : {})
    })
    const timer = setTimeout(() => (error = "TIMEOUT", socket.destroy()), options.timeoutMs ?? 5000)
    socket.on("connect", async () => {
      localPort = socket.localPort
      const segments = Buffer.isBuffer(data) ? [data] : data
      for (const [i, segment] of segments.entries()) {
        if (i > 0 && (options.gapMs ?? 0) > 0) await new Promise((ok) => setTimeout(ok, options.gapMs))
        if (socket.destroyed) return
        socket.write(segment)
      }
      if (options.end !== false) socket.end()
    })
    socket.on("data", (chunk: Buffer) => received.push(chunk))
    // The server's FIN ends the exchange, whether this side half-closed or not.
    socket.on("end", () => socket.end())
    socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
    socket.on("close", () => {
      clearTimeout(timer)
      resolve({ received: Buffer.concat(received), error, localPort, closedAfterMs: performance.now() - started })
    })
  })

/** Checks `done` every 20 ms until it holds or `timeoutMs` passed; returns whether it held. */
export const waitFor = async (done: () => boolean, timeoutMs = 2000): Promise<boolean> => {
  for (const until = Date.now() + timeoutMs; !done(); await new Promise((ok) => setTimeout(ok, 20))) {
    if (Date.now() > until) return false
  }
  return true
}
