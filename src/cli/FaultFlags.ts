/**
 * `serve`'s fault flags, one per fault of the registry, parsed into the library's `Faults`: a bad
 * value is one usage line naming the flag, what it accepts and what it got.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { pipe } from "effect/Function"
import * as Option from "effect/Option"
import type { Fault } from "../server/faults/Fault.js"
import * as Faults from "../server/faults/Faults.js"
import * as Flags from "./Flags.js"

const flag = <S>(fault: Fault<S>) =>
  pipe(
    Flags.valued(
      fault.name,
      { value: fault.syntax, expected: fault.expected, text: fault.help },
      (text) => Either.fromNullable(Faults.parseSetting(fault, text), () => "")
    ),
    Flags.optional("off")
  )

const { registry } = Faults

export const flags = {
  latency: flag(registry.latency),
  bandwidth: flag(registry.bandwidth),
  slice: flag(registry.slice),
  resetAfter: flag(registry.resetAfter),
  closeAfter: flag(registry.closeAfter),
  stallAfter: flag(registry.stallAfter),
  faultProbability: pipe(
    Flags.valued("fault-probability", {
      value: "P",
      expected: "a number from 0 to 1",
      text:
        "The share of connections that get the fault flags' faults, drawn at accept; each close record says whether its connection drew them."
    }, (text) => {
      const value = /^(?:0|1|0?\.\d+|1\.0*)$/.test(text) ? Number(text) : NaN
      return value >= 0 && value <= 1 ? Either.right(value) : Either.left("")
    }),
    Flags.optional("1")
  )
}

type Chosen = { readonly [K in keyof typeof flags]: Option.Option<unknown> }

/** The faults the flags ask for; --fault-probability alone is a usage error (it applies to none). */
export const faultsOf = (options: Chosen) => {
  const { faultProbability, ...chosen } = options
  const on = Object.fromEntries(
    Object.entries(chosen).flatMap(([key, value]) => (Option.isSome(value) ? [[key, value.value]] : []))
  ) as Omit<Faults.Faults, "probability">
  const faults: Faults.Faults = { ...on, probability: Option.getOrElse(faultProbability as Option.Option<number>, () => 1) }
  return Option.isSome(faultProbability) && !Faults.isActive(faults)
    ? Flags.usage(
      "--fault-probability: it applies to fault flags (--latency, --bandwidth, --slice, --close-after, --reset-after, --stall-after), and none was given"
    )
    : Effect.succeed(faults)
}
