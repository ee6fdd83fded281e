/**
 * What `serve` logs of the signals that stop it: the first SIGINT or SIGTERM starts the graceful
 * shutdown (the server then logs how it went); a second one ends the process at once, and the
 * connections still open are cut without a close record, so this line is the only trace of them.
 *
 * It only logs: the handling itself (the runtime's interrupt, and the exit on a second signal in
 * `bin.ts`) is elsewhere. Its listeners go first, so that the line is written before that exit.
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Runtime from "effect/Runtime"
import type * as EchoServer from "../server/EchoServer.js"
import * as LogFields from "../server/LogFields.js"

const signals: ReadonlyArray<NodeJS.Signals> = ["SIGINT", "SIGTERM"]

export interface SignalLog {
  /** Names `server`'s open connections in the lines from now on. */
  readonly watch: (server: Context.Tag.Service<EchoServer.EchoServer>) => Effect.Effect<void>
}

/** Scoped: the listeners stay until the scope closes, which must outlast the server's shutdown. */
export const make = Effect.gen(function*() {
  const runLog = Runtime.runSync(yield* Effect.runtime<never>())
  let open = () => 0
  let received = 0
  const onSignal = (signal: NodeJS.Signals) => {
    const connections = open()
    runLog(
      ++received === 1
        ? Effect.logInfo(
          `received ${signal}: shutting down (${connections} connection(s) open)`,
          LogFields.facts({ signal, open: connections })
        )
        : Effect.logWarning(
          `received ${signal} during the shutdown: exiting at once, ${connections} connection(s) cut`,
          LogFields.facts({ signal, cut: connections })
        )
    )
  }
  yield* Effect.acquireRelease(
    Effect.sync(() => signals.forEach((signal) => process.prependListener(signal, onSignal))),
    () => Effect.sync(() => signals.forEach((signal) => process.off(signal, onSignal)))
  )
  const log: SignalLog = {
    watch: (server) =>
      Effect.sync(() => {
        open = () => Effect.runSync(server.stats).active
      })
  }
  return log
})
