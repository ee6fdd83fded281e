/**
 * `serve --admin-port PORT [--admin-host HOST]`: the admin server (metrics, liveness, readiness)
 * around the echo server, in the same scope. It listens first, so a port in use fails before anything
 * is served, and closes last, so that probes see the drain through to the end.
 */
import * as Effect from "effect/Effect"
import { pipe } from "effect/Function"
import * as Option from "effect/Option"
import * as AdminServer from "../admin/AdminServer.js"
import * as Routes from "../admin/Routes.js"
import type * as EchoServer from "../server/EchoServer.js"
import * as Flags from "./Flags.js"

export const flags = {
  adminPort: pipe(
    Flags.integer("admin-port", 0, 65535, {
      value: "PORT",
      text:
        "Serve GET /metrics (Prometheus text format), /healthz and /readyz over HTTP on this port; 0 lets the kernel pick a free one, which the start-up log states."
    }),
    Flags.optional("off")
  ),
  adminHost: pipe(
    Flags.host("admin-host", "The address or host name the admin server listens on; localhost means 127.0.0.1."),
    Flags.withDefault(AdminServer.defaultConfig.host, AdminServer.defaultConfig.host)
  )
}

/**
 * Runs `serve` with the admin server around it when --admin-port is given. `serve` calls `listening`
 * with the echo server once it listens: readiness follows its status from then.
 */
export const withAdmin = <A, E, R>(
  flags: { readonly adminPort: Option.Option<number>; readonly adminHost: string },
  serve: (listening: (server: EchoServer.EchoServer["Type"]) => Effect.Effect<void>) => Effect.Effect<A, E, R>
) =>
  Option.match(flags.adminPort, {
    onNone: () => serve(() => Effect.void),
    onSome: (port) =>
      Effect.gen(function*() {
        let server: EchoServer.EchoServer["Type"] | undefined
        const ready = Effect.suspend(() =>
          server === undefined ? Effect.succeed(false) : Effect.map(server.status, (status) => status === "serving")
        )
        const config = { ...AdminServer.defaultConfig, host: flags.adminHost, port }
        yield* AdminServer.make(config, [
          ...Routes.health(ready),
          ...Routes.metrics(),
          ...Routes.faults(() => server?.faults)
        ])
        return yield* serve((listening) => Effect.sync(() => (server = listening)))
      }).pipe(Effect.scoped)
  })
