/**
 * How the command line meets @effect/cli: arguments reordered so that built-in flags work anywhere,
 * and a usage error (a tree of help paragraphs) flattened into the one line printed on stderr.
 */
import * as HelpDoc from "@effect/cli/HelpDoc"
import type * as Span from "@effect/cli/HelpDoc/Span"
import type * as ValidationError from "@effect/cli/ValidationError"

/**
 * @effect/cli takes its built-in flags (`--help`, `--log-level`) only right after the command name;
 * people put them anywhere, so they are moved there.
 */
export const normalizeArgs = (args: ReadonlyArray<string>): Array<string> => {
  const [command, ...rest] = args
  if (command === undefined || command.startsWith("-")) return [...args]
  if (rest.includes("--help") || rest.includes("-h")) return [command, "--help"]
  const builtIn: Array<string> = []
  const others: Array<string> = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === "--log-level" && i + 1 < rest.length) builtIn.push(arg, rest[++i]!)
    else if (arg.startsWith("--log-level=")) builtIn.push(arg)
    else others.push(arg)
  }
  return [command, ...builtIn, ...others]
}

const spanText = (span: Span.Span): string => {
  switch (span._tag) {
    case "Text":
    case "URI":
      return span.value
    case "Sequence":
      return spanText(span.left) + spanText(span.right)
    default:
      return spanText(span.value)
  }
}

const docTexts = (doc: HelpDoc.HelpDoc): Array<string> => {
  switch (doc._tag) {
    case "Header":
    case "Paragraph":
      return [spanText(doc.value)]
    case "Sequence":
      return [...docTexts(doc.left), ...docTexts(doc.right)]
    case "Enumeration":
      return doc.elements.flatMap(docTexts)
    case "DescriptionList":
      return doc.definitions.flatMap(([span, inner]) => [spanText(span), ...docTexts(inner)])
    case "Empty":
      return []
  }
}

/** A usage error as one plain line, in our words where @effect/cli's are vague. */
export const usageLine = (error: ValidationError.ValidationError): string => {
  const text = docTexts(error.error)
    .map((t) => t.split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" "))
    .filter((t) => t !== "")
    .join("; ")
  const unknown = /^Received unknown argument: '(.*)'$/.exec(text)
  if (unknown !== null) {
    const arg = unknown[1]!
    // A bad --log-level value surfaces as the flag itself being unknown.
    if (arg === "--log-level" || arg.startsWith("--log-level=")) {
      return "--log-level: expected one of all, trace, debug, info, warning, error, fatal, none"
    }
    return arg.startsWith("-")
      ? `unknown flag ${arg}, or a flag without its value (see --help)`
      : `unexpected argument ${JSON.stringify(arg)} (see --help)`
  }
  const subcommand = /^Invalid subcommand for .*- use one of (.*)$/.exec(text)
  if (subcommand !== null) return `unknown command (expected one of ${subcommand[1]})`
  const choice = /^Expected one of the following cases: (.*)$/.exec(text)
  if (choice !== null) return `expected one of ${choice[1]} (see --help)`
  return text
}

/** Help text without its terminal colours. */
export const plain = (text: unknown) => (typeof text === "string" ? text.replace(/\x1b\[[0-9;]*m/g, "") : text)
