/**
 * Entry point: runs the CLI with Node's runtime. The first SIGINT/SIGTERM interrupts the program
 * (graceful shutdown, exit 0); a second one ends the process at once, also with exit 0. Before
 * `serve` listens, the first one already ends it at once (`StartupSignals`).
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Cli from "./Cli.js"
import * as StartupSignals from "./StartupSignals.js"
import * as Terminal from "./Terminal.js"

let signals = 0
const onSignal = () => {
  if (++signals > 1) process.exit(0)
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)
// `serve` hands over once it listens; until then a signal ends it at once.
if (process.argv[2] !== "serve") StartupSignals.handOver()

Cli.run(process.argv.slice(2)).pipe(
  // What @effect/cli needs, and no more: the whole NodeContext (workers, subprocesses) costs start-up.
  Effect.provide(Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, Terminal.layer)),
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
