/**
 * The fault suite's tools: a real `tcp-echo serve` process per case, readings of its /proc entries,
 * client pools on 127.0.0.1 and a byte pattern that a dropped, repeated or reordered byte breaks.
 *
 * The server's stderr goes to a file, not a pipe: a pipe the test process drains late (it is busy
 * with thousands of sockets) would block the server's synchronous log writes and skew its timing.
 */
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Net from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"
import { monitorEventLoopDelay, performance } from "node:perf_hooks"
import * as Url from "node:url"
import * as WorkerThreads from "node:worker_threads"

const bin = Url.fileURLToPath(new URL("../../dist/bin.cjs", import.meta.url))

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

/** ms on the monotonic clock that every thread and process of this host shares. */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6

export interface LogLine {
  readonly time: string
  readonly level: string
  readonly msg: string
  readonly [annotation: string]: unknown
}

export interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  /** performance.now() when the test process saw the exit. */
  readonly at: number
}

export interface Server {
  readonly pid: number
  readonly port: number
  readonly child: ChildProcess.ChildProcess
  readonly exited: Promise<Exit>
  /** The exit once it happened, undefined while the process runs. */
  readonly exit: () => Exit | undefined
  /** stderr's JSON lines (every server is started with `--log-format json`). */
  readonly lines: () => ReadonlyArray<LogLine>
}

const running = new Set<Server>()
/** Each server's log, kept until the case is over (its assertions read it after the server stopped). */
const logDirs = new Set<string>()

const parseLine = (text: string): LogLine | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null && "msg" in value ? (value as LogLine) : undefined
  } catch {
    return undefined
  }
}

/**
 * Starts `tcp-echo serve --host 127.0.0.1 --port 0 --log-format json ARGS` (under `prlimit` when
 * `nofile` is given) and resolves once it logs its listening line.
 */
export const startServer = async (
  args: ReadonlyArray<string>,
  options: { readonly nofile?: number } = {}
): Promise<Server> => {
  const logDir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-faults-"))
  logDirs.add(logDir)
  const logFile = Path.join(logDir, "stderr.log")
  const fd = Fs.openSync(logFile, "w")
  const serve = [bin, "serve", "--host", "127.0.0.1", "--port", "0", "--log-format", "json", ...args]
  // prlimit execs the command, so the child's pid is the server's.
  const child = options.nofile === undefined
    ? ChildProcess.spawn("node", serve, { stdio: ["ignore", "ignore", fd] })
    : ChildProcess.spawn("prlimit", [`--nofile=${options.nofile}:${options.nofile}`, "node", ...serve], {
      stdio: ["ignore", "ignore", fd]
    })
  Fs.closeSync(fd)
  let exit: Exit | undefined
  const exited = new Promise<Exit>((done) =>
    child.once("exit", (code, signal) => done(exit = { code, signal, at: performance.now() }))
  )
  const stderr = () => Fs.readFileSync(logFile, "utf8")
  const lines = () => stderr().split("\n").flatMap((text) => parseLine(text) ?? [])
  const started = performance.now()
  const server = await new Promise<Server>((resolve, reject) => {
    const poll = () => {
      const match = /"msg":"listening on 127\.0\.0\.1:(\d+) \(pid (\d+)\)"/.exec(stderr())
      if (match !== null) {
        const listening: Server = {
          pid: Number(match[2]),
          port: Number(match[1]),
          child,
          exited,
          exit: () => exit,
          lines
        }
        running.add(listening)
        return resolve(listening)
      }
      if (exit !== undefined || performance.now() - started > 10_000) {
        child.kill("SIGKILL")
        return reject(new Error(`server did not start (exit ${exit?.code ?? "none"}): ${stderr()}`))
      }
      setTimeout(poll, 10)
    }
    poll()
  })
  return server
}

/** The server's one line per closed connection. */
export const closes = (server: Server): ReadonlyArray<LogLine> =>
  server.lines().filter((line) => line.msg === "connection closed")

/** SIGTERM, then SIGKILL if the server is still up after `graceMs`. */
export const stopServer = async (server: Server, graceMs = 5_000): Promise<Exit> => {
  if (server.exit() === undefined) {
    server.child.kill("SIGTERM")
    const timer = setTimeout(() => server.child.kill("SIGKILL"), graceMs)
    await server.exited
    clearTimeout(timer)
  }
  running.delete(server)
  return server.exited
}

const removeLogs = () => {
  for (const dir of logDirs) Fs.rmSync(dir, { recursive: true, force: true })
  logDirs.clear()
}

