/**
 * The server's metrics as Effect `Metric`s in Effect's global registry, so that the exporter a host
 * program runs on that registry (Prometheus, OpenTelemetry) sees them, and `tcp-echo serve
 * --admin-port` serves them at /metrics. Names follow Prometheus's conventions (base units, `_total`
 * on counters); every series exists, at 0, from the first server's start. Several servers in one
 * process add into the same series.
 *
 * Cost: a few additions at accept and at close, none per chunk. A connection's bytes are added when
 * it closes; `refresh` adds what open connections moved since the last refresh, so that a long
 * transfer shows before it ends (the admin endpoint refreshes at each scrape; a host exporter may
 * call it before it collects).
 */
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricKey from "effect/MetricKey"
import type * as MetricKeyType from "effect/MetricKeyType"
import type * as MetricLabel from "effect/MetricLabel"
import type * as MetricState from "effect/MetricState"
import type { CloseReason, RejectReason, Summary } from "./CloseRecord.js"

export type Counter = Metric.Metric<MetricKeyType.MetricKeyType.Counter<number>, number, MetricState.MetricState.Counter<number>>

/** The reasons a served connection closes (the others are refusals at accept: `RejectReason`). */
export type ServedReason = Exclude<CloseReason, RejectReason>

// A record, so that a new close reason cannot be left without its counter (it would crash at close).
const servedReasonKeys: { readonly [K in ServedReason]: true } = {
  "client-fin": true,
  "read-timeout": true,
  "write-timeout": true,
  reset: true,
  shutdown: true,
  error: true,
  "fault-close": true,
  "fault-reset": true
}
const servedReasons = Object.keys(servedReasonKeys) as ReadonlyArray<ServedReason>
const rejectReasons: ReadonlyArray<RejectReason> = ["over-limit", "over-ip-limit", "refused", "fd-limit", "proxy-error"]

const counter = (name: string, description: string): Counter => Metric.counter(name, { description, incremental: true })

/**
 * One counter per value of `label`, each a metric of its own: updating a `Metric.tagged` one builds
 * its key anew on every update.
 */
const labelled = <K extends string>(name: string, description: string, label: string, values: ReadonlyArray<K>) =>
  Object.fromEntries(values.map((value) => [
    value,
    Metric.fromMetricKey(MetricKey.counter(name, { description, incremental: true }).pipe(MetricKey.tagged(label, value)))
  ])) as Record<K, Counter>

export const connectionsAccepted = counter("tcp_echo_connections_accepted_total", "Connections accepted and served.")

export const connectionsActive = Metric.gauge("tcp_echo_connections_active", {
  description: "Connections served now."
})

/** Served connections that closed, by close reason (`client-fin`, `read-timeout`, ...). */
export const connectionsClosed = labelled(
  "tcp_echo_connections_closed_total",
  "Served connections that closed, by reason.",
  "reason",
  servedReasons
)

/**
 * Connections closed at accept, unserved, by reason. `fd-limit` counts the times the process reached
 * its descriptor limit: the connections Node's runtime then closes at accept, until one of the open
 * ones closes, are not seen one by one.
 */
export const connectionsRejected = labelled(
  "tcp_echo_connections_rejected_total",
  "Connections closed at accept without being served, by reason (fd-limit: times the descriptor limit was reached).",
  "reason",
  rejectReasons
)

export const receivedBytes = counter("tcp_echo_received_bytes_total", "Bytes received from clients.")

/** Bytes echoed: handed to the socket (a connection reset with an echo pending counts it whole). */
export const sentBytes = counter("tcp_echo_sent_bytes_total", "Bytes echoed back to clients.")

/** From accept to close, in seconds; buckets from 1 ms to an hour. */
export const connectionDuration = Metric.histogram(
  "tcp_echo_connection_duration_seconds",
  MetricBoundaries.fromIterable([0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600]),
  "Served connections' lifetime from accept to close."
)

/** Read and write timeouts that closed a connection. */
export const timeouts = labelled("tcp_echo_timeouts_total", "Timeouts that closed a connection, by kind.", "kind", [
  "read",
  "write"
])

/** Events dropped for subscribers whose buffer was full (see `EchoServer.events`). */
export const eventsDropped = counter(
  "tcp_echo_events_dropped_total",
  "Connection events dropped for subscribers that fell behind."
)

const all: ReadonlyArray<Metric.Metric<any, any, any>> = [
  connectionsAccepted,
  connectionsActive,
  ...Object.values<Counter>(connectionsClosed),
  ...Object.values<Counter>(connectionsRejected),
  receivedBytes,
  sentBytes,
  connectionDuration,
  ...Object.values<Counter>(timeouts),
  eventsDropped
]

const noTags: ReadonlyArray<MetricLabel.MetricLabel> = []

/** Open connections' byte counts as read by `refresh` and not yet counted by a close. */
interface Counted {
  bytesIn: number
  bytesOut: number
}

/** What the metrics need of an open connection. */
export interface Open {
  readonly socket: { readonly bytesRead: number; readonly bytesWritten: number }
}

/** The open connections of every live server, for `refresh`. */
const sources = new Set<() => void>()

/**
 * Adds the bytes open connections moved since the last refresh to the byte counters, so that they
 * include transfers still under way; closed connections were added when they closed.
 */
export const refresh: Effect.Effect<void> = Effect.sync(() => sources.forEach((refreshOne) => refreshOne()))

/** The recorder of one server, whose open connections are `open`; scoped: `refresh` forgets them with the scope. */
export const make = <C extends Open>(open: ReadonlySet<C>) =>
  Effect.gen(function*() {
    for (const metric of all) metric.register()
    const counted = new Map<C, Counted>()
    const refreshOne = () => {
      for (const connection of open) {
        const { bytesRead, bytesWritten } = connection.socket
        const seen = counted.get(connection) ?? { bytesIn: 0, bytesOut: 0 }
        receivedBytes.unsafeUpdate(bytesRead - seen.bytesIn, noTags)
        sentBytes.unsafeUpdate(bytesWritten - seen.bytesOut, noTags)
        seen.bytesIn = bytesRead
        seen.bytesOut = bytesWritten
        counted.set(connection, seen)
      }
    }
    yield* Effect.acquireRelease(Effect.sync(() => sources.add(refreshOne)), () => Effect.sync(() => sources.delete(refreshOne)))
    return {
      accepted: (): void => {
        connectionsAccepted.unsafeUpdate(1, noTags)
        connectionsActive.unsafeModify(1, noTags)
      },
      closed: (connection: C, summary: Summary): void => {
        const seen = counted.size === 0 ? undefined : counted.get(connection)
        if (seen !== undefined) counted.delete(connection)
        connectionsActive.unsafeModify(-1, noTags)
        connectionsClosed[summary.reason as ServedReason].unsafeUpdate(1, noTags)
        receivedBytes.unsafeUpdate(summary.bytesIn - (seen?.bytesIn ?? 0), noTags)
        sentBytes.unsafeUpdate(summary.bytesOut - (seen?.bytesOut ?? 0), noTags)
        connectionDuration.unsafeUpdate(summary.durationMs / 1000, noTags)
        if (summary.reason === "read-timeout") timeouts.read.unsafeUpdate(1, noTags)
        else if (summary.reason === "write-timeout") timeouts.write.unsafeUpdate(1, noTags)
      },
      rejected: (reason: RejectReason): void => connectionsRejected[reason].unsafeUpdate(1, noTags)
    }
  })
