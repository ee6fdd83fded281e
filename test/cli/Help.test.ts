/** The help, through the built binary: like a man page, every option with its value, meaning and default. */
import { describe, expect, it } from "vitest"
import packageJson from "../../package.json" with { type: "json" }
import * as bench from "../../src/cli/bench.js"
import * as probe from "../../src/cli/probe.js"
import * as serve from "../../src/cli/serve.js"
import * as sysctl from "../../src/cli/sysctl.js"
import { wrap } from "../../src/cli/Help.js"
import { runCliAsync } from "../cli.js"

const pages = [serve.page, sysctl.page, probe.page, bench.page]

/** A man page's readability: plain text, no line wider than 80 columns, no @effect/cli filler. */
const readable = (text: string) => {
  expect(text).not.toMatch(/\x1b\[/)
  expect(text.split("\n").filter((line) => line.length > 80)).toEqual([])
  expect(text).not.toContain("A user-defined piece of text")
  expect(text).not.toContain("This setting is optional")
}

describe("tcp-echo --help", () => {
  it.concurrent("lists every command with its one-line purpose, the options, exit codes and examples", async () => {
    const { code, stderr, stdout } = await runCliAsync(["--help"])
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" })
    readable(stdout)
    expect(stdout).toMatch(/^tcp-echo \d+\.\d+\.\d+: a TCP echo server in timeout mode/)
    expect(stdout).toContain("Usage: tcp-echo COMMAND [options]\n")
    for (const page of pages) expect(stdout).toMatch(new RegExp(`\\n  ${page.name} +${page.purpose}\\n`))
    for (const section of ["Commands:", "Options:", "Exit status:", "Examples:"]) expect(stdout).toContain(`\n${section}\n`)
    for (const flag of ["--log-level LEVEL", "-h, --help", "--version", "--completions SHELL", "--wizard"]) {
      expect(stdout).toContain(`\n  ${flag}\n`)
    }
  })

  it.concurrent("is the same with -h, and with --help after other arguments", async () => {
    const [long, short, late] = await Promise.all([["--help"], ["-h"], ["--log-level", "none", "--help"]].map((args) => runCliAsync(args)))
    expect(short!.stdout).toBe(long!.stdout)
    expect(late!.stdout).toBe(long!.stdout)
  })

  it.concurrent("--version prints exactly one line", async () => {
    expect(await runCliAsync(["--version"])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" })
  })
})

describe("tcp-echo COMMAND --help", () => {
  for (const page of pages) {
    it.concurrent(`${page.name}: usage, every option with its value, meaning and default, then examples`, async () => {
      const { code, stderr, stdout } = await runCliAsync([page.name, "--port", "not-a-port", "--help"])
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" })
      readable(stdout)
      expect(stdout.split("\n").slice(0, 3)).toEqual([`tcp-echo ${page.name}: ${page.purpose}`, "", `Usage: tcp-echo ${page.name} [options]`])
      for (const doc of page.flags) {
        const head = doc.value === undefined ? `--${doc.name}` : `--${doc.name} ${doc.value}`
        const entry = new RegExp(`\\n  ${head.replace(/[[\]|]/g, "\\$&")}\\n((?: {6}.*\\n)+)`).exec(stdout)
        expect(entry, head).not.toBeNull()
        const body = entry![1]!.replace(/\s+/g, " ")
        expect(body).toContain(doc.text.split(" ").slice(0, 4).join(" "))
        if (doc.value !== undefined) expect(body).toContain(`${doc.value}: ${doc.expected}.`)
        expect(body).toContain(`Default: ${doc.default}.`)
      }
      const examples = stdout.slice(stdout.indexOf("\nExamples:\n"))
      expect(examples.split("\n").filter((line) => /^ {2}\S/.test(line)).every((line) => line.startsWith(`  tcp-echo ${page.name}`)))
        .toBe(true)
      expect(page.examples.length).toBeGreaterThan(1)
    })
  }
})

describe("wrap", () => {
  it("breaks at the last space that keeps a line within 80 columns, a long word alone on its line", () => {
    const lines = wrap(`${"word ".repeat(30)}${"x".repeat(90)} end`, 6)
    expect(lines.every((line) => line.startsWith("      "))).toBe(true)
    expect(lines.filter((line) => line.length > 80)).toEqual([`      ${"x".repeat(90)}`])
    expect(lines.join(" ").replace(/\s+/g, " ").trim()).toBe(`${"word ".repeat(30)}${"x".repeat(90)} end`)
  })
})
