import { Command, Options, HelpDoc, ValidationError } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Exit, Option, Schema } from "effect"
import { defaultTeardown } from "@effect/platform/Runtime"

const NAME = "tcp-echo"

// ---------- HelpDoc -> one plain line ----------
const spanText = (s) => {
  switch (s._tag) {
    case "Text": case "URI": return s.value
    case "Highlight": case "Weak": case "Strong": return spanText(s.value)
    case "Sequence": return spanText(s.left) + spanText(s.right)
    default: return ""
  }
}
const docTexts = (d) => {
  switch (d._tag) {
    case "Empty": return []
    case "Header": case "Paragraph": return [spanText(d.value)]
    case "Sequence": return [...docTexts(d.left), ...docTexts(d.right)]
    case "Enumeration": return d.elements.flatMap(docTexts)
    case "DescriptionList": return d.definitions.flatMap(([span, doc]) => [spanText(span), ...docTexts(doc)])
    default: return []
  }
}
// a Schema TreeFormatter message is multi-line; keep its last (most specific) line
const oneLine = (doc) =>
  docTexts(doc)
    .map((t) => t.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.replace(/^[\s└├│─]+/, "").trim()).filter(Boolean).at(-1) ?? "")
    .filter(Boolean)
    .join("; ")

// ---------- options (custom messages name the flag + value) ----------
const invalid = (msg) => Effect.fail(ValidationError.invalidValue(HelpDoc.p(msg)))
const port = Options.integer("port").pipe(
  Options.mapEffect((n) => n >= 0 && n <= 65535 ? Effect.succeed(n) : invalid(`--port: expected 0..65535, got ${n}`)),
  Options.withDefault(9999))
const host = Options.text("host").pipe(Options.withDefault("127.0.0.1"))
const mode = Options.choice("mode", ["echo", "upper"]).pipe(Options.withDefault("echo"))
const verbose = Options.boolean("verbose")
const count = Options.integer("count").pipe(
  Options.filterMap((n) => n >= 0 ? Option.some(n) : Option.none(), "--count: must be >= 0"),
  Options.withDefault(1))
const timeout = Options.text("timeout").pipe(
  Options.withSchema(Schema.NumberFromString.pipe(Schema.positive())), Options.withDefault(5))

const serve = Command.make("serve", { port, host, mode, verbose, count, timeout }, (a) =>
  Effect.gen(function* () {
    yield* Effect.logDebug("debug visible")
    yield* Effect.logInfo("info visible")
    yield* Console.log("serve", JSON.stringify(a))
    yield* Console.error("handler Console.error still works")
  }))

// root handler runs only when no subcommand was given -> make it a usage error
const root = Command.make(NAME, {}, () =>
  Effect.fail(ValidationError.missingSubcommand(HelpDoc.p("missing subcommand (expected: serve)")))
).pipe(Command.withSubcommands([serve]))

const main = Effect.gen(function* () {
  const realConsole = yield* Effect.console
  // Console whose effectful .error() is a no-op: swallows @effect/cli's own printDocs().
  // (.unsafe is untouched, so Logger.withConsoleError / withLeveledConsole loggers are unaffected)
  const quiet = { ...realConsole, error: () => Effect.void }
  const cli = Command.run(
    // give handlers back the real Console (transform wraps the sub-command dispatch too)
    root.pipe(Command.transformHandler((eff) => Effect.withConsole(eff, realConsole))),
    { name: NAME, version: "1.2.3" })
  return yield* cli(process.argv).pipe(
    Effect.withConsole(quiet),
    Effect.as(0),
    Effect.catchIf(ValidationError.isValidationError, (e) =>
      Console.error(`${NAME}: ${oneLine(e.error)}`).pipe(Effect.as(2))))
})

main.pipe(
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({
    // the program's success value is the exit code
    teardown: (exit, onExit) =>
      Exit.isSuccess(exit) && typeof exit.value === "number" ? onExit(exit.value) : defaultTeardown(exit, onExit)
  })
)
