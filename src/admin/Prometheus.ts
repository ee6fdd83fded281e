/**
 * Prometheus's text exposition format, version 0.0.4: the metric families of Effect's registry (the
 * server's and any the host program made) and the process's, as one scrape's text.
 */
import * as Metric from "effect/Metric"
import * as MetricState from "effect/MetricState"
import type * as MetricPair from "effect/MetricPair"
import * as Option from "effect/Option"

export const contentType = "text/plain; version=0.0.4; charset=utf-8"

export type Labels = ReadonlyArray<readonly [string, string]>

export interface Sample {
  /** Appended to the family's name: `_bucket`, `_sum`, `_count`, or nothing. */
  readonly suffix: string
  readonly labels: Labels
  readonly value: number | bigint
}

export interface Family {
  readonly name: string
  readonly type: "counter" | "gauge" | "histogram" | "summary"
  readonly help: string
  readonly samples: ReadonlyArray<Sample>
}

/** Names may hold only [a-zA-Z0-9_:] and not start with a digit; Effect's may hold anything. */
const metricName = (name: string): string => name.replace(/[^a-zA-Z0-9_:]/g, "_").replace(/^(?=[0-9])/, "_")
const labelName = (name: string): string => name.replace(/[^a-zA-Z0-9_]/g, "_").replace(/^(?=[0-9])/, "_")

const escapeLabel = (value: string): string => value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, "\\\"")
const escapeHelp = (value: string): string => value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")

const formatValue = (value: number | bigint): string =>
  typeof value === "bigint"
    ? value.toString()
    : Number.isNaN(value)
    ? "NaN"
    : value === Infinity
    ? "+Inf"
    : value === -Infinity
    ? "-Inf"
    : String(value)

/** One Effect metric (a name with one set of tags) as the samples of its family. */
const samplesOf = (state: MetricState.MetricState.Untyped, labels: Labels): {
  readonly type: Family["type"]
  readonly samples: ReadonlyArray<Sample>
} => {
  if (MetricState.isCounterState(state)) return { type: "counter", samples: [{ suffix: "", labels, value: state.count }] }
  if (MetricState.isGaugeState(state)) return { type: "gauge", samples: [{ suffix: "", labels, value: state.value }] }
  if (MetricState.isHistogramState(state)) {
    return {
      type: "histogram",
      samples: [
        ...state.buckets.map(([le, count]): Sample => ({ suffix: "_bucket", labels: [...labels, ["le", formatValue(le)]], value: count })),
        { suffix: "_sum", labels, value: state.sum },
        { suffix: "_count", labels, value: state.count }
      ]
    }
  }
  if (MetricState.isSummaryState(state)) {
    return {
      type: "summary",
      samples: [
        ...state.quantiles.map(([quantile, value]): Sample => ({
          suffix: "",
          labels: [...labels, ["quantile", formatValue(quantile)]],
          value: Option.getOrElse(value, () => NaN)
        })),
        { suffix: "_sum", labels, value: state.sum },
        { suffix: "_count", labels, value: state.count }
      ]
    }
  }
  // A frequency: how often each value was seen, one counter per value.
  const occurrences = (state as MetricState.MetricState.Frequency).occurrences
  return {
    type: "counter",
    samples: [...occurrences].map(([key, count]): Sample => ({ suffix: "", labels: [...labels, ["key", key]], value: count }))
  }
}

/** The families of Effect's registry now, one per name with every tag set of that name. */
export const registryFamilies = (pairs: ReadonlyArray<MetricPair.MetricPair.Untyped> = Metric.unsafeSnapshot()) => {
  const families = new Map<string, { type: Family["type"]; help: string; samples: Array<Sample> }>()
  for (const { metricKey, metricState } of pairs) {
    const name = metricName(metricKey.name)
    const labels: Labels = metricKey.tags.map((tag) => [labelName(tag.key), tag.value])
    const { samples, type } = samplesOf(metricState, labels)
    const help = Option.getOrElse(metricKey.description, () => metricKey.name)
    const family = families.get(name)
    if (family === undefined) families.set(name, { type, help, samples: [...samples] })
    else family.samples.push(...samples)
  }
  return [...families].map(([name, family]): Family => ({ name, ...family }))
}

const sampleLine = (name: string, sample: Sample): string => {
  const labels = sample.labels.length === 0
    ? ""
    : `{${sample.labels.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(",")}}`
  return `${name}${sample.suffix}${labels} ${formatValue(sample.value)}\n`
}

/** The exposition text of `families`, sorted by name. */
export const render = (families: ReadonlyArray<Family>): string =>
  [...families]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((family) =>
      `# HELP ${family.name} ${escapeHelp(family.help)}\n# TYPE ${family.name} ${family.type}\n` +
      family.samples.map((sample) => sampleLine(family.name, sample)).join("")
    )
    .join("")
