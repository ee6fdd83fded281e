/**
 * The commands' flags, each defined once: how its value is parsed (a bad one is a usage error that
 * names the flag, the value and what is accepted) and what the help says of it (value, meaning,
 * default). @effect/cli parses with `options`; the help (`Help`) and the command-line check
 * (`Argv`) read `doc`, so the three cannot drift apart.
 *
 * One number syntax everywhere: decimal. `0x10`, `0b101`, `1e3` are refused rather than read as
 * something the user may not have meant; a duration has at most three decimals (the resolution is
 * a millisecond), so no positive value can round down to 0, which means "no limit".
 */
import * as Options from "@effect/cli/Options"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Net from "node:net"
import { parseCidr } from "../net.js"
import { parseSize } from "../units.js"

/** What the help and the command-line check know of a flag. */
export interface Doc {
  /** Without the dashes: `port`. */
  readonly name: string
  /** The value's placeholder (`SECONDS`); undefined for a switch, which takes none. */
  readonly value: string | undefined
  /** What a value must be, as the usage error says it: `a decimal integer from 0 to 65535`. */
  readonly expected: string
  /** What the flag does, in sentences: what starts and stops its clock, what 0 means. */
  readonly text: string
  /** The value in effect when the flag is absent, as the help says it; undefined: required. */
  readonly default: string | undefined
  readonly repeatable: boolean
}

export interface Flag<A> {
  readonly options: Options.Options<A>
  readonly doc: Doc
}

/** The @effect/cli options of a record of flags, for `Command.make`. */
export type OptionsOf<T extends Record<string, Flag<any>>> = { readonly [K in keyof T]: T[K]["options"] }

export const optionsOf = <T extends Record<string, Flag<any>>>(flags: T): OptionsOf<T> =>
  Object.fromEntries(Object.entries(flags).map(([key, flag]) => [key, flag.options])) as OptionsOf<T>

/** The docs of a record of flags, in the record's order: the help lists them so. */
export const docsOf = (flags: Record<string, Flag<any>>): ReadonlyArray<Doc> => Object.values(flags).map((flag) => flag.doc)

export const usage = (message: string) => Effect.fail(ValidationError.invalidValue(HelpDoc.p(message)))

/** The usage error for a refused value: `--port: expected ..., got "0x10" (why)`. */
export const refusal = (doc: Pick<Doc, "name" | "expected">, text: string, why = ""): string =>
  `--${doc.name}: expected ${doc.expected}, got ${JSON.stringify(text)}${why === "" ? "" : ` (${why})`}`

/** Why a number in another syntax is refused, where one can say. */
const syntaxHint = (text: string): string =>
  /^[+-]?0[xob]/i.test(text)
    ? "numbers are decimal here: no 0x, 0o or 0b prefix"
    : /^[+-]?[\d.]*e[+-]?\d/i.test(text)
    ? "numbers are decimal here: write it without an exponent"
    : ""

/** A parse: the value, or why it is refused ("" when the expected text says enough). */
export type Parse<A> = (text: string) => Either.Either<A, string>

interface ValueDoc {
  readonly value: string
  readonly expected: string
  readonly text: string
}

const textOption = (name: string, doc: ValueDoc) =>
  Options.text(name).pipe(Options.withPseudoName(doc.value), Options.withDescription(doc.text))

/** `parse` as an effect that fails with the flag's usage error. */
const parsing = <A>(name: string, doc: ValueDoc, parse: Parse<A>) => (text: string) =>
  Either.match(parse(text), {
    onLeft: (why) => usage(refusal({ name, expected: doc.expected }, text, why)),
    onRight: (value) => Effect.succeed(value)
  })

/** A flag that takes a value, parsed by `parse`; required until `withDefault` or `optional`. */
export const valued = <A>(name: string, doc: ValueDoc, parse: Parse<A>): Flag<A> => ({
  options: textOption(name, doc).pipe(Options.mapEffect(parsing(name, doc, parse))),
  doc: { name, ...doc, default: undefined, repeatable: false }
})

/** A flag that may be given any number of times, each value parsed by `parse`; `shown`: what none means. */
export const repeated = <A>(name: string, doc: ValueDoc & { readonly shown: string }, parse: Parse<A>): Flag<ReadonlyArray<A>> => ({
  options: textOption(name, doc).pipe(
    Options.repeated,
    Options.mapEffect((texts) => Effect.forEach(texts, parsing(name, doc, parse)))
  ),
  doc: { name, value: doc.value, expected: doc.expected, text: doc.text, default: doc.shown, repeatable: true }
})

/** A switch: present means on. */
export const toggle = (name: string, text: string): Flag<boolean> => ({
  options: Options.boolean(name).pipe(Options.withDescription(text)),
  doc: { name, value: undefined, expected: "no value", text, default: "off", repeatable: false }
})

/** The flag's value when it is absent, and how the help says it. */
export const withDefault = <A>(value: A, shown: string) => (flag: Flag<A>): Flag<A> => ({
  options: Options.withDefault(flag.options, value),
  doc: { ...flag.doc, default: shown }
})

/** A flag that may be absent (None), with what that means as the help says it. */
export const optional = (shown: string) => <A>(flag: Flag<A>): Flag<Option.Option<A>> => ({
  options: Options.optional(flag.options),
  doc: { ...flag.doc, default: shown }
})

