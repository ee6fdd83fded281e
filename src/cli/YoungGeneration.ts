/**
 * The serve command's policy for V8's young generation, which trades bulk throughput against the
 * memory each idle connection holds.
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import type * as EchoServer from "../server/EchoServer.js"

/**
 * V8 doubles its young generation whenever most new objects survive a scavenge. That suits a few
 * busy connections (bulk echo allocates fast: fewer scavenges), but accepting thousands of
 * long-lived ones looks the same, and the grown space then stays in RSS: about 2 KB more per idle
 * connection. So the young generation may grow while few connections are open, not while many are.
 * Measured under the README's Performance.
 */
export const youngGenerationPolicy = (server: Context.Tag.Service<EchoServer.EchoServer>) =>
  Effect.gen(function*() {
    // Runs once the server listens: node:v8 is not loaded on the way there (see README, Start-up).
    const V8 = yield* Effect.promise(() => import("node:v8"))
    let growing = true
    yield* server.stats.pipe(
      Effect.tap(({ active }) =>
        Effect.sync(() => {
          const grow = active < 1000
          if (grow !== growing) V8.setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`)
          growing = grow
        })
      ),
      Effect.repeat(Schedule.spaced("200 millis"))
    )
  })
