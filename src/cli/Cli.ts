/**
 * The `tcp-echo` command line: the command tree, and the edge that turns every outcome into an
 * exit code and at most one line on stderr. Only the cli folder reads argv and picks layers for the
 * host.
 *
 * Exit codes: 0 done (a signal-driven shutdown included), 1 runtime failure (cannot listen, bad
 * sysctl file), 2 usage error. Every error is one line on stderr (a JSON object under
 * `--log-format json`); stdout carries only what a command was asked to print (`--json`, `--help`,
 * `--version`).
 */
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import packageJson from "../../package.json" with { type: "json" }
import * as Argv from "./Argv.js"
import * as bench from "./bench.js"
import * as Help from "./Help.js"
import * as Logging from "./Logging.js"
import * as probe from "./probe.js"
import * as serve from "./serve.js"
import * as sysctl from "./sysctl.js"
import { usageLine } from "./Usage.js"

const name = "tcp-echo"

const pages: ReadonlyArray<Help.Page> = [serve.page, sysctl.page, probe.page, bench.page]

const program: Help.Program = {
  name,
  version: packageJson.version,
  purpose: "a TCP echo server in timeout mode, with Linux socket tuning",
  common: [Argv.builtIn.logLevel, Argv.builtIn.help],
  programOnly: [Argv.builtIn.version, Argv.builtIn.completions, Argv.builtIn.wizard],
  exitStatus: [
    ["0", "Done: what was asked was done; for serve, a shutdown by SIGINT or SIGTERM."],
    [
      "1",
      "A runtime failure: serve cannot listen (address in use, not on this host, permission), a sysctl file does not parse, a probe's echo was not verified, a bench saw a wrong byte."
    ],
    ["2", "A usage error: an unknown command or flag, a bad value, a flag given twice."]
  ],
  streams:
    "Every error is one line on stderr, naming what was wrong; logs go to stderr; stdout carries only what was asked for (--json, --help, --version).",
  examples: [
    ["tcp-echo serve", "Serve on 127.0.0.1:9999 with the recipe's 5.5 s timeouts."],
    ["tcp-echo probe --wait 6", "Check that the server closes a client that stays silent past its read timeout."],
    ["tcp-echo sysctl --json", "The kernel's TCP limits as one JSON object."],
    ["tcp-echo bench --mode churn", "Open and close connections as fast as the server takes them, verifying each echo."]
  ]
}

const commandFlags = new Map(pages.map((page) => [page.name, page.flags]))

const root = Command.make(
  name,
  {},
  () => Effect.fail(ValidationError.missingSubcommand(HelpDoc.p("missing command")))
).pipe(
  Command.withDescription(program.purpose),
  Command.withSubcommands([serve.command, sysctl.command, probe.command, bench.command])
)

const cli = Command.run(root, { name, version: packageJson.version })

/** Prints the one error line and yields the exit code. */
const fail = (format: Logging.Format, message: string, exitCode: number, code?: string) =>
  Effect.as(Console.error(Logging.errorLine(format, message, exitCode, code)), exitCode)

/** Runs a checked, canonical command line through @effect/cli. */
const runCommand = (argv: ReadonlyArray<string>, format: Logging.Format) =>
  Effect.gen(function*() {
    const stdio = yield* Effect.console
    // @effect/cli prints its own errors, in several lines: they are silenced and one line printed
    // instead. Logs are untouched: the loggers write through `unsafe`.
    const quiet: Console.Console = { ...stdio, error: () => Effect.void }
    return yield* cli(["node", name, ...argv]).pipe(
      Effect.withConsole(quiet),
      Effect.as(0),
      Effect.catchIf(ValidationError.isValidationError, (error) => fail(format, usageLine(error), 2)),
      Effect.catchTag("Failure", (error) => fail(format, error.message, 1, error.code)),
      Effect.catchAllDefect((defect) =>
        fail(format, `internal error: ${defect instanceof Error ? defect.message : String(defect)}`, 1)
      )
    )
  })

/** Runs the CLI on `args` (without `node` and the script) and returns the exit code. */
export const run = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const format: Logging.Format = Argv.wantsJsonLogs(args) ? "json" : "text"
    const request = Argv.read(name, args, commandFlags)
    switch (request._tag) {
      case "Help": {
        const page = pages.find((p) => p.name === request.command)
        yield* Console.log(page === undefined ? Help.programPage(program, pages) : Help.commandPage(program, page))
        return 0
      }
      case "Version":
        yield* Console.log(packageJson.version)
        return 0
      case "Invalid":
        return yield* fail(format, request.message, 2)
      case "Wizard":
        // The wizard reads answers from stdin: without a terminal it would wait forever.
        return process.stdin.isTTY
          ? yield* runCommand(request.argv, format)
          : yield* fail(format, "--wizard needs a terminal on stdin; give the flags on the command line instead", 2)
      case "Run":
        return yield* runCommand(request.argv, format)
    }
  })
