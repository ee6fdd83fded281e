/**
 * The admin server's endpoints: liveness and readiness for probes, the metrics for scrapes, the
 * faults of new connections. Each is a
 * list of routes, so a program picks the ones it serves and adds its own.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as FaultControl from "../server/faults/FaultControl.js"
import * as Faults from "../server/faults/Faults.js"
import * as Metrics from "../server/Metrics.js"
import * as ProcessMetrics from "./ProcessMetrics.js"
import * as Prometheus from "./Prometheus.js"
import { type Response, route, text } from "./Router.js"

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

/**
 * `GET /faults`, `PUT /faults` (JSON, the `Faults` form), `DELETE /faults`: the faults of new
 * connections, read, replaced and cleared while the server runs. A bad body is a 400 with a one-line
 * reason, and nothing changes. `handle` is undefined until the echo server listens (503 until then).
 */
export const faults = (handle: () => FaultControl.Handle | undefined) => {
  const json = (status: number, value: unknown) =>
    text(status, `${JSON.stringify(value)}\n`, { "content-type": "application/json" })
  const withHandle = (f: (handle: FaultControl.Handle) => Effect.Effect<Response>) =>
    Effect.suspend(() => {
      const current = handle()
      return current === undefined ? Effect.succeed(text(503, "not serving yet\n")) : f(current)
    })
  const current = (faults: FaultControl.Handle) => Effect.map(faults.get, (value) => json(200, Faults.encode(value)))
  return [
    route("GET", "/faults", () => withHandle(current)),
    route("PUT", "/faults", (request) =>
      withHandle((handle) =>
        Either.match(Faults.decodeJson(request.body), {
          onLeft: (error) => Effect.succeed(text(400, `${error.reason}\n`)),
          onRight: (value) =>
            handle.set(value).pipe(
              Effect.zipRight(current(handle)),
              Effect.catchAll((error) => Effect.succeed(text(400, `${error.reason}\n`)))
            )
        }))),
    route("DELETE", "/faults", () => withHandle((handle) => Effect.zipRight(handle.reset, current(handle))))
  ]
}
