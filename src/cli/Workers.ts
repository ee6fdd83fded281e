/**
 * `serve --workers N`: N processes serving one port, each a whole `serve` with its own event loop
 * and its own `SO_REUSEPORT` listener (the kernel spreads connections over them by a hash of the
 * client's address and port), under a supervisor that holds the port, starts them, replaces one
 * that dies, and on SIGTERM or SIGINT asks each to drain and waits for them.
 *
 * Processes rather than threads: a worker that crashes takes nothing else with it, each logs
 * straight to the inherited stderr, and each is the same code as a lone server. A worker learns
 * its role from its environment (`TCP_ECHO_WORKER`); the supervisor and the workers talk over
 * Node's IPC channel: `ready` up, `shutdown` down, and the admin endpoint's scrapes (`WorkerAdmin`).
 * A worker whose supervisor goes away drains too.
 */
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Duration from "effect/Duration"
import * as ChildProcess from "node:child_process"
import type * as EchoServer from "../server/EchoServer.js"
import * as Listener from "../server/Listener.js"
import { hostPort } from "../net.js"
import * as StartupSignals from "./StartupSignals.js"
import * as WorkerAdmin from "./WorkerAdmin.js"

const roleVariable = "TCP_ECHO_WORKER"

/** What a worker is told by its supervisor. */
export interface Role {
  /** From 1. */
  readonly index: number
  readonly count: number
  /** The port the supervisor holds for all of them. */
  readonly port: number
  /** Whether the listening socket is handed down as fd 3 (the supervisor's own, from systemd). */
  readonly inherited: boolean
}

/** A worker could not be started, or was started wrong. */
export class WorkerError extends Data.TaggedError("WorkerError")<{ readonly message: string }> {}

/** This process's role, when a supervisor started it; None otherwise. */
export const role = (env: Readonly<Record<string, string | undefined>>): Effect.Effect<Option.Option<Role>, WorkerError> => {
  const text = env[roleVariable]
  if (text === undefined) return Effect.succeed(Option.none())
  return Effect.try({
    try: () => Option.some(JSON.parse(text) as Role),
    catch: () => new WorkerError({ message: `${roleVariable} is not the JSON a supervisor sets: ${JSON.stringify(text)}` })
  })
}

/**
 * Runs `program` on the server `layer` makes as worker `role` of its supervisor: every log line
 * annotated with `worker` (close records too: the annotation is in place when the server is made),
 * `ready` sent once the server listens, and ended, so that the server drains, when the supervisor
 * asks or is gone.
 */
export const asWorker = <E, R, ROut, LE, LR>(
  worker: Role,
  program: Effect.Effect<void, E, R>,
  layer: Layer.Layer<ROut, LE, LR>
) => {
  delete process.env[roleVariable]
  WorkerAdmin.answerScrapes()
  const stopAsked = Effect.async<void>((resume) => {
    const stop = () => resume(Effect.void)
    if (!process.connected) return stop()
    process.on("message", (message) => message === "shutdown" && stop())
    process.once("disconnect", stop)
  })
  const ready = Effect.sync(() => process.connected && process.send!("ready"))
  return Effect.raceFirst(Effect.zipRight(ready, program), stopAsked).pipe(
    Effect.provide(layer),
    Effect.annotateLogs({ worker: worker.index })
  )
}

/** How long a replacement that fails at once waits before the next try: doubling from 1 s, at most 30 s. */
const retryDelayMs = (failures: number) => Math.min(30_000, 1000 * 2 ** (failures - 1))

class Pool implements WorkerAdmin.Workers {
  private readonly workers = new Map<number, ChildProcess.ChildProcess>()
  /** The workers that said they serve. */
  private readonly ready = new Set<ChildProcess.ChildProcess>()
  private stopping = false
  private allExited: (() => void) | undefined

  constructor(
    private readonly count: number,
    private readonly port: number,
    private readonly inherited: boolean,
    private readonly log: (level: "info" | "warning", message: string) => void
  ) {}

  get pids(): ReadonlyArray<number> {
    return [...this.workers.values()].map((child) => child.pid ?? 0)
  }

  readonly running = () => [...this.workers]

  readonly serving = () =>
    !this.stopping && this.workers.size === this.count && [...this.workers.values()].every((child) => this.ready.has(child))