/** For afterEach: no server (and no log) outlives its case, whatever the case did. */
export const stopAll = async (): Promise<void> => {
  await Promise.all([...running].map((server) => stopServer(server, 2_000)))
  removeLogs()
}

process.once("exit", () => {
  for (const server of running) server.child.kill("SIGKILL")
  removeLogs()
})

// ---------------------------------------------------------------------------------------------
// /proc readings of the server process.

/** Resident set size in MB (VmRSS). */
export const rssMb = (pid: number): number => {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(Fs.readFileSync(`/proc/${pid}/status`, "utf8"))
  return match === null ? NaN : Number(match[1]) / 1024
}

/**
 * Samples the server's RSS every `everyMs`, each sample tagged with `progress()` (say, connections
 * done so far). Medians over stretches of progress, rather than single readings, since the heap's
 * garbage-collection sawtooth alone moves a single reading by 10 MB or more.
 */
export const sampleRss = (pid: number, progress: () => number, everyMs = 100) => {
  const samples: Array<{ readonly progress: number; readonly mb: number }> = []
  const timer = setInterval(() => samples.push({ progress: progress(), mb: rssMb(pid) }), everyMs)
  return {
    stop: () => clearInterval(timer),
    /** The median of the samples taken while progress was in [from, to). */
    median: (from: number, to: number) =>
      percentile(samples.filter((s) => s.progress >= from && s.progress < to).map((s) => s.mb), 50),
    peak: () => maxOf(samples.map((s) => s.mb))
  }
}

/** Open file descriptors. */
export const fdCount = (pid: number): number => Fs.readdirSync(`/proc/${pid}/fd`).length

