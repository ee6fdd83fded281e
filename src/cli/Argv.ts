/**
 * The command line checked against the flags' definitions before @effect/cli parses it, and what
 * was asked: help, the version, a command to run, or a usage error in one line.
 *
 * @effect/cli alone reads some command lines in ways a user would not guess: it matches flag names
 * in any case (`--PORT 5` was ignored), takes a word after a switch as its value (`--json false`),
 * drops an empty value of a repeated flag (`--allow ''` admitted everyone), and reports a repeated
 * flag, `--host=` or a missing value as "unknown flag". Here every flag is checked for its name,
 * its arity, repetition and an empty value, and @effect/cli then gets a canonical command line
 * (`COMMAND [--log-level L] --flag value ...`), on which it only turns values into typed ones.
 */
import type { Doc } from "./Flags.js"
import { refusal } from "./Flags.js"

export type Request =
  | { readonly _tag: "Help"; readonly command: string | undefined }
  | { readonly _tag: "Version" }
  | { readonly _tag: "Wizard"; readonly argv: ReadonlyArray<string> }
  | { readonly _tag: "Run"; readonly argv: ReadonlyArray<string> }
  | { readonly _tag: "Invalid"; readonly message: string }

const levels = ["all", "trace", "debug", "info", "warning", "error", "fatal", "none"]

/** The flags @effect/cli builds in, as the help and this check know them. */
export const builtIn = {
  logLevel: {
    name: "log-level",
    value: "LEVEL",
    expected: `${levels.slice(0, -1).join(", ")} or ${levels[levels.length - 1]}`,
    text:
      "The least severe log entries written to stderr, from all to none: with debug, serve adds a line per chunk received (its size, never the payload); none silences the log, but not the one line of an error that ends the program.",
    default: "info",
    repeatable: false
  },
  help: {
    name: "help",
    value: undefined,
    expected: "no value",
    text: "Print this help on stdout and exit 0.",
    default: undefined,
    repeatable: false
  },
  version: {
    name: "version",
    value: undefined,
    expected: "no value",
    text: "Print the version, one line, on stdout and exit 0.",
    default: undefined,
    repeatable: false
  },
  completions: {
    name: "completions",
    value: "SHELL",
    expected: "sh, bash, fish or zsh",
    text: "Print a completion script for the shell on stdout, e.g. tcp-echo --completions bash >> ~/.bashrc.",
    default: undefined,
    repeatable: false
  },
  wizard: {
    name: "wizard",
    value: undefined,
    expected: "no value",
    text:
      "Build a command line by answering prompts, then run it. Needs a terminal on stdin; without one it is a usage error.",
    default: undefined,
    repeatable: false
  }
} satisfies Record<string, Doc>

/** Edit distance, for "did you mean": small strings only. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]!
}

const unknownFlag = (flag: string, known: ReadonlyArray<Doc>, where: string, help: string): string => {
  const [near] = known
    .map((doc) => ({ doc, away: distance(flag.toLowerCase(), `--${doc.name}`) }))
    .filter(({ away }) => away <= 2)
    .sort((a, b) => a.away - b.away)
    .map(({ doc }) => doc)
  return `unknown flag ${flag} ${where} (${near === undefined ? "" : `did you mean --${near.name}? `}see ${help})`
}

interface Seen {
  readonly doc: Doc
  readonly values: Array<string>
}

/**
 * Walks the flags of one level (the program's, before a command, or a command's): each must be
 * known, take a value exactly when it should, not be empty, and not repeat unless repeatable.
 * Returns the flags seen with their values, and the index of the first word that is not a flag.
 */
const walk = (
  args: ReadonlyArray<string>,
  from: number,
  known: ReadonlyArray<Doc>,
  context: { readonly where: string; readonly help: string }
): { readonly seen: Map<string, Seen>; readonly next: number } | string => {
  const seen = new Map<string, Seen>()
  let i = from
  for (; i < args.length && args[i]!.startsWith("-") && args[i] !== "-"; i++) {
    const arg = args[i]!
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1
    const flag = equals === -1 ? arg : arg.slice(0, equals)
    const doc = known.find((d) => `--${d.name}` === flag)
    if (doc === undefined) return unknownFlag(flag, known, context.where, context.help)
    let value: string | undefined = equals === -1 ? undefined : arg.slice(equals + 1)
    if (doc.value === undefined) {
      if (value !== undefined) return `${flag} takes no value, got ${JSON.stringify(value)}`
    } else {
      value ??= args[++i]
      if (value === undefined) return `--${doc.name}: expected ${doc.expected}, got nothing`
      if (value === "") return refusal(doc, value)
    }
    const entry = seen.get(doc.name) ?? { doc, values: [] }
    if (entry.values.length > 0 && !doc.repeatable) {
      return doc.value === undefined
        ? `${flag} given twice`
        : `${flag} given twice (${[...entry.values, value!].map((v) => JSON.stringify(v)).join(", then ")}): it takes one value`
    }
    entry.values.push(value ?? "")
    seen.set(doc.name, entry)
  }
  return { seen, next: i }
}

