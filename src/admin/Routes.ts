/**
 * The admin server's endpoints: liveness and readiness for probes, the metrics for scrapes. Each is a
 * list of routes, so a program picks the ones it serves and adds its own.
 */
import * as Effect from "effect/Effect"
import * as Metrics from "../server/Metrics.js"
import * as ProcessMetrics from "./ProcessMetrics.js"
import * as Prometheus from "./Prometheus.js"
import { route, text } from "./Router.js"

/**
 * `GET /healthz`: 200 while the process runs. `GET /readyz`: 200 while `ready` holds (the echo server
 * accepts), 503 otherwise: before it listens and from the moment its shutdown starts.
 */
export const health = (ready: Effect.Effect<boolean>) => [
  route("GET", "/healthz", () => Effect.succeed(text(200, "ok\n"))),
  route("GET", "/readyz", () => Effect.map(ready, (ready) => (ready ? text(200, "ready\n") : text(503, "not accepting\n"))))
]

/**
 * `GET /metrics`: the metrics of Effect's registry whose names `select` picks (by default the echo
 * server's, after `Metrics.refresh`; Effect's own fiber metrics, on in every Effect runtime, do not
 * follow Prometheus's naming) and the process's, in Prometheus's text format 0.0.4.
 */
export const metrics = (select: (name: string) => boolean = echoServerMetrics) => [
  route("GET", "/metrics", () => Effect.map(scrape(select), (families) => exposition(families)))
]

/** The echo server's own metric names. */
export const echoServerMetrics = (name: string): boolean => name.startsWith("tcp_echo_")

/** One scrape's families: those of the registry that `select` picks, after `Metrics.refresh`, and the process's. */
export const scrape = (select: (name: string) => boolean) =>
  Effect.gen(function*() {
    yield* Metrics.refresh
    return [...Prometheus.registryFamilies().filter((family) => select(family.name)), ...yield* ProcessMetrics.read]
  })

/** The 200 response of a scrape, in Prometheus's text format. */
export const exposition = (families: ReadonlyArray<Prometheus.Family>) =>
  text(200, Prometheus.render(families), { "content-type": Prometheus.contentType })
