import { describe, expect, it } from "@effect/vitest"
import * as Histogram from "../../src/client/Histogram.js"

describe("Histogram", () => {
  it("percentiles within the bucket error, exact below 128", () => {
    const histogram = new Histogram.Histogram()
    for (let v = 1; v <= 100_000; v++) histogram.record(v * 1000)
    const summary = histogram.summary()!
    expect(summary.count).toBe(100_000)
    expect(summary.min).toBe(1000)
    expect(summary.max).toBe(100_000_000)
    expect(Math.abs(summary.p50 / 50_000_000 - 1)).toBeLessThan(0.008)
    expect(Math.abs(summary.p99 / 99_000_000 - 1)).toBeLessThan(0.008)
    expect(Math.abs(summary.p999 / 99_900_000 - 1)).toBeLessThan(0.008)
    const small = new Histogram.Histogram()
    for (const v of [3, 5, 7, 9]) small.record(v)
    expect(small.percentile(0.5)).toBe(5)
    expect(new Histogram.Histogram().summary()).toBeUndefined()
  })
})
