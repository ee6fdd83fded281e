/**
 * `serve`'s fault flags, one per fault of the registry, parsed into the library's `Faults`: a bad
 * value is one usage line naming the flag, what it accepts and what it got.
 */
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import type { Fault } from "../server/faults/Fault.js"
import * as Faults from "../server/faults/Faults.js"
import { decoded, usage } from "./Flags.js"

const flag = <S>(fault: Fault<S>) =>
  Options.text(fault.name).pipe(
    Options.withPseudoName(fault.syntax),
    Options.withDescription(fault.help),
    Options.mapEffect((text) => Either.match(Faults.parseFlag(fault, text), { onLeft: usage, onRight: Effect.succeed })),
    Options.optional
  )

const probability = Options.text("fault-probability").pipe(
  Options.withPseudoName("P"),
  Options.withDescription(
    "The share of connections that get the fault flags' faults, drawn at accept (0 to 1, default 1); each close record says whether its connection drew them."
  ),
  Options.mapEffect(decoded("fault-probability", Schema.NumberFromString.pipe(Schema.between(0, 1)), "a number from 0 to 1")),
  Options.optional
)

const { registry } = Faults

export const options = Options.all({
  latency: flag(registry.latency),
  bandwidth: flag(registry.bandwidth),
  slice: flag(registry.slice),
  resetAfter: flag(registry.resetAfter),
  closeAfter: flag(registry.closeAfter),
  stallAfter: flag(registry.stallAfter),
  probability
}).pipe(
  Options.mapEffect(({ probability, ...chosen }) => {
    const on = Object.fromEntries(
      Object.entries(chosen as Record<string, Option.Option<unknown>>).flatMap(([key, value]) => (Option.isSome(value) ? [[key, value.value]] : []))
    ) as Omit<Faults.Faults, "probability">
    const faults: Faults.Faults = { ...on, probability: Option.getOrElse(probability, () => 1) }
    return Option.isSome(probability) && !Faults.isActive(faults)
      ? usage("--fault-probability: it applies to fault flags (--latency, --bandwidth, --slice, --close-after, --reset-after, --stall-after), and none was given")
      : Effect.succeed(faults)
  })
)
