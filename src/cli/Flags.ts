/**
 * Flag parsers shared by the commands: each value is parsed once, at the edge, and a bad one is a
 * usage error that names the flag, the value and what is accepted.
 */
import * as Options from "@effect/cli/Options"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Net from "node:net"
import { parseCidr } from "../net.js"

export const usage = (message: string) => Effect.fail(ValidationError.invalidValue(HelpDoc.p(message)))

export const decoded = <A, I>(flag: string, schema: Schema.Schema<A, I>, expected: string) => (text: string) =>
  Either.match(Schema.decodeUnknownEither(schema)(text), {
    onLeft: () => usage(`--${flag}: expected ${expected}, got ${JSON.stringify(text)}`),
    onRight: (value) => Effect.succeed(value)
  })

export const integer = (flag: string, min: number, max: number, pseudo = "N") =>
  Options.text(flag).pipe(
    Options.withPseudoName(pseudo),
    Options.mapEffect(decoded(
      flag,
      Schema.NumberFromString.pipe(Schema.int(), Schema.between(min, max)),
      `an integer from ${min} to ${max}`
    ))
  )

const secondsSchema = Schema.NumberFromString.pipe(Schema.finite(), Schema.between(0, 2_147_483))

/** Seconds as a decimal (`5.5`), 0 meaning "no limit" where the flag says so. */
export const seconds = (flag: string) =>
  Options.text(flag).pipe(
    Options.withPseudoName("SECONDS"),
    Options.mapEffect(decoded(flag, secondsSchema, "seconds from 0 to 2147483 (decimals allowed)")),
    Options.map((s) => Duration.millis(Math.round(s * 1000)))
  )

/** Seconds above zero: for waits that must end (`--timeout` of a client, `--duration`). */
export const positiveSeconds = (flag: string) =>
  seconds(flag).pipe(
    Options.mapEffect((duration) =>
      Duration.isZero(duration)
        ? usage(`--${flag}: expected seconds from 0.001 to 2147483 (decimals allowed)`)
        : Effect.succeed(duration)
    )
  )

/** One DNS label (RFC 1123): letters, digits and inner hyphens, at most 63 characters. */
const label = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/

/**
 * The server the client commands connect to: an IPv4 or IPv6 address (any spelling) or a host
 * name, resolved when connecting; `localhost` is 127.0.0.1, as for `serve`.
 */
export const serverHost = (flag: string) =>
  Options.text(flag).pipe(
    Options.withPseudoName("HOST"),
    Options.mapEffect((text) => {
      if (text === "localhost") return Effect.succeed("127.0.0.1")
      const name = text.endsWith(".") ? text.slice(0, -1) : text
      return Net.isIP(text) !== 0 || (name.length <= 253 && name.split(".").every((part) => label.test(part)))
        ? Effect.succeed(text)
        : usage(`--${flag}: expected an IP address or a host name, got ${JSON.stringify(text)}`)
    })
  )

const byteUnits: Record<string, number> = { "": 1, k: 1024, m: 1024 * 1024 }

/** Bytes, with an optional binary `k` or `m` suffix (`64k`). */
export const bytes = (flag: string) =>
  Options.text(flag).pipe(
    Options.withPseudoName("BYTES"),
    Options.mapEffect((text) => {
      const match = /^(\d+)([kKmM]?)$/.exec(text)
      const value = match === null ? NaN : Number(match[1]) * byteUnits[match[2]!.toLowerCase()]!
      return value >= 1 && value <= 1024 * 1024 * 1024
        ? Effect.succeed(value)
        : usage(`--${flag}: expected bytes from 1 to 1g (suffix k or m allowed), got ${JSON.stringify(text)}`)
    })
  )

/** Networks as `ADDRESS[/PREFIX]` (repeatable: `--allow 10.0.0.0/8 --allow ::1/128`); a bare address is one host. */
export const networks = (flag: string) =>
  Options.text(flag).pipe(
    Options.withPseudoName("CIDR"),
    Options.repeated,
    Options.mapEffect((texts) =>
      Effect.forEach(texts, (text) =>
        Option.match(parseCidr(text), {
          onNone: () =>
            usage(`--${flag}: expected a network as ADDRESS/PREFIX (e.g. 127.0.0.0/8, ::1/128), got ${JSON.stringify(text)}`),
          onSome: Effect.succeed
        }))
    )
  )

/** A runtime failure the user can act on: printed as one line, exit code 1. */
export class Failure extends Schema.TaggedError<Failure>()("Failure", { message: Schema.String }) {}

export const failure = (error: { readonly message: string }) => new Failure({ message: error.message })

