/**
 * The terminal @effect/cli requires of every command, made at its first use. Only the wizard reads
 * from it, and Node's terminal opens `process.stdin` when it is made (about 4 ms of a start, for a
 * command that never reads it: README, Start-up).
 */
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import * as Terminal from "@effect/platform/Terminal"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"

/** Node's terminal, made in this layer's scope the first time any of its members runs. */
export const layer: Layer.Layer<Terminal.Terminal> = Layer.scoped(
  Terminal.Terminal,
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const node = yield* Effect.cached(Scope.extend(NodeTerminal.make(), scope))
    return Terminal.Terminal.of({
      columns: Effect.flatMap(node, (terminal) => terminal.columns),
      rows: Effect.flatMap(node, (terminal) => terminal.rows),
      isTTY: Effect.flatMap(node, (terminal) => terminal.isTTY),
      readInput: Effect.flatMap(node, (terminal) => terminal.readInput),
      readLine: Effect.flatMap(node, (terminal) => terminal.readLine),
      display: (text) => Effect.flatMap(node, (terminal) => terminal.display(text))
    })
  })
)
