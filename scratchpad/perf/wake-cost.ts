/**
 * What one wake of an events subscriber costs: bursts of 10 events, each burst in a timer turn of
 * its own (further apart than `Events.wakeIntervalMs`, so every burst wakes the subscriber), the CPU
 * per burst with one subscriber reading chunks against the same loop with none.
 * Run: npx esbuild scratchpad/perf/wake-cost.ts --bundle --platform=node --log-level=error | node
 */
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import { ConnectionEvent } from "../../src/server/EchoServer.js"
import * as Events from "../../src/server/Events.js"

const bursts = 200
const event = ConnectionEvent.Lagged({ dropped: 1 })

/** CPU microseconds per burst; with `subscribed`, one subscriber reads every event. */
const run = (subscribed: boolean) =>
  Effect.scoped(Effect.gen(function*() {
    const hub = new Events.Hub()
    let seen = 0
    const reading = subscribed
      ? yield* Effect.fork(Stream.runForEachChunk(yield* hub.subscribe(), (chunk) => Effect.sync(() => (seen += chunk.length))))
      : Fiber.void
    const cpu = process.cpuUsage()
    yield* Effect.promise(() =>
      new Promise<void>((done) => {
        let sent = 0
        const next = () => {
          for (let i = 0; i < 10; i++) hub.publish(event)
          if (++sent < bursts) setTimeout(next, Events.wakeIntervalMs + 1)
          else done()
        }
        next()
      })
    )
    const used = process.cpuUsage(cpu)
    hub.end()
    yield* Fiber.join(reading)
    if (subscribed && seen !== bursts * 10) return yield* Effect.die(`read ${seen} of ${bursts * 10} events`)
    return (used.user + used.system) / bursts
  }))

Effect.runPromise(Effect.gen(function*() {
  for (let round = 0; round < 3; round++) {
    const alone = yield* run(false)
    const subscribed = yield* run(true)
    console.log(`per wake: ${(subscribed - alone).toFixed(0)} us of CPU (${subscribed.toFixed(0)} with a subscriber, ${alone.toFixed(0)} without)`)
  }
}))
