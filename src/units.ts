/**
 * How sizes and durations read in text meant for people (`32 MiB`, `5.5 s`): the start-up summary,
 * the sysctl report and the help use them, so that one value reads the same everywhere. Machine
 * output (`--json`, JSON log fields) keeps plain numbers in bytes and milliseconds instead. Sizes
 * typed by people (flag values) are read here too.
 */

const byteUnits: ReadonlyArray<readonly [string, number]> = [
  ["GiB", 1024 ** 3],
  ["MiB", 1024 ** 2],
  ["KiB", 1024]
]

/** Trims a number to at most `digits` decimals, without trailing zeros (`1.50` -> `1.5`). */
const decimals = (value: number, digits: number): string => String(Number(value.toFixed(digits)))

/**
 * Bytes in the largest binary unit they fill: `512 B`, `208 KiB`, `1.5 MiB`, `32 MiB`. A count that
 * two decimals cannot hold exactly is written out, the rounded size after it: `4000000 B (~3.81 MiB)`.
 */
export const formatBytes = (bytes: number): string => {
  for (const [unit, size] of byteUnits) {
    if (bytes < size) continue
    const text = decimals(bytes / size, 2)
    return Number(text) * size === bytes ? `${text} ${unit}` : `${bytes} B (~${text} ${unit})`
  }
  return `${bytes} B`
}

/** Milliseconds as `250 ms` below a second, as seconds with up to three decimals above: `5.5 s`, `63 s`. */
export const formatMillis = (millis: number): string =>
  millis < 1000 ? `${decimals(millis, 1)} ms` : `${decimals(millis / 1000, 3)} s`

const suffixes: Readonly<Record<string, number>> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }

/** A whole number of bytes with an optional binary `k`, `m` or `g` suffix (`64k`), undefined otherwise. */
export const parseSize = (text: string): number | undefined => {
  const match = /^(\d+)([kmg]?)$/i.exec(text)
  return match === null ? undefined : Number(match[1]) * suffixes[match[2]!.toLowerCase()]!
}
