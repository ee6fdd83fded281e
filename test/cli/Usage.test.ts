import { describe, expect, it } from "@effect/vitest"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as ValidationError from "@effect/cli/ValidationError"
import { usageLine } from "../../src/cli/Usage.js"

describe("usageLine", () => {
  it("keeps a one-paragraph error as it is", () => {
    expect(usageLine(ValidationError.invalidValue(HelpDoc.p("--port: expected a decimal integer from 0 to 65535, got \"x\""))))
      .toBe("--port: expected a decimal integer from 0 to 65535, got \"x\"")
  })

  it("flattens a multi-line, multi-paragraph error into one line", () => {
    const error = ValidationError.invalidValue(
      HelpDoc.blocks([HelpDoc.p("--port: expected an integer\n   from 0 to 65535"), HelpDoc.p("got \"x\"")])
    )
    expect(usageLine(error)).toBe("--port: expected an integer from 0 to 65535; got \"x\"")
  })
})
