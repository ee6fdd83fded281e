/**
 * The `faults` part of the server's config: which faults new connections get, its JSON form (the
 * runtime API's body), the registry of faults in echo-path order, and the one validation that flags,
 * JSON and library calls all go through, whose failure is one line naming the field.
 */
import * as Data from "effect/Data"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Bandwidth from "./Bandwidth.js"
import * as CloseAfter from "./CloseAfter.js"
import type { Fault, Name, Part } from "./Fault.js"
import * as Latency from "./Latency.js"
import * as ResetAfter from "./ResetAfter.js"
import * as Slice from "./Slice.js"
import * as StallAfter from "./StallAfter.js"

const probability = Schema.Number.pipe(
  Schema.filter((p) => p >= 0 && p <= 1, {
    message: (issue) => `expected a number from 0 to 1, got ${JSON.stringify(issue.actual)}`
  })
)

/**
 * Each field is one fault, absent when off; all of them apply together, in echo-path order: latency,
 * bandwidth and slice shape the echo; whichever of reset-after, close-after and stall-after is
 * reached first ends it (at the same count, in that order).
 */
export const Faults = Schema.Struct({
  latency: Schema.optional(Latency.fault.schema),
  bandwidth: Schema.optional(Bandwidth.fault.schema),
  slice: Schema.optional(Slice.fault.schema),
  resetAfter: Schema.optional(ResetAfter.fault.schema),
  closeAfter: Schema.optional(CloseAfter.fault.schema),
  stallAfter: Schema.optional(StallAfter.fault.schema),
  /** The share of connections that get the faults, drawn at accept; 1 when absent. */
  probability: Schema.optionalWith(probability, { default: () => 1 })
})
export type Faults = typeof Faults.Type

type Key = Exclude<keyof Faults, "probability">

/** Every fault, by its field, in echo-path order: a new fault is one module and one line here. */
export const registry: { readonly [K in Key]-?: Fault<NonNullable<Faults[K]>> } = {
  latency: Latency.fault,
  bandwidth: Bandwidth.fault,
  slice: Slice.fault,
  resetAfter: ResetAfter.fault,
  closeAfter: CloseAfter.fault,
  stallAfter: StallAfter.fault
}

const keys = Object.keys(registry) as ReadonlyArray<Key>

/** No faults: what the server does without any fault flag. */
export const none: Faults = { probability: 1 }

/** The faults that are on, each with its setting; empty for none. */
const entries = (faults: Faults) =>
  keys.flatMap((key) => {
    const settings = faults[key]
    return settings === undefined ? [] : [{ fault: registry[key] as Fault<typeof settings>, settings }]
  })

export const isActive = (faults: Faults): boolean => keys.some((key) => faults[key] !== undefined)

/** The faults in flag syntax, `latency 50:10, slice 100:5`, or `none`. */
export const describe = (faults: Faults): string => {
  const on = entries(faults).map(({ fault, settings }) => `${fault.name} ${fault.format(settings)}`)
  return on.length === 0 ? "none" : on.join(", ")
}

/** A value the faults cannot take; `reason` is one line naming the field. */
export class InvalidFaults extends Data.TaggedError("InvalidFaults")<{ readonly reason: string }> {
  override get message(): string {
    return this.reason
  }
}

const invalid = (error: ParseResult.ParseError): InvalidFaults => {
  const [issue] = ParseResult.ArrayFormatter.formatErrorSync(error)
  const path = issue === undefined || issue.path.length === 0 ? "faults" : issue.path.join(".")
  return new InvalidFaults({ reason: `${path}: ${issue?.message.replace(/\s+/g, " ") ?? "invalid"}` })
}

const options = { errors: "first", onExcessProperty: "error" } as const

/** Faults from their JSON form (already parsed): defaults filled in, unknown fields refused. */
export const decode = (input: unknown): Either.Either<Faults, InvalidFaults> =>
  Either.mapLeft(Schema.decodeUnknownEither(Faults)(input, options), invalid)

/** Faults from a JSON text, as a `PUT /faults` body. */
export const decodeJson = (text: string): Either.Either<Faults, InvalidFaults> =>
  Either.flatMap(
    Either.try({
      try: (): unknown => JSON.parse(text),
      catch: (error) => new InvalidFaults({ reason: `not JSON: ${(error as Error).message}` })
    }),
    decode
  )

/** Checks faults built in code against the same ranges as the JSON form. */
export const validate = (faults: Faults): Either.Either<Faults, InvalidFaults> =>
  Either.mapLeft(Schema.validateEither(Faults)(faults, options), invalid)

/** The JSON form, as `GET /faults` answers. */
export const encode = (faults: Faults): typeof Faults.Encoded => Schema.encodeSync(Faults)(faults)

/** A setting in its fault's flag syntax (`50:10`), in range; undefined where it is not one. */
export const parseSetting = <S>(fault: Fault<S>, text: string): S | undefined => {
  const parsed = fault.parse(text)
  return parsed !== undefined && Either.isRight(Schema.validateEither(fault.schema)(parsed)) ? parsed : undefined
}

/** What one faulty connection gets: its parts in echo-path order, and what its close record says. */
export interface Plan {
  readonly names: ReadonlyArray<Name>
  readonly description: string
  readonly parts: () => ReadonlyArray<Part>
}

/** The plan for active faults; undefined for none. */
export const plan = (faults: Faults): Plan | undefined => {
  const on = entries(faults)
  if (on.length === 0) return undefined
  return {
    names: on.map(({ fault }) => fault.name),
    description: describe(faults),
    parts: () => on.map(({ fault, settings }) => fault.part(settings))
  }
}
