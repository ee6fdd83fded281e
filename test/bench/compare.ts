/**
 * `npm run bench`: tcp-echo against a plain Node echo (test/bench/node-echo.mjs) under the same
 * verified load, `tcp-echo bench --json`, in alternating rounds (A B, A B, A B), each run against
 * a fresh server on a free port; then start-up times. Prints markdown tables of medians and ratios
 * on stdout, one progress line per run on stderr. `npm run bench -- --quick`: one round of 1 s runs.
 *
 * Every process it starts is stopped by its pid when its scope closes, on a failure or Ctrl-C too
 * (SIGTERM, then SIGKILL after 3 s), and SIGKILLed if this process exits anyway; every wait is bounded.
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Console from "effect/Console"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Net from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"
import { performance } from "node:perf_hooks"
import type * as BenchReport from "../../src/client/BenchReport.js"

class UsageError extends Data.TaggedError("UsageError")<{ readonly argument: string }> {
  override get message(): string {
    return `unknown argument ${JSON.stringify(this.argument)} (expected nothing, or --quick)`
  }
}

/** A process did not do its part: it could not start, exited early, overran, or printed no result. */
class ProcessFailed extends Data.TaggedError("ProcessFailed")<{
  readonly command: string
  readonly reason: string
  readonly stderr: string
}> {
  override get message(): string {
    const last = this.stderr.trim().split("\n").pop() ?? ""
    return `${this.command}: ${this.reason}${last === "" ? "" : ` (${last})`}`
  }
}

const root = process.cwd()
const bin = Path.join(root, "dist/bin.cjs")
const nodeEcho = Path.join(root, "test/bench/node-echo.mjs")

// ---------------------------------------------------------------------------------------------
// Processes

/** Whatever still runs when this process exits (a crash past every finalizer) is killed. */
const started = new Set<ChildProcess.ChildProcess>()
process.on("exit", () => {
  for (const child of started) child.kill("SIGKILL")
})

interface Child {
  readonly process: ChildProcess.ChildProcess
  readonly pid: number
  readonly command: string
  readonly spawnedAt: number
  readonly stdout: () => string
  readonly stderr: () => string
}

/** Servers that needed SIGKILL: a shutdown that did not end within 3 s of SIGTERM. */
const killed: Array<string> = []

const outputCap = 256 * 1024

const running = (child: Child) => child.process.exitCode === null && child.process.signalCode === null

/** Resolves when the process has exited (at once if it already has). */
const exited = (child: Child) =>
  Effect.async<void>((resume) => {
    if (!running(child)) return resume(Effect.void)
    const onExit = () => resume(Effect.void)
    child.process.once("exit", onExit)
    return Effect.sync(() => child.process.off("exit", onExit))
  })

/** Resolves when the process has exited and its output is complete. */
const closed = (child: Child) =>
  Effect.async<number | null>((resume) => {
    const onClose = (code: number | null) => resume(Effect.succeed(code))
    child.process.once("close", onClose)
    return Effect.sync(() => child.process.off("close", onClose))
  })

const stop = (child: Child) =>
  Effect.gen(function*() {
    if (!running(child)) return
    child.process.kill("SIGTERM")
    if (Option.isSome(yield* Effect.timeoutOption(exited(child), "3 seconds"))) return
    killed.push(child.command)
    child.process.kill("SIGKILL")
    yield* Effect.timeoutOption(exited(child), "2 seconds")
  })

/** `node ARGS`, stopped with the scope; stdout and stderr kept (the last 256 KiB of each). */
const spawn = (args: ReadonlyArray<string>) =>
  Effect.acquireRelease(
    Effect.suspend(() => {
      const command = ["node", ...args.map((arg) => Path.relative(root, arg) || arg)].join(" ")
      const spawnedAt = performance.now()
      const child = ChildProcess.spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] })
      if (child.pid === undefined) {
        return Effect.fail(new ProcessFailed({ command, reason: "could not start", stderr: "" }))
      }
      started.add(child)
      child.once("exit", () => started.delete(child))
      let stdout = ""
      let stderr = ""
      child.stdout!.setEncoding("utf8").on("data", (text: string) => (stdout = (stdout + text).slice(-outputCap)))
      child.stderr!.setEncoding("utf8").on("data", (text: string) => (stderr = (stderr + text).slice(-outputCap)))
      return Effect.succeed<Child>({
        process: child,
        pid: child.pid,
        command,
        spawnedAt,
        stdout: () => stdout,
        stderr: () => stderr
      })
    }),
    stop
  )

