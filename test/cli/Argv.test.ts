/** The command-line check: what a command line asks, and the one-line error for what it cannot be. */
import { describe, expect, it } from "@effect/vitest"
import { builtIn, read, wantsJsonLogs } from "../../src/cli/Argv.js"
import type { Doc } from "../../src/cli/Flags.js"

const flag = (name: string, value: string | undefined, repeatable = false): Doc => ({
  name,
  value,
  expected: value === undefined ? "no value" : `a ${name}`,
  text: "",
  default: undefined,
  repeatable
})
const commands = new Map<string, ReadonlyArray<Doc>>([
  ["serve", [flag("port", "PORT"), flag("no-delay", undefined), flag("allow", "CIDR", true), flag("message", "TEXT")]],
  ["sysctl", [flag("json", undefined)]]
])
const ask = (...args: Array<string>) => read("tcp-echo", args, commands)
const invalid = (...args: Array<string>) => {
  const request = ask(...args)
  if (request._tag !== "Invalid") throw new Error(`not refused: ${JSON.stringify(request)}`)
  return request.message
}

describe("Argv.read", () => {
  it("hands @effect/cli a canonical command line: --log-level first, inline values split", () => {
    expect(ask("serve", "--port=5", "--no-delay", "--log-level", "debug", "--allow", "a", "--allow=b")).toEqual({
      _tag: "Run",
      argv: ["serve", "--log-level", "debug", "--port", "5", "--no-delay", "--allow", "a", "--allow", "b"]
    })
    expect(ask("--log-level=none", "sysctl")).toEqual({ _tag: "Run", argv: ["sysctl", "--log-level", "none"] })
  })

  it("takes the next word as a value even when it starts with a dash", () => {
    expect(ask("serve", "--message", "--port")).toEqual({ _tag: "Run", argv: ["serve", "--message", "--port"] })
    expect(ask("serve", "--port", "-1")).toEqual({ _tag: "Run", argv: ["serve", "--port", "-1"] })
  })

  it("answers --help anywhere with the help of the command named, and --version alone", () => {
    expect(ask("serve", "--port", "x", "--help")).toEqual({ _tag: "Help", command: "serve" })
    expect(ask("-h")).toEqual({ _tag: "Help", command: undefined })
    expect(ask("nonsense", "--help")).toEqual({ _tag: "Help", command: undefined })
    expect(ask("--version")).toEqual({ _tag: "Version" })
    expect(ask("--wizard")).toEqual({ _tag: "Wizard", argv: ["--wizard"] })
    expect(ask("serve", "--wizard")).toEqual({ _tag: "Wizard", argv: ["serve", "--wizard"] })
  })

  it("names each kind of mistake in one line", () => {
    expect(invalid("serve", "--port", "1", "--port", "2")).toBe("--port given twice (\"1\", then \"2\"): it takes one value")
    expect(invalid("serve", "--no-delay", "--no-delay")).toBe("--no-delay given twice")
    expect(invalid("serve", "--no-delay=false")).toBe("--no-delay takes no value, got \"false\"")
    expect(invalid("serve", "--port")).toBe("--port: expected a port, got nothing")
    expect(invalid("serve", "--port=")).toBe("--port: expected a port, got \"\"")
    expect(invalid("serve", "--allow", "a", "--allow", "")).toBe("--allow: expected a allow, got \"\"")
    expect(invalid("serve", "--Port", "1")).toBe(
      "unknown flag --Port for tcp-echo serve (did you mean --port? see tcp-echo serve --help)"
    )
    expect(invalid("serve", "--zzz")).toBe("unknown flag --zzz for tcp-echo serve (see tcp-echo serve --help)")
    expect(invalid("serve", "x")).toBe("unexpected argument \"x\" (tcp-echo serve takes flags only; see tcp-echo serve --help)")
    expect(invalid("serve", "--log-level", "LOUD")).toMatch(/^--log-level: expected all, .* or none, got "LOUD"$/)
    expect(invalid()).toBe("missing command (expected one of serve, sysctl; see tcp-echo --help)")
    expect(invalid("--log-level", "info")).toMatch(/^missing command/)
    expect(invalid("ping")).toBe("unknown command \"ping\" (expected one of serve, sysctl)")
    expect(invalid("--version", "--log-level", "info")).toBe("--version takes no command and no other flag")
    expect(invalid("--completions", "csh")).toBe("--completions: expected sh, bash, fish or zsh, got \"csh\"")
  })

  it("documents the built-in flags for the help", () => {
    expect(Object.values(builtIn).map((doc) => doc.name)).toEqual(["log-level", "help", "version", "completions", "wizard"])
  })
})

describe("wantsJsonLogs", () => {
  it("sees --log-format json in both spellings, and nothing else", () => {
    expect(wantsJsonLogs(["serve", "--log-format", "json"])).toBe(true)
    expect(wantsJsonLogs(["serve", "--log-format=json"])).toBe(true)
    expect(wantsJsonLogs(["serve", "--log-format", "text"])).toBe(false)
    expect(wantsJsonLogs(["probe", "--message", "--log-format"])).toBe(false)
  })
})
