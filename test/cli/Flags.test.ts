/** The flags' value grammar, value by value: one number syntax (decimal), and what each accepted value means. */
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import { maxSocketBuffer, parseBytes, parseInteger, parseSeconds } from "../../src/cli/Flags.js"

const taken = <A>(parse: (text: string) => Either.Either<A, string>, text: string): A => {
  const result = parse(text)
  if (Either.isLeft(result)) throw new Error(`${JSON.stringify(text)} refused (${result.left})`)
  return result.right
}
const why = <A>(parse: (text: string) => Either.Either<A, string>, text: string): string => {
  const result = parse(text)
  if (Either.isRight(result)) throw new Error(`${JSON.stringify(text)} taken as ${String(result.right)}`)
  return result.left
}
const decimalOnly = "numbers are decimal here: no 0x, 0o or 0b prefix"
const noExponent = "numbers are decimal here: write it without an exponent"

describe("parseInteger", () => {
  const port = parseInteger(0, 65535)
  it("takes decimal integers in range, leading zeros included (still decimal)", () => {
    expect(["0", "9999", "65535", "010"].map((t) => taken(port, t))).toEqual([0, 9999, 65535, 10])
  })
  it("refuses every other syntax, saying why where it can", () => {
    expect(why(port, "0x10")).toBe(decimalOnly)
    expect(why(port, "0b101")).toBe(decimalOnly)
    expect(why(port, "0o17")).toBe(decimalOnly)
    expect(why(port, "1e3")).toBe(noExponent)
    for (const text of ["", " 5", "5 ", "+5", "-1", "1.5", "1.0", "65536", "Infinity", "NaN", "5k", "99999999999999999999"]) {
      expect(why(port, text), text).toBe("")
    }
  })
})

describe("parseSeconds", () => {
  const limit = parseSeconds(true)
  const positive = parseSeconds(false)
  const ms = (text: string, parse = limit) => Duration.toMillis(taken(parse, text))

  it("takes seconds to the millisecond, trailing zeros ignored", () => {
    expect(["0", "0.000", "0.001", "5.5", "2.500", "2.5000", "2147483"].map((t) => ms(t)))
      .toEqual([0, 0, 1, 5500, 2500, 2500, 2147483000])
  })
  it("refuses a positive value under 1 ms instead of rounding it to 0 (no limit)", () => {
    expect(why(limit, "0.0004")).toBe("under 1 ms, the resolution: the least positive value is 0.001")
    expect(why(limit, "0.00001")).toBe("under 1 ms, the resolution: the least positive value is 0.001")
    expect(why(limit, "2.0005")).toBe("finer than 1 ms, the resolution")
  })
  it("refuses 0 where no limit is not an option, and every other syntax", () => {
    expect(why(positive, "0")).toBe("")
    expect(ms("0.001", positive)).toBe(1)
    expect(why(limit, "1e-4")).toBe(noExponent)
    expect(why(limit, "0x10")).toBe(decimalOnly)
    for (const text of ["", "-1", ".5", "1.", "1,5", "2147483.001", "Infinity", "NaN", "5s", " 1"]) {
      expect(why(limit, text), text).toBe("")
    }
  })
})

describe("parseBytes", () => {
  const buffer = parseBytes(maxSocketBuffer)
  it("takes decimal bytes with k, m or g (either case), up to what setsockopt takes (a C int)", () => {
    expect(["1", "65536", "64k", "64K", "4m", "1g", "2047m", "2147483647"].map((t) => taken(buffer, t)))
      .toEqual([1, 65536, 65536, 65536, 4194304, 1073741824, 2146435072, 2147483647])
  })
  it("refuses 0, more than a C int, and every other syntax, consistently with the integer flags", () => {
    expect(why(buffer, "0x1000")).toBe(decimalOnly)
    for (const text of ["0", "0k", "2g", "2048m", "2147483648", "1.5m", "64kb", "64KiB", "1t", "-1", "", "k"]) {
      expect(why(buffer, text), text).toBe("")
    }
  })
})
