import { describe, expect, it } from "@effect/vitest"
import { offsetOf, pattern, period, sliceMax } from "../../src/client/Pattern.js"

describe("Pattern", () => {
  it("is one table, built once, periodic to its end: a slice up to sliceMax from any offset is the stream", () => {
    const table = pattern()
    expect(pattern()).toBe(table)
    expect(table.length).toBe(period + sliceMax)
    const wrong = []
    for (let at = period; at < table.length; at++) if (table[at] !== table[at - period]) wrong.push(at)
    expect(wrong).toEqual([])
  })

  it("starts each connection's stream at its own offset inside the period", () => {
    const offsets = Array.from({ length: 1000 }, (_, i) => offsetOf(i + 1))
    for (const offset of offsets) {
      expect(offset).toBeGreaterThanOrEqual(0)
      expect(offset).toBeLessThan(period)
    }
    expect(new Set(offsets).size).toBe(1000)
  })
})
