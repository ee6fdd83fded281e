import { Command, Options, Args } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Effect, Console, Schema, Option } from "effect"

const port = Options.integer("port").pipe(Options.withDefault(7))
const host = Options.text("host").pipe(Options.withDefault("127.0.0.1"))
const mode = Options.choice("mode", ["echo", "upper"]).pipe(Options.withDefault("echo"))
const verbose = Options.boolean("verbose")
const count = Options.integer("count").pipe(
  Options.filterMap((n) => n >= 0 ? Option.some(n) : Option.none(), "count must be non-negative"),
  Options.withDefault(1))
const timeout = Options.text("timeout").pipe(Options.withSchema(Schema.NumberFromString.pipe(Schema.positive())), Options.withDefault(5))

const serve = Command.make("serve", { port, host, mode, verbose, count, timeout }, (a) => Console.log("serve", JSON.stringify(a)))
const root = Command.make("tcp-echo", {}).pipe(Command.withSubcommands([serve]))
const which = process.env.ROOT === "flat" ? serve : root
const cli = Command.run(which, { name: "tcp-echo", version: "1.2.3" })
cli(process.argv).pipe(
  Effect.tapErrorCause((c) => Effect.sync(() => { process.stderr.write("[[CAUSE]] " + JSON.stringify(c.toJSON()) .slice(0,600)+ "\n") })),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain
)
