/**
 * The process metrics Prometheus client libraries expose under these names (Go's client, prom-client):
 * CPU time, resident memory, descriptors open and allowed, start time. Read at each scrape; the
 * descriptor counts come from /proc and are left out on a host without it.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Fs from "node:fs"
import { performance } from "node:perf_hooks"
import type { Family } from "./Prometheus.js"

const gauge = (name: string, help: string, value: number): Family => ({
  name,
  type: "gauge",
  help,
  samples: [{ suffix: "", labels: [], value }]
})

const counter = (name: string, help: string, value: number): Family => ({ ...gauge(name, help, value), type: "counter" })

/** Descriptors open now; the listing's own descriptor is one of them. */
const openFds = Effect.tryPromise(() => Fs.promises.readdir("/proc/self/fd")).pipe(
  Effect.map((entries) => entries.length - 1),
  Effect.option
)

/** The soft RLIMIT_NOFILE, as `/proc/self/limits` shows it ("unlimited" is left out). */
const maxFds = Effect.tryPromise(() => Fs.promises.readFile("/proc/self/limits", "utf8")).pipe(
  Effect.map((text) => Option.fromNullable(/^Max open files\s+(\d+)/m.exec(text)?.[1]).pipe(Option.map(Number))),
  Effect.option,
  Effect.map(Option.flatten)
)

export const read: Effect.Effect<ReadonlyArray<Family>> = Effect.gen(function*() {
  const cpu = process.cpuUsage()
  const fds = yield* openFds
  const limit = yield* maxFds
  return [
    counter("process_cpu_user_seconds_total", "User CPU time spent in seconds.", cpu.user / 1e6),
    counter("process_cpu_system_seconds_total", "System CPU time spent in seconds.", cpu.system / 1e6),
    counter("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", (cpu.user + cpu.system) / 1e6),
    gauge("process_resident_memory_bytes", "Resident memory size in bytes.", process.memoryUsage.rss()),
    gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", performance.timeOrigin / 1000),
    ...Option.toArray(Option.map(fds, (n) => gauge("process_open_fds", "Number of open file descriptors.", n))),
    ...Option.toArray(Option.map(limit, (n) => gauge("process_max_fds", "Maximum number of open file descriptors.", n)))
  ]
})