/** The command line as @effect/cli reads it: flags in canonical `--flag value` form. */
const canonical = (seen: Map<string, Seen>): Array<string> =>
  [...seen.values()].flatMap(({ doc, values }) => values.flatMap((v) => (doc.value === undefined ? [`--${doc.name}`] : [`--${doc.name}`, v])))

/**
 * What `args` (without `node` and the script) asks of program `name`, whose commands take the
 * flags `commands` lists. Help wins over any error: `--help` anywhere shows the help of the
 * command named first, or the program's.
 */
export const read = (name: string, args: ReadonlyArray<string>, commands: ReadonlyMap<string, ReadonlyArray<Doc>>): Request => {
  const names = [...commands.keys()].join(", ")
  if (args.includes("--help") || args.includes("-h")) {
    return { _tag: "Help", command: args.find((arg) => commands.has(arg)) }
  }
  const program = walk(args, 0, [builtIn.logLevel, builtIn.version, builtIn.completions, builtIn.wizard], {
    where: "before a command",
    help: `${name} --help`
  })
  if (typeof program === "string") return { _tag: "Invalid", message: program }
  const command = args[program.next]
  const logLevel = program.seen.get("log-level")
  const only = (flag: string) =>
    program.seen.size > 1 || command !== undefined ? `${flag} takes no command and no other flag` : undefined
  if (program.seen.has("version")) {
    return only("--version") === undefined ? { _tag: "Version" } : { _tag: "Invalid", message: only("--version")! }
  }
  const completions = program.seen.get("completions")
  if (completions !== undefined) {
    const shell = completions.values[0]!
    const error = only("--completions") ??
      (["sh", "bash", "fish", "zsh"].includes(shell) ? undefined : refusal(builtIn.completions, shell))
    return error === undefined ? { _tag: "Run", argv: canonical(program.seen) } : { _tag: "Invalid", message: error }
  }
  if (program.seen.has("wizard")) {
    const error = only("--wizard")
    return error === undefined ? { _tag: "Wizard", argv: ["--wizard"] } : { _tag: "Invalid", message: error }
  }
  if (command === undefined) return { _tag: "Invalid", message: `missing command (expected one of ${names}; see ${name} --help)` }
  const flags = commands.get(command)
  if (flags === undefined) {
    return { _tag: "Invalid", message: `unknown command ${JSON.stringify(command)} (expected one of ${names})` }
  }
  const help = `${name} ${command} --help`
  const own = walk(args, program.next + 1, [...flags, builtIn.logLevel, builtIn.wizard], { where: `for ${name} ${command}`, help })
  if (typeof own === "string") return { _tag: "Invalid", message: own }
  if (own.next < args.length) {
    return {
      _tag: "Invalid",
      message: `unexpected argument ${JSON.stringify(args[own.next])} (${name} ${command} takes flags only; see ${help})`
    }
  }
  if (logLevel !== undefined && own.seen.has("log-level")) return { _tag: "Invalid", message: "--log-level given twice: it takes one value" }
  const level = logLevel ?? own.seen.get("log-level")
  if (level !== undefined && !levels.includes(level.values[0]!)) {
    return { _tag: "Invalid", message: refusal(builtIn.logLevel, level.values[0]!) }
  }
  if (own.seen.has("wizard")) return { _tag: "Wizard", argv: [command, "--wizard"] }
  own.seen.delete("log-level")
  return {
    _tag: "Run",
    argv: [command, ...(level === undefined ? [] : ["--log-level", level.values[0]!]), ...canonical(own.seen)]
  }
}

/** Whether the command line asks for JSON logs (`--log-format json`): its errors then are JSON too. */
export const wantsJsonLogs = (args: ReadonlyArray<string>): boolean =>
  args.some((arg, i) => arg === "--log-format=json" || (arg === "--log-format" && args[i + 1] === "json"))