/** A decimal integer from `min` to `max`. */
export const parseInteger = (min: number, max: number): Parse<number> => (text) => {
  const value = /^\d+$/.test(text) ? Number(text) : NaN
  return value >= min && value <= max ? Either.right(value) : Either.left(syntaxHint(text))
}

export const integer = (name: string, min: number, max: number, doc: { readonly value?: string; readonly text: string }) =>
  valued(
    name,
    { value: doc.value ?? "N", expected: `a decimal integer from ${min} to ${max}`, text: doc.text },
    parseInteger(min, max)
  )

/**
 * Seconds as a decimal with at most three decimals (`5.5`, `0.25`), up to 2147483 (Node's longest
 * timer, 2^31 - 1 ms); 0 only when `zero` (it means "no limit" or the like, never a rounded value).
 */
export const parseSeconds = (zero: boolean): Parse<Duration.Duration> => (text) => {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (match === null) return Either.left(syntaxHint(text))
  const fraction = (match[2] ?? "").replace(/0+$/, "")
  const millis = Number(match[1]) * 1000 + Number(fraction.padEnd(3, "0").slice(0, 3))
  if (fraction.length > 3) {
    return Either.left(
      millis === 0
        ? "under 1 ms, the resolution: the least positive value is 0.001"
        : "finer than 1 ms, the resolution"
    )
  }
  return millis <= 2_147_483_000 && (millis > 0 || zero)
    ? Either.right(Duration.millis(millis))
    : Either.left("")
}

/** A duration flag in seconds; with `zero`, 0 is accepted and means what that text says. */
export const seconds = (name: string, doc: { readonly zero?: string; readonly text: string }) => {
  const low = doc.zero === undefined ? "0.001" : "0"
  const expected = `seconds from ${low} to 2147483, at most 3 decimals${doc.zero === undefined ? "" : ` (0: ${doc.zero})`}`
  return valued(name, { value: "SECONDS", expected, text: doc.text }, parseSeconds(doc.zero !== undefined))
}

/** The largest socket buffer one can ask: `setsockopt` takes a C int. */
export const maxSocketBuffer = 2 ** 31 - 1

/** Bytes as a decimal with an optional binary suffix (`65536`, `64k`, `4m`, `1g`), from 1 to `max`. */
export const parseBytes = (max: number): Parse<number> => (text) => {
  const value = parseSize(text) ?? NaN
  return value >= 1 && value <= max ? Either.right(value) : Either.left(syntaxHint(text))
}

export const bytes = (name: string, max: { readonly bytes: number; readonly shown: string }, text: string) =>
  valued(name, {
    value: "BYTES",
    expected: `bytes from 1 to ${max.shown}, a decimal number with an optional k, m or g suffix (x1024 each)`,
    text
  }, parseBytes(max.bytes))

/** One of `choices`, spelled exactly. */
export const choice = <const C extends ReadonlyArray<string>>(name: string, choices: C, text: string) =>
  valued(name, {
    value: choices.join(" | "),
    expected: `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}`,
    text
  }, (text) => Either.fromNullable(choices.find((c) => c === text) as C[number] | undefined, () => ""))

const hostName = /^(?=.{1,253}\.?$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*\.?$/i

/** An IP address or a host name (checked for a name's syntax, so that nothing odd reaches the resolver). */
export const host = (name: string, text: string) =>
  valued(name, { value: "HOST", expected: "an IP address or a host name", text }, (text) =>
    Net.isIP(text) !== 0 || hostName.test(text)
      ? Either.right(text)
      : Either.left(/^\[.*\]$/.test(text) ? "an IPv6 address goes without brackets" : ""))

/**
 * The server the client commands connect to: an IP address (any spelling) or a host name, resolved
 * when connecting; `localhost` is 127.0.0.1, as for `serve`.
 */
export const serverHost = (name: string, text: string) =>
  valued(name, { value: "HOST", expected: "an IP address or a host name", text }, (text) =>
    text === "localhost"
      ? Either.right("127.0.0.1")
      : Net.isIP(text) !== 0 || hostName.test(text)
      ? Either.right(text)
      : Either.left(/^\[.*\]$/.test(text) ? "an IPv6 address goes without brackets" : ""))

/** Any text but the empty one. */
export const nonEmptyText = (name: string, doc: { readonly value: string; readonly text: string }) =>
  valued(name, { ...doc, expected: "a non-empty text" }, (text) => text === "" ? Either.left("") : Either.right(text))

/** Networks, one per use of the flag, each written ADDRESS/PREFIX or as one ADDRESS; `shown`: what none means. */
export const networks = (name: string, doc: { readonly text: string; readonly shown: string }) =>
  repeated(name, {
    value: "CIDR",
    expected: "a network as ADDRESS/PREFIX (10.0.0.0/8, ::1/128) or one ADDRESS",
    ...doc
  }, (text) => Either.fromOption(parseCidr(text), () => ""))

/** A runtime failure the user can act on: printed as one line, exit code 1. */
export class Failure extends Schema.TaggedError<Failure>()("Failure", {
  message: Schema.String,
  /** The errno name behind it, where there is one (`EADDRINUSE`): a field of the JSON error line. */
  code: Schema.optional(Schema.String)
}) {}

export const failure = (error: { readonly message: string; readonly code?: unknown }) =>
  new Failure({ message: error.message, ...(typeof error.code === "string" ? { code: error.code } : {}) })