/** A port free now on 127.0.0.1 (the kernel's pick for port 0, released at once). */
const freePort = Effect.async<number, ProcessFailed>((resume) => {
  const server = Net.createServer()
  server.once("error", (error) =>
    resume(Effect.fail(new ProcessFailed({ command: "listen 127.0.0.1:0", reason: error.message, stderr: "" }))))
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as Net.AddressInfo
    server.close(() => resume(Effect.succeed(port)))
  })
})

const connects = (port: number) =>
  Effect.async<boolean>((resume) => {
    const socket = Net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => (socket.destroy(), resume(Effect.succeed(true))))
    socket.once("error", () => (socket.destroy(), resume(Effect.succeed(false))))
    return Effect.sync(() => socket.destroy())
  })

/** Polls a connect every 20 ms until the server takes one: at most 10 s, and not past its exit. */
const listening = (child: Child, port: number) =>
  Effect.gen(function*() {
    for (let attempt = 0; attempt < 500; attempt++) {
      if (!running(child)) {
        return yield* Effect.fail(new ProcessFailed({ command: child.command, reason: "exited before listening", stderr: child.stderr() }))
      }
      if (yield* connects(port)) return
      yield* Effect.sleep("20 millis")
    }
    return yield* Effect.fail(new ProcessFailed({ command: child.command, reason: "not listening after 10 s", stderr: child.stderr() }))
  })

/** ms from spawn until `pattern` shows on stderr (at most 10 s). */
const untilOutput = (child: Child, pattern: RegExp) =>
  Effect.async<number, ProcessFailed>((resume) => {
    const check = () => {
      if (pattern.test(child.stderr())) resume(Effect.succeed(performance.now() - child.spawnedAt))
    }
    const onExit = () =>
      resume(Effect.fail(new ProcessFailed({ command: child.command, reason: "exited before its line", stderr: child.stderr() })))
    child.process.stderr!.on("data", check)
    child.process.once("exit", onExit)
    check()
    return Effect.sync(() => {
      child.process.stderr!.off("data", check)
      child.process.off("exit", onExit)
    })
  }).pipe(
    Effect.timeoutFail({
      duration: "10 seconds",
      onTimeout: () => new ProcessFailed({ command: child.command, reason: "no line within 10 s", stderr: child.stderr() })
    })
  )

// ---------------------------------------------------------------------------------------------
// /proc readings of a server (undefined where there is no /proc)

const procText = (pid: number, file: string): string | undefined => {
  try {
    return Fs.readFileSync(`/proc/${pid}/${file}`, "utf8")
  } catch {
    return undefined
  }
}

const rssKb = (pid: number): number | undefined => {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(procText(pid, "status") ?? "")
  return match === null ? undefined : Number(match[1])
}

/** utime + stime in seconds; /proc counts in USER_HZ, 100 on Linux. */
const cpuSeconds = (pid: number): number | undefined => {
  const stat = procText(pid, "stat")
  if (stat === undefined) return undefined
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) / 100
}

