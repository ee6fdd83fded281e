/**
 * A log-linear histogram of non-negative integers (latencies in nanoseconds): 128 linear
 * sub-buckets per power of two, so a percentile is off by less than 0.8 % whatever the count,
 * in fixed memory; a load run records millions of samples and keeps none of them.
 */

const subBits = 7
const subBuckets = 1 << subBits
// Values up to 2^53 (exact doubles): 53 - subBits + 1 ranges of subBuckets each.
const bucketCount = (53 - subBits + 1) << subBits

/** Percentiles and extremes, in the unit recorded; undefined without samples. */
export interface Summary {
  readonly count: number
  readonly min: number
  readonly p50: number
  readonly p99: number
  readonly p999: number
  readonly max: number
}

const highestBit = (value: number): number => {
  // log2 of a double can land one off near a power of two; the two checks put it right.
  let bit = Math.floor(Math.log2(value))
  if (2 ** bit > value) bit--
  else if (2 ** (bit + 1) <= value) bit++
  return bit
}

const bucketOf = (value: number): number => {
  if (value < subBuckets) return value
  const shift = highestBit(value) - subBits
  return ((shift + 1) << subBits) | (Math.floor(value / 2 ** shift) & (subBuckets - 1))
}

/** The bucket's midpoint: its lowest value plus half its width. */
const midpointOf = (bucket: number): number => {
  if (bucket < subBuckets) return bucket
  const shift = (bucket >> subBits) - 1
  const lowest = (subBuckets | (bucket & (subBuckets - 1))) * 2 ** shift
  return lowest + 2 ** shift / 2
}

export class Histogram {
  private readonly counts = new Float64Array(bucketCount)
  count = 0
  min = Infinity
  max = 0

  /** Records one sample; negative and fractional values are rounded into range. */
  record(value: number): void {
    const v = value <= 0 ? 0 : Math.min(Math.round(value), Number.MAX_SAFE_INTEGER)
    this.counts[bucketOf(v)]!++
    this.count++
    if (v < this.min) this.min = v
    if (v > this.max) this.max = v
  }

  /** The value at quantile `q` (0 to 1): the midpoint of its bucket, never above the maximum. */
  percentile(q: number): number | undefined {
    if (this.count === 0) return undefined
    const rank = Math.max(1, Math.ceil(q * this.count))
    let seen = 0
    for (let bucket = 0; bucket < bucketCount; bucket++) {
      seen += this.counts[bucket]!
      if (seen >= rank) return Math.min(Math.max(midpointOf(bucket), this.min), this.max)
    }
    return this.max
  }

  summary(): Summary | undefined {
    if (this.count === 0) return undefined
    return {
      count: this.count,
      min: this.min,
      p50: this.percentile(0.5)!,
      p99: this.percentile(0.99)!,
      p999: this.percentile(0.999)!,
      max: this.max
    }
  }
}
