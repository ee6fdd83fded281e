import { describe, expect, it } from "@effect/vitest"
import { formatBytes, formatMillis } from "../src/units.js"

describe("formatBytes", () => {
  it("writes sizes in the largest binary unit they fill", () => {
    expect([512, 1024, 212992, 1572864, 33554432, 1073741824].map(formatBytes)).toEqual([
      "512 B",
      "1 KiB",
      "208 KiB",
      "1.5 MiB",
      "32 MiB",
      "1 GiB"
    ])
  })

  it("writes out a count that two decimals of a unit would round", () => {
    expect([4000000, 2147483647, 1025].map(formatBytes)).toEqual([
      "4000000 B (~3.81 MiB)",
      "2147483647 B (~2 GiB)",
      "1025 B (~1 KiB)"
    ])
  })
})

describe("formatMillis", () => {
  it("writes milliseconds below a second, seconds with up to three decimals above", () => {
    expect([1, 250, 999, 1000, 5500, 63000, 1001, 2147483000].map(formatMillis)).toEqual([
      "1 ms",
      "250 ms",
      "999 ms",
      "1 s",
      "5.5 s",
      "63 s",
      "1.001 s",
      "2147483 s"
    ])
  })
})
