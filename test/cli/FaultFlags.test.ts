/**
 * `serve`'s fault flags on the built CLI: a bad value exits 2 with one line naming the flag, and the
 * start-up log says which faults are on.
 */
import { describe, expect, it } from "vitest"
import { runCli, startServer } from "../cli.js"

describe("tcp-echo serve: a bad fault value exits 2 with one line naming the flag", () => {
  const bad: ReadonlyArray<readonly [ReadonlyArray<string>, RegExp]> = [
    [["--latency", "soon"], /^--latency: expected MS\[:JITTER\], whole milliseconds from 0 to 3600000 each, got "soon"$/],
    [["--latency", "50:"], /^--latency: expected MS\[:JITTER\].*got "50:"$/],
    [["--latency", "-5"], /^--latency: expected MS\[:JITTER\].*got "-5"$/],
    [["--latency", "3600001"], /^--latency: expected .*got "3600001"$/],
    [["--bandwidth", "0"], /^--bandwidth: expected bytes per second from 1 to 1024g .*got "0"$/],
    [["--bandwidth", "fast"], /^--bandwidth: expected bytes per second .*got "fast"$/],
    [["--slice", "0:5"], /^--slice: expected BYTES\[:DELAY_MS\].*got "0:5"$/],
    [["--slice", "100:x"], /^--slice: expected BYTES\[:DELAY_MS\].*got "100:x"$/],
    [["--close-after", "-1"], /^--close-after: expected bytes from 0 to 1024g .*got "-1"$/],
    [["--reset-after", "1.5k"], /^--reset-after: expected bytes from 0 to 1024g .*got "1.5k"$/],
    [["--stall-after", "2048g"], /^--stall-after: expected bytes from 0 to 1024g .*got "2048g"$/],
    [["--latency", "5", "--fault-probability", "1.01"], /^--fault-probability: expected a number from 0 to 1, got "1.01"$/],
    [["--latency", "5", "--fault-probability", "half"], /^--fault-probability: expected a number from 0 to 1/],
    [["--fault-probability", "0.5"], /^--fault-probability: it applies to fault flags .*and none was given$/]
  ]
  for (const [args, message] of bad) {
    it(`serve ${args.join(" ")}`, () => {
      const { code, stderr, stdout } = runCli(["serve", "--port", "0", ...args])
      expect(code).toBe(2)
      expect(stdout).toBe("")
      const lines = stderr.trim().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]!.replace(/^tcp-echo: /, "")).toMatch(message)
      expect(stderr).not.toMatch(/\n\s+at /)
    })
  }
})

describe("tcp-echo serve with fault flags", () => {
  it("logs the faults it applies at start-up and exits 0 on SIGTERM", async () => {
    const server = await startServer([
      "--latency",
      "20:5",
      "--bandwidth",
      "64k",
      "--slice",
      "100:5",
      "--close-after",
      "1m",
      "--fault-probability",
      "0.25"
    ])
    server.child.kill("SIGTERM")
    expect(await server.exited).toBe(0)
    expect(server.stderr()).toContain(
      "faults: latency 20:5, bandwidth 64k, slice 100:5, close-after 1m on 25% of connections"
    )
  })
})