const clockTicks = Number(ChildProcess.execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100

/** CPU time used so far (user + system), in seconds. */
export const cpuSeconds = (pid: number): number => {
  const stat = Fs.readFileSync(`/proc/${pid}/stat`, "utf8")
  // Fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) / clockTicks
}

/** This process's RLIMIT_NOFILE soft limit (`ulimit -n`). */
export const openFilesLimit = (): number => {
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(Fs.readFileSync("/proc/self/limits", "utf8"))
  return match === null ? 0 : match[1] === "unlimited" ? Infinity : Number(match[1])
}

/** Re-reads `value` every 50 ms until `done` holds or `withinMs` passed; returns the last reading. */
export const settle = async <A>(value: () => A, done: (a: A) => boolean, withinMs: number): Promise<A> => {
  const until = performance.now() + withinMs
  let last = value()
  while (!done(last) && performance.now() < until) {
    await sleep(50)
    last = value()
  }
  return last
}

export interface EchoProgress {
  /** Echoed bytes the server process has handed to its kernel (acknowledged plus queued). */
  readonly bytes: number
  /** The last progress came after this (monotonicMs): the start of the sample before it... */
  readonly after: number
  /** ...and by this: the end of the sample that saw it. */
  readonly by: number
}

/**
 * Watches the server's write progress on each of its connections on `port`, from outside the
 * server, with `ss` every `intervalMs` on a worker thread. `stop` returns the last progress of each
 * connection, by client port, and the longest span between two samples.
 */
export const watchEcho = (port: number, intervalMs: number) => {
  const seen = new Map<number, EchoProgress>()
  let previous = monotonicMs()
  let longestGap = 0
  // One socket: "RECV-Q SEND-Q LOCAL PEER", then an indented line of tcp_info fields.
  const socket = /^\d+\s+(\d+)\s+\S+:\d+\s+\S+:(\d+)\s*\n\s+(.*)$/gm
  const worker = new WorkerThreads.Worker(new URL("./ss-sampler.mjs", import.meta.url), {
    workerData: { port, intervalMs }
  })
  worker.on("message", (sample: { readonly at: number; readonly by: number; readonly text: string }) => {
    for (const [, sendQueue, peerPort, info] of sample.text.matchAll(socket)) {
      const bytes = Number(/\bbytes_acked:(\d+)/.exec(info ?? "")?.[1] ?? 0) + Number(sendQueue)
      const clientPort = Number(peerPort)
      if (bytes > (seen.get(clientPort)?.bytes ?? -1)) seen.set(clientPort, { bytes, after: previous, by: sample.by })
    }
    longestGap = Math.max(longestGap, sample.by - previous)
    previous = sample.at
  })
  return {
    stop: async () => {
      await worker.terminate()
      return { seen, longestGap }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// How busy the machine was: every timing assertion's message carries it, so that a run on a loaded
// host can be told apart from a regression without rerunning it.

/** The aggregate `cpu` line of /proc/stat, in clock ticks; undefined where there is none. */
const machineTicks = () => {
  try {
    const fields = /^cpu\s+(.*)$/m.exec(Fs.readFileSync("/proc/stat", "utf8"))?.[1]?.split(/\s+/).map(Number) ?? []
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields
    // guest time is already part of user time.
    const total = user + nice + system + idle + iowait + irq + softirq + steal
    return total > 0 ? { total, idle, iowait, steal } : undefined
  } catch {
    return undefined
  }
}

/**
 * CPU seconds of this test process and of what it started: its own threads plus the children it has
 * reaped (fields utime, stime, cutime, cstime: `ss` runs, servers that exited), plus the servers
 * still running. What the machine did beyond this was someone else's load.
 */
const ownCpuSeconds = (): number => {
  let ticks = 0
  try {
    const stat = Fs.readFileSync("/proc/self/stat", "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
  } catch {
    return NaN
  }
  let servers = 0
  for (const server of running) {
    try {
      servers += cpuSeconds(server.pid)
    } catch {
      // Exited between the two reads: reaped, so in cutime/cstime by now or at the next reading.
    }
  }
  return ticks / clockTicks + servers
}

const lagResolutionMs = 10

export interface Load {
  /**
   * One line on how busy the machine was from `watchLoad()` until the first call (later calls
   * repeat it): the cores' busy share split into this test (with its servers) and others, iowait,
   * steal, the load average, and the event-loop lag of this process.
   */
  readonly summary: () => string
}

/** Starts measuring how busy the machine is; `summary()` ends the measurement. */
export const watchLoad = (): Load => {
  const lag = monitorEventLoopDelay({ resolution: lagResolutionMs })
  lag.enable()
  const from = { at: performance.now(), machine: machineTicks(), own: ownCpuSeconds() }
  let text: string | undefined
  const summary = () => {
    if (text !== undefined) return text
    lag.disable()
    const seconds = (performance.now() - from.at) / 1000
    const machine = machineTicks()
    const own = (ownCpuSeconds() - from.own) / seconds
    const cores = Os.availableParallelism()
    // The histogram holds whole intervals of a timer due every `lagResolutionMs`: lag is the excess.
    const lagMs = (ns: number) => round(Math.max(0, ns / 1e6 - lagResolutionMs), 1)
    const loadavg = round(Os.loadavg()[0] ?? NaN, 2)
    const parts = [`over ${round(seconds, 1)} s on ${cores} cores:`]
    if (machine !== undefined && from.machine !== undefined && machine.total > from.machine.total) {
      const ticks = machine.total - from.machine.total
      const share = (part: number) => part / ticks
      const busy = 1 - share(machine.idle - from.machine.idle + machine.iowait - from.machine.iowait)
      const busyCores = busy * cores
      parts.push(
        `busy ${round(busyCores, 2)} cores (this test and its servers ${round(own, 2)}, others ~${
          round(Math.max(0, busyCores - own), 2)
        }),`,
        `iowait ${round(share(machine.iowait - from.machine.iowait) * 100, 1)}%,`,
        `steal ${round(share(machine.steal - from.machine.steal) * 100, 1)}%,`
      )
    } else {
      parts.push(`no /proc/stat; this test and its servers ${round(own, 2)} cores,`)
    }
    parts.push(
      `load average ${loadavg};`,
      `test event-loop lag p50 ${lagMs(lag.percentile(50))} ms, p99 ${lagMs(lag.percentile(99))} ms, ` +
        `max ${lagMs(lag.max)} ms`
    )
    text = `[machine ${parts.join(" ")}]`
    return text
  }
  return { summary }
}

// ---------------------------------------------------------------------------------------------
// Figures.

/**
 * The largest of `values` (-Infinity for none, NaN if one is NaN, as Math.max). Not
 * `Math.max(...values)`: spreading passes every value as an argument, and past about 100,000 values
 * (the round trips of a fast run) that overflows the call stack.
 */
export const maxOf = (values: ReadonlyArray<number>): number => {
  let max = -Infinity
  for (const value of values) {
    if (Number.isNaN(value)) return NaN
    if (value > max) max = value
  }
  return max
}

/** The smallest of `values` (Infinity for none, NaN if one is NaN), without spreading, as `maxOf`. */
export const minOf = (values: ReadonlyArray<number>): number => {
  let min = Infinity
  for (const value of values) {
    if (Number.isNaN(value)) return NaN
    if (value < min) min = value
  }
  return min
}

/** Nearest-rank percentile, p in [0, 100]. */
export const percentile = (values: ReadonlyArray<number>, p: number): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export const round = (value: number, digits = 0): number => Number(value.toFixed(digits))

// ---------------------------------------------------------------------------------------------
// Clients.

/** A seeded pseudo-random source in [0, 1) (mulberry32): a failing run can be replayed. */
export const random = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/**
 * Runs `total` client jobs, at most `concurrency` at once; `job(i, done)` starts one and calls `done`
 * when it is over. Resolves with how many finished, at the latest after `withinMs`.
 */
export const pool = (
  total: number,
  concurrency: number,
  withinMs: number,
  job: (index: number, done: () => void) => void
): Promise<number> =>
  new Promise((resolve) => {
    let started = 0
    let finished = 0
    let over = false
    const timer = setTimeout(() => (over = true, resolve(finished)), withinMs)
    const next = () => {
      if (over) return
      if (finished === total) return (over = true, clearTimeout(timer), resolve(finished))
      while (started < total && started - finished < concurrency) {
        const index = started++
        let once = false
        job(index, () => {
          if (once) return
          once = true
          finished++
          // Not from inside the job's own callback stack: a long chain of synchronous errors would
          // otherwise recurse.
          setImmediate(next)
        })
      }
    }
    next()
  })

export interface RoundTrip {
  readonly ok: boolean
  readonly error: string | undefined
  readonly ms: number
}

/** Connects, sends 64 pattern bytes, expects them back, ends; within `withinMs`. */
export const freshRoundTrip = (port: number, withinMs = 3_000): Promise<RoundTrip> =>
  new Promise((resolve) => {
    const started = performance.now()
    const payload = new Pattern(7).bytes(0, 64)
    const received: Array<Buffer> = []
    let length = 0
    let error: string | undefined
    const socket = Net.connect({ port, host: "127.0.0.1" })
    const timer = setTimeout(() => (error ??= "timeout", socket.destroy()), withinMs)
    socket.on("connect", () => socket.write(payload))
    socket.on("data", (chunk: Buffer) => {
      received.push(chunk)
      length += chunk.length
      if (length >= payload.length) socket.end()
    })
    socket.on("error", (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
    socket.on("close", () => {
      clearTimeout(timer)
      const ok = error === undefined && Buffer.concat(received).equals(payload)
      resolve({ ok, error, ms: performance.now() - started })
    })
  })

/** Connects and reports the error code of the attempt ("connected" if it succeeded). */
export const connectOutcome = (port: number): Promise<string> =>
  new Promise((resolve) => {
    const socket = Net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => (socket.destroy(), resolve("connected")))
    socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message))
  })

// ---------------------------------------------------------------------------------------------
// Pattern.

const block = 64 * 1024

/** Bijective in `index` (an odd multiply, then murmur3's finalizer), and far apart across salts. */
const word = (index: number, salt: number): number => {
  let x = Math.imul(index, 0x9e3779b1) ^ salt
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/**
 * A deterministic byte stream per seed: the 4-byte word at each aligned offset is a bijective hash of
 * its index, so no word repeats within 16 GB and any drop, repeat or shift of bytes shows.
 */
export class Pattern {
  private readonly words = new Uint32Array(block / 4 + 2)
  private readonly scratch = Buffer.from(this.words.buffer)
  private readonly salt: number

  constructor(readonly seed: number) {
    this.salt = Math.imul(seed, 0xcc9e2d51)
  }

  /** Writes the stream's bytes [offset, offset + target.length) into target. */
  fill(offset: number, target: Uint8Array): void {
    for (let done = 0; done < target.length; done += block) {
      const length = Math.min(block, target.length - done)
      const start = offset + done
      const first = Math.floor(start / 4)
      const count = Math.floor((start + length - 1) / 4) - first + 1
      for (let i = 0; i < count; i++) this.words[i] = word(first + i, this.salt)
      this.scratch.copy(target, done, start % 4, start % 4 + length)
    }
  }

  /** A new buffer holding bytes [offset, offset + length). */
  bytes(offset: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length)
    this.fill(offset, buffer)
    return buffer
  }
}

/** Checks a received stream against a pattern, chunk by chunk, keeping nothing but counters. */
export class Verifier {
  private readonly pattern: Pattern
  private readonly expected = Buffer.allocUnsafe(block)
  /** Bytes checked so far. */
  offset = 0
  mismatches = 0

  constructor(seed: number) {
    this.pattern = new Pattern(seed)
  }

  check(chunk: Buffer): void {
    for (let done = 0; done < chunk.length; done += block) {
      const part = chunk.subarray(done, done + block)
      const expected = this.expected.subarray(0, part.length)
      this.pattern.fill(this.offset, expected)
      if (!part.equals(expected)) {
        for (let i = 0; i < part.length; i++) if (part[i] !== expected[i]) this.mismatches++
      }
      this.offset += part.length
    }
  }
}
