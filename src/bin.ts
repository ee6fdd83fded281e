#!/usr/bin/env node
/**
 * Entry point: runs the CLI with Node's runtime. The first SIGINT/SIGTERM interrupts the program
 * (graceful shutdown, exit 0); a second one ends the process at once, also with exit 0.
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Cli from "./Cli.js"

let signals = 0
const onSignal = () => {
  if (++signals > 1) process.exit(0)
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

Cli.run(process.argv.slice(2)).pipe(
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    disablePrettyLogger: true,
    teardown: (exit, onExit) => {
      if (Exit.isSuccess(exit)) return onExit(exit.value as number)
      if (!Cause.isInterruptedOnly(exit.cause)) {
        const error = Cause.squash(exit.cause)
        process.stderr.write(`tcp-echo: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
      }
      onExit(Cause.isInterruptedOnly(exit.cause) ? 0 : 1)
    }
  })
)
