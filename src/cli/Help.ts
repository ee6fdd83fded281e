/**
 * The help, laid out like a man page and rendered from the flags' own definitions (`Flags.Doc`):
 * the usage line, what the command does, every option with its value, meaning and default, and
 * examples. @effect/cli's generated help could not say units or defaults in words, showed optional
 * flags as required, and described every text flag as "A user-defined piece of text.".
 */
import type { Doc } from "./Flags.js"

/** One command's page. */
export interface Page {
  readonly name: string
  /** One line, as the command list shows it. */
  readonly purpose: string
  /** Paragraphs after the usage line. */
  readonly description: ReadonlyArray<string>
  readonly flags: ReadonlyArray<Doc>
  /** A command line and what it does. */
  readonly examples: ReadonlyArray<readonly [string, string]>
}

/** What the program page needs beyond the commands' pages. */
export interface Program {
  readonly name: string
  readonly version: string
  readonly purpose: string
  /** The flags every command takes, and those of the program alone. */
  readonly common: ReadonlyArray<Doc>
  readonly programOnly: ReadonlyArray<Doc>
  readonly exitStatus: ReadonlyArray<readonly [string, string]>
  /** A paragraph after the exit codes: where errors, logs and output go. */
  readonly streams: string
  readonly examples: ReadonlyArray<readonly [string, string]>
}

const width = 80

/** Words wrapped at `width`, every line indented by `indent` spaces. */
export const wrap = (text: string, indent: number): Array<string> => {
  const lines: Array<string> = []
  let line = ""
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === "" ? word : `${line} ${word}`
    }
  }
  if (line !== "") lines.push(line)
  return lines.map((l) => " ".repeat(indent) + l)
}

const flagHead = (doc: Doc): string => {
  const names = doc.name === "help" ? "-h, --help" : `--${doc.name}`
  return doc.value === undefined ? names : `${names} ${doc.value}`
}

const flagEntry = (doc: Doc): Array<string> => [
  `  ${flagHead(doc)}`,
  ...wrap(
    [
      doc.text,
      doc.value === undefined ? "" : `${doc.value}: ${doc.expected}.`,
      doc.repeatable ? "May be given more than once." : "",
      doc.default === undefined ? "" : `Default: ${doc.default}.`
    ].filter((t) => t !== "").join(" "),
    6
  )
]

const section = (title: string, body: ReadonlyArray<string>): Array<string> => ["", `${title}:`, ...body]

const examples = (list: ReadonlyArray<readonly [string, string]>) =>
  section("Examples", list.flatMap(([line, what]) => [`  ${line}`, ...wrap(what, 6)]))

/** `tcp-echo serve --help`. */
export const commandPage = (program: Program, page: Page): string =>
  [
    `${program.name} ${page.name}: ${page.purpose}`,
    "",
    `Usage: ${program.name} ${page.name} [options]`,
    ...page.description.flatMap((paragraph) => ["", ...wrap(paragraph, 0)]),
    ...section("Options", page.flags.flatMap(flagEntry)),
    ...section("Options of every command", program.common.flatMap(flagEntry)),
    ...examples(page.examples)
  ].join("\n")

/** `tcp-echo --help`. */
export const programPage = (program: Program, pages: ReadonlyArray<Page>): string => {
  const column = Math.max(...pages.map((p) => p.name.length)) + 4
  return [
    `${program.name} ${program.version}: ${program.purpose}`,
    "",
    `Usage: ${program.name} COMMAND [options]`,
    `       ${program.name} ${["--help", ...program.programOnly.map(flagHead)].join(" | ")}`,
    ...section(
      "Commands",
      pages.flatMap((p) => {
        const [first = "", ...rest] = wrap(p.purpose, 2 + column)
        return [`  ${p.name.padEnd(column)}${first.trimStart()}`, ...rest]
      })
    ),
    "",
    ...wrap(`Run "${program.name} COMMAND --help" for a command's options.`, 0),
    ...section("Options", [...program.common, ...program.programOnly].flatMap(flagEntry)),
    ...section("Exit status", program.exitStatus.flatMap(([code, what]) => {
      const [first = "", ...rest] = wrap(what, 6)
      return [`  ${code.padEnd(4)}${first.trimStart()}`, ...rest]
    })),
    "",
    ...wrap(program.streams, 0),
    ...examples(program.examples)
  ].join("\n")
}