  /** Starts worker `index`; resolves once it serves, rejects with its exit if it ends first. */
  start(index: number): Promise<void> {
    const role: Role = { index, count: this.count, port: this.port, inherited: this.inherited }
    const child = ChildProcess.fork(process.argv[1]!, process.argv.slice(2), {
      env: { ...process.env, [roleVariable]: JSON.stringify(role) },
      // Scrapes carry bigints (counters), which JSON cannot.
      serialization: "advanced",
      stdio: this.inherited ? ["ignore", "inherit", "inherit", 3, "ipc"] : ["ignore", "inherit", "inherit", "ipc"]
    })
    this.workers.set(index, child)
    return new Promise((resolve, reject) => {
      let ready = false
      child.on("message", (message) => {
        if (message !== "ready" || ready) return
        ready = true
        this.ready.add(child)
        resolve()
      })
      child.once("exit", (code, signal) => {
        if (this.workers.get(index) === child) this.workers.delete(index)
        this.ready.delete(child)
        const how = signal === null ? `exit code ${code}` : `signal ${signal}`
        if (!ready) reject(new WorkerError({ message: `worker ${index} ended before it served (${how})` }))
        if (this.stopping) {
          if (this.workers.size === 0) this.allExited?.()
        } else if (ready) {
          this.log("warning", `worker ${index} (pid ${child.pid}) ended (${how}): starting another`)
          this.replace(index, 1)
        }
      })
    })
  }

  private replace(index: number, failures: number): void {
    if (this.stopping) return
    this.start(index).then(
      () => this.log("info", `worker ${index} serving again (pid ${this.workers.get(index)?.pid})`),
      (error: WorkerError) => {
        const delay = retryDelayMs(failures)
        this.log("warning", `${error.message}: trying again in ${delay / 1000} s`)
        setTimeout(() => this.replace(index, failures + 1), delay).unref()
      }
    )
  }

  /** Asks every worker to drain; resolves once all ended, or at `deadlineMs`, after killing the rest. */
  stop(deadlineMs: number): Promise<void> {
    this.stopping = true
    if (this.workers.size === 0) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        for (const [index, child] of this.workers) {
          this.log("warning", `worker ${index} (pid ${child.pid}) still running at the deadline: killed`)
          child.kill("SIGKILL")
        }
      }, Math.max(0, deadlineMs - Date.now()))
      this.allExited = () => (clearTimeout(timer), resolve())
      // A worker still starting has no listener for the message yet: it finds the channel closed.
      for (const child of this.workers.values()) {
        if (child.connected) child.send("shutdown", () => child.connected && child.disconnect())
      }
    })
  }
}

/**
 * The supervisor: holds host:port (`Listener.reserve`, which also resolves port 0 and reports a
 * bind failure once), or shares the socket it was handed (fd 3) with the workers; serves the admin
 * endpoint for all of them (`WorkerAdmin`), if asked; starts `count` workers and logs one line once
 * all serve; replaces a worker that ends; when its scope closes, asks every worker to drain and
 * waits until `shutdownTimeout` plus 5 s before killing the rest.
 */
export const supervise = (
  count: number,
  config: EchoServer.Config,
  admin: { readonly adminPort: Option.Option<number>; readonly adminHost: string }
) =>
  Effect.gen(function*() {
    const inherited = Option.isSome(config.listenFd)
    const address = inherited ? undefined : yield* Listener.reserve(config.host, config.port, config.ipv6Only)
    const runLog = Runtime.runSync(yield* Effect.runtime<never>())
    const pool = new Pool(count, address?.port ?? 0, inherited, (level, message) =>
      runLog(level === "info" ? Effect.logInfo(message) : Effect.logWarning(message)))
    yield* WorkerAdmin.serve(admin, pool)
    yield* Effect.addFinalizer(() =>
      Effect.promise(() => pool.stop(Date.now() + Duration.toMillis(config.shutdownTimeout) + 5000)).pipe(
        Effect.zipRight(Effect.logInfo(`all ${count} workers ended`))
      )
    )
    // The port is known and held: they can all start at once.
    yield* Effect.forEach(
      Array.from({ length: count }, (_, i) => i + 1),
      (index) => Effect.tryPromise({ try: () => pool.start(index), catch: (error) => error as WorkerError }),
      { concurrency: "unbounded", discard: true }
    )
    const where = address === undefined ? "the socket handed over" : hostPort(address.address, address.port)
    yield* Effect.logInfo(
      `${count} workers serving ${where} (supervisor pid ${process.pid}, workers ${pool.pids.join(", ")}): SIGTERM or SIGINT to ${process.pid} drains them all`
    )
    // From now on a signal drains the workers (until they serve, it ends this process at once).
    StartupSignals.handOver()
    return yield* Effect.never
  })
