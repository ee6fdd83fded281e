import { describe, expect, it } from "@effect/vitest"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import { normalizeArgs, plain, usageLine } from "../../src/cli/Usage.js"

describe("normalizeArgs", () => {
  it("moves --log-level right after the command, in both spellings", () => {
    expect(normalizeArgs(["serve", "--port", "0", "--log-level", "debug"])).toEqual(["serve", "--log-level", "debug", "--port", "0"])
    expect(normalizeArgs(["probe", "--json", "--log-level=none"])).toEqual(["probe", "--log-level=none", "--json"])
  })

  it("turns any --help or -h after the command into the command's help", () => {
    expect(normalizeArgs(["bench", "--mode", "bulk", "--help"])).toEqual(["bench", "--help"])
    expect(normalizeArgs(["sysctl", "-h"])).toEqual(["sysctl", "--help"])
  })

  it("leaves arguments without a command, and a trailing --log-level without its value, alone", () => {
    expect(normalizeArgs(["--version"])).toEqual(["--version"])
    expect(normalizeArgs([])).toEqual([])
    expect(normalizeArgs(["serve", "--log-level"])).toEqual(["serve", "--log-level"])
  })
})

describe("usageLine", () => {
  const line = (text: string) => usageLine(ValidationError.invalidValue(HelpDoc.p(text)))

  it("says what an unknown argument is, in our words", () => {
    expect(line("Received unknown argument: '--nope'")).toBe("unknown flag --nope, or a flag without its value (see --help)")
    expect(line("Received unknown argument: 'extra'")).toBe("unexpected argument \"extra\" (see --help)")
    expect(line("Received unknown argument: '--log-level=loud'")).toBe(
      "--log-level: expected one of all, trace, debug, info, warning, error, fatal, none"
    )
  })

  it("flattens a multi-line, multi-paragraph error into one line", () => {
    const error = ValidationError.invalidValue(
      HelpDoc.blocks([HelpDoc.p("--port: expected an integer\n   from 0 to 65535"), HelpDoc.p("got \"x\"")])
    )
    expect(usageLine(error)).toBe("--port: expected an integer from 0 to 65535; got \"x\"")
  })
})

describe("plain", () => {
  it("drops terminal colours from text and passes anything else through", () => {
    expect(plain("\x1b[1mUSAGE\x1b[0m")).toBe("USAGE")
    expect(plain(42)).toBe(42)
  })
})