const openFds = (pid: number): number | undefined => {
  try {
    return Fs.readdirSync(`/proc/${pid}/fd`).length
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// Servers, scenarios, runs

type BenchJson = ReturnType<typeof BenchReport.resultJson>

interface Server {
  readonly name: string
  readonly args: (port: number) => ReadonlyArray<string>
}

const tcpEchoWith = (extra: ReadonlyArray<string>) => (port: number) => [
  bin,
  "serve",
  "--host",
  "127.0.0.1",
  "--port",
  String(port),
  "--log-level",
  "warning",
  ...extra
]

const tcpEcho: Server = { name: "tcp-echo", args: tcpEchoWith([]) }
const node: Server = { name: "node", args: (port) => [nodeEcho, String(port)] }
const untimed: Server = { name: "tcp-echo --timeout 0", args: tcpEchoWith(["--timeout", "0"]) }

interface Run {
  readonly json: BenchJson
  readonly serverCpuPercent: number | undefined
  readonly rssBeforeKb: number | undefined
  readonly rssHeldKb: number | undefined
}

interface Metric {
  readonly label: string
  readonly value: (run: Run) => number | undefined
  readonly digits: number
}

const roundTrips: Metric = {
  label: "round trips/s",
  value: ({ json }) => (json.mode === "pingpong" ? json.roundTripsPerSecond : undefined),
  digits: 0
}
const latency = (key: "p50" | "p99"): Metric => ({
  label: `${key} µs`,
  value: ({ json }) => (json.mode === "pingpong" || json.mode === "churn" ? json.latencyUs?.[key] : undefined),
  digits: 0
})
const megabytes: Metric = {
  label: "MB/s",
  value: ({ json }) => (json.mode === "bulk" ? json.megabytesPerSecond : undefined),
  digits: 1
}
const connections: Metric = {
  label: "connections/s",
  value: ({ json }) => (json.mode === "churn" ? json.connectionsPerSecond : undefined),
  digits: 0
}
const serverCpu: Metric = { label: "server CPU %", value: (run) => run.serverCpuPercent, digits: 0 }
const rssPerConnection: Metric = {
  label: "server RSS per connection, B",
  value: ({ json, rssBeforeKb, rssHeldKb }) =>
    rssBeforeKb === undefined || rssHeldKb === undefined || json.opened === 0
      ? undefined
      : ((rssHeldKb - rssBeforeKb) * 1024) / json.opened,
  digits: 0
}
const rssHeld: Metric = { label: "server VmRSS held, KB", value: (run) => run.rssHeldKb, digits: 0 }
const rssBefore: Metric = { label: "server VmRSS before, KB", value: (run) => run.rssBeforeKb, digits: 0 }

interface Scenario {
  readonly name: string
  readonly args: ReadonlyArray<string>
  readonly metrics: ReadonlyArray<Metric>
  /** Also run against tcp-echo --timeout 0, to see what the timeouts cost. */
  readonly timeouts: boolean
  /** idle: connections the server holds while its RSS is read. */
  readonly held?: number
}

const idleConnections = 2000

const scenarios: ReadonlyArray<Scenario> = [
  {
    name: "pingpong-1",
    args: ["--mode", "pingpong", "--connections", "1", "--size", "64"],
    metrics: [roundTrips, latency("p50"), latency("p99"), serverCpu],
    timeouts: false
  },
  {
    name: "pingpong-50",
    args: ["--mode", "pingpong", "--connections", "50", "--size", "64"],
    metrics: [roundTrips, latency("p50"), latency("p99"), serverCpu],
    timeouts: true
  },
  {
    name: "bulk-1",
    args: ["--mode", "bulk", "--connections", "1", "--size", "65536"],
    metrics: [megabytes, serverCpu],
    timeouts: true
  },
  {
    name: "churn-20",
    args: ["--mode", "churn", "--connections", "20", "--size", "64"],
    metrics: [connections, latency("p50"), serverCpu],
    timeouts: true
  },
  {
    name: `idle-${idleConnections}`,
    args: ["--mode", "idle", "--connections", String(idleConnections)],
    metrics: [rssPerConnection, rssBefore, rssHeld],
    timeouts: false,
    held: idleConnections
  }
]

/** `tcp-echo bench --json`: exit 0, or 1 when it found wrong bytes; the JSON either way. */
const bench = (port: number, args: ReadonlyArray<string>, limitSeconds: number) =>
  Effect.gen(function*() {
    const child = yield* spawn([bin, "bench", "--json", "--port", String(port), ...args])
    const code = yield* Effect.timeoutFail(closed(child), {
      duration: `${limitSeconds} seconds`,
      onTimeout: () => new ProcessFailed({ command: child.command, reason: `still running after ${limitSeconds} s`, stderr: child.stderr() })
    })
    const text = child.stdout().trim()
    if ((code !== 0 && code !== 1) || text === "") {
      return yield* Effect.fail(new ProcessFailed({ command: child.command, reason: `exit ${code}, no result`, stderr: child.stderr() }))
    }
    return yield* Effect.try({
      try: () => JSON.parse(text) as BenchJson,
      catch: () => new ProcessFailed({ command: child.command, reason: "printed no JSON", stderr: text })
    })
  }).pipe(Effect.scoped)

/** Reads the server's RSS once it holds `count` more descriptors (bounded), while the bench holds them. */
const heldRss = (pid: number, target: number, limitMs: number) =>
  Effect.gen(function*() {
    const deadline = performance.now() + limitMs
    while (performance.now() < deadline && (openFds(pid) ?? target) < target) yield* Effect.sleep("50 millis")
    // Allocation follows accept by a few ms; let it settle before reading.
    yield* Effect.sleep("200 millis")
    return rssKb(pid)
  })

const measure = (server: Server, scenario: Scenario, seconds: number) =>
  Effect.gen(function*() {
    const port = yield* freePort
    const child = yield* spawn(server.args(port))
    yield* listening(child, port)
    const rssBeforeKb = rssKb(child.pid)
    const fdsBefore = openFds(child.pid) ?? 0
    const cpuBefore = cpuSeconds(child.pid)
    const begun = performance.now()
    const connectSeconds = scenario.held === undefined ? 0 : scenario.held / 2000
    const running = yield* Effect.fork(
      bench(port, [...scenario.args, "--duration", String(seconds)], seconds + connectSeconds + 15)
    )
    const rssHeldKb = scenario.held === undefined
      ? undefined
      : yield* heldRss(child.pid, fdsBefore + scenario.held, (connectSeconds + seconds) * 1000)
    const json = yield* Fiber.join(running)
    const cpuAfter = cpuSeconds(child.pid)
    const wall = (performance.now() - begun) / 1000
    const serverCpuPercent = cpuBefore === undefined || cpuAfter === undefined
      ? undefined
      : (100 * (cpuAfter - cpuBefore)) / wall
    return { json, serverCpuPercent, rssBeforeKb, rssHeldKb } satisfies Run
  }).pipe(Effect.scoped)

/** ms from exec to the `listening on` line, the server started with its default log level. */
const startToListening = (args: ReadonlyArray<string>) =>
  Effect.flatMap(spawn(args), (child) => untilOutput(child, /listening on 127\.0\.0\.1:\d+/)).pipe(Effect.scoped)

/** ms from exec to exit. */
const startToExit = (args: ReadonlyArray<string>) =>
  Effect.flatMap(spawn(args), (child) =>
    Effect.timeoutFail(closed(child), {
      duration: "10 seconds",
      onTimeout: () => new ProcessFailed({ command: child.command, reason: "still running after 10 s", stderr: child.stderr() })
    }).pipe(Effect.map(() => performance.now() - child.spawnedAt))).pipe(Effect.scoped)

// ---------------------------------------------------------------------------------------------
// Tables

const median = (values: ReadonlyArray<number | undefined>): number | undefined => {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b)
  if (known.length === 0) return undefined
  const middle = known.length >> 1
  return known.length % 2 === 1 ? known[middle] : (known[middle - 1]! + known[middle]!) / 2
}

const shown = (value: number | undefined, digits: number) =>
  value === undefined
    ? "n/a"
    : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}x`

const difference = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? "n/a" : `${a >= b ? "+" : ""}${((a / b - 1) * 100).toFixed(1)} %`

/** What went wrong in a run, if anything, for the notes under the tables. */
const anomalies = (scenario: Scenario, server: Server, round: number, { json }: Run): Array<string> => {
  const problems: Array<string> = []
  if (json.mismatches > 0) problems.push(`${json.mismatches} mismatches`)
  if (json.errors > 0) problems.push(`${json.errors} errors (first: ${json.firstError})`)
  if (json.mode !== "idle" && json.closedByServer > 0) problems.push(`${json.closedByServer} closed by the server`)
  if (json.mode === "idle" && json.closedByServer > 0) problems.push(`${json.closedByServer} idle connections closed by the server`)
  if (json.mode === "churn" && json.eofMissing > 0) problems.push(`${json.eofMissing} EOF missing`)
  if (json.mode === "idle" && json.opened < idleConnections) problems.push(`only ${json.opened} connections opened`)
  return problems.map((problem) => `${scenario.name}, ${server.name}, round ${round}: ${problem}`)
}

const line = (run: Run, scenario: Scenario) =>
  scenario.metrics.map((metric) => `${shown(metric.value(run), metric.digits)} ${metric.label}`).join(", ")

// ---------------------------------------------------------------------------------------------
// Main

const options = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    for (const argument of args) if (argument !== "--quick") return yield* Effect.fail(new UsageError({ argument }))
    const quick = args.includes("--quick")
    return { rounds: quick ? 1 : 3, seconds: quick ? 1 : 3, startRuns: quick ? 2 : 5 }
  })

const main = Effect.gen(function*() {
  const { rounds, seconds, startRuns } = yield* options(process.argv.slice(2))
  for (const file of [bin, nodeEcho]) {
    if (!Fs.existsSync(file)) {
      return yield* Effect.fail(
        new ProcessFailed({ command: "npm run bench", reason: `${file} is missing: run it from the project root after npm run build`, stderr: "" })
      )
    }
  }
  const context = `${rounds} round(s) of ${seconds} s runs; node ${process.version}, ${Os.cpus().length} CPUs, load average ${
    Os.loadavg()[0]!.toFixed(2)
  } at start`
  yield* Console.error(`npm run bench: ${context}`)

  const runs = new Map<string, Array<Run>>()
  const notes: Array<string> = []
  for (let round = 1; round <= rounds; round++) {
    for (const scenario of scenarios) {
      for (const server of scenario.timeouts ? [tcpEcho, node, untimed] : [tcpEcho, node]) {
        const run = yield* measure(server, scenario, seconds)
        const key = `${scenario.name}|${server.name}`
        runs.set(key, [...(runs.get(key) ?? []), run])
        notes.push(...anomalies(scenario, server, round, run))
        yield* Console.error(`[round ${round}/${rounds}] ${scenario.name} ${server.name}: ${line(run, scenario)}`)
      }
    }
  }

  const listenTimes = { tcpEcho: [] as Array<number>, node: [] as Array<number> }
  const exitTimes = { tcpEcho: [] as Array<number>, node: [] as Array<number> }
  for (let i = 0; i < startRuns; i++) {
    listenTimes.tcpEcho.push(yield* startToListening([bin, "serve", "--host", "127.0.0.1", "--port", "0"]))
    listenTimes.node.push(yield* startToListening([nodeEcho, "0"]))
    exitTimes.tcpEcho.push(yield* startToExit([bin, "--help"]))
    exitTimes.node.push(yield* startToExit(["-e", "0"]))
  }
  yield* Console.error(`start-up: ${startRuns} runs each, done`)

  const valueOf = (scenario: Scenario, server: Server, metric: Metric) =>
    median((runs.get(`${scenario.name}|${server.name}`) ?? []).map(metric.value))

  const table = [
    `## tcp-echo vs plain Node echo`,
    "",
    `Medians of ${context}. Every echoed byte verified by \`tcp-echo bench\`; ratio = tcp-echo / node.`,
    "",
    "| scenario | metric | tcp-echo | node | ratio |",
    "|---|---|---:|---:|---:|",
    ...scenarios.flatMap((scenario) =>
      scenario.metrics.map((metric) => {
        const a = valueOf(scenario, tcpEcho, metric)
        const b = valueOf(scenario, node, metric)
        return `| ${scenario.name} | ${metric.label} | ${shown(a, metric.digits)} | ${shown(b, metric.digits)} | ${ratio(a, b)} |`
      })
    ),
    `| start-up | exec to \`listening on\`, ms | ${shown(median(listenTimes.tcpEcho), 0)} | ${
      shown(median(listenTimes.node), 0)
    } | ${ratio(median(listenTimes.tcpEcho), median(listenTimes.node))} |`,
    `| start-up | \`tcp-echo --help\` vs \`node -e 0\`, ms | ${shown(median(exitTimes.tcpEcho), 0)} | ${
      shown(median(exitTimes.node), 0)
    } | ${ratio(median(exitTimes.tcpEcho), median(exitTimes.node))} |`
  ]
  const timed = scenarios.filter((scenario) => scenario.timeouts)
  const timeouts = [
    "",
    "## tcp-echo's timeouts: default (5.5 s) vs `--timeout 0`",
    "",
    "| scenario | metric | default | --timeout 0 | difference |",
    "|---|---|---:|---:|---:|",
    ...timed.map((scenario) => {
      const metric = scenario.metrics[0]!
      const a = valueOf(scenario, tcpEcho, metric)
      const b = valueOf(scenario, untimed, metric)
      return `| ${scenario.name} | ${metric.label} | ${shown(a, metric.digits)} | ${shown(b, metric.digits)} | ${difference(a, b)} |`
    })
  ]
  const remarks = [
    "",
    ...(notes.length === 0 ? ["No errors, mismatches or server closes in any run."] : ["Notes:", ...notes.map((note) => `- ${note}`)]),
    ...(killed.length === 0 ? [] : [`Needed SIGKILL after SIGTERM: ${killed.join("; ")}`])
  ]
  yield* Console.log([...table, ...timeouts, ...remarks].join("\n"))
})

main.pipe(
  Effect.as(0),
  Effect.catchAll((error) => Effect.as(Console.error(`npm run bench: ${error.message}`), error._tag === "UsageError" ? 2 : 1)),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    teardown: (exit, onExit) => {
      if (Exit.isSuccess(exit)) return onExit(exit.value as number)
      if (!Cause.isInterruptedOnly(exit.cause)) {
        process.stderr.write(`npm run bench: internal error: ${Cause.pretty(exit.cause)}\n`)
      }
      onExit(Cause.isInterruptedOnly(exit.cause) ? 130 : 1)
    }
  })
)
