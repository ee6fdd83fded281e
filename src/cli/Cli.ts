/**
 * The `tcp-echo` command line: the command tree, and the edge that turns every outcome into an
 * exit code and at most one line on stderr. Only the cli folder reads argv and picks layers for the
 * host.
 *
 * Exit codes: 0 done (a signal-driven shutdown included), 1 runtime failure (cannot listen, bad
 * sysctl file), 2 usage error. Every error is one line on stderr; stdout carries only what a
 * command was asked to print (`--json`, `--help`, `--version`).
 */
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import packageJson from "../../package.json" with { type: "json" }
import * as bench from "./bench.js"
import * as probe from "./probe.js"
import * as serve from "./serve.js"
import * as sysctl from "./sysctl.js"
import { normalizeArgs, plain, usageLine } from "./Usage.js"

const name = "tcp-echo"

const root = Command.make(
  name,
  {},
  () => Effect.fail(ValidationError.missingSubcommand(HelpDoc.p("missing command (expected one of serve, sysctl, probe, bench)")))
).pipe(
  Command.withDescription("A TCP echo server in timeout mode with Linux socket tuning."),
  Command.withSubcommands([serve.command, sysctl.command, probe.command, bench.command])
)

const cli = Command.run(root, { name, version: packageJson.version })

/**
 * Runs the CLI on `args` (without `node` and the script) and returns the exit code. @effect/cli
 * prints usage errors itself, in several lines; it is silenced and one line printed instead.
 */
export const run = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const stdio = yield* Effect.console
    const quiet: Console.Console = {
      ...stdio,
      error: () => Effect.void,
      // Help is styled for a terminal; a pipe or a file gets it plain.
      log: (...text) => stdio.log(...(process.stdout.isTTY ? text : text.map(plain)))
    }
    return yield* cli(["node", name, ...normalizeArgs(args)]).pipe(
      Effect.withConsole(quiet),
      Effect.as(0),
      Effect.catchIf(ValidationError.isValidationError, (error) =>
        Effect.as(Console.error(`${name}: ${usageLine(error)}`), error._tag === "HelpRequested" ? 0 : 2)),
      Effect.catchTag("Failure", (error) => Effect.as(Console.error(`${name}: ${error.message}`), 1))
    )
  })

