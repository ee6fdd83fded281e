/**
 * The launcher's start-up paths on the built CLI: help and version printed from the build's
 * recordings, byte for byte as the CLI prints them and without the CLI bundle; koffi, the native
 * calls, loaded only by the command that tunes sockets, and by it only once a call needs it; and the
 * built-in modules `serve` needs only for a feature, loaded only when the feature is on.
 */
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as Url from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { untilListening } from "../../scripts/until-listening.mjs"
import { bin, koffiFoundFrom, koffiMissing } from "../cli.js"

const dist = Path.dirname(bin)
const forceTty = Url.fileURLToPath(new URL("../../scripts/force-tty.cjs", import.meta.url))
const scratch = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-launch-"))
afterAll(() => Fs.rmSync(scratch, { recursive: true, force: true }))

/** The launcher and the recordings, without the CLI bundle and its code cache. */
const launcherOnly = (() => {
  const dir = Path.join(scratch, "launcher-only")
  Fs.mkdirSync(dir)
  Fs.copyFileSync(bin, Path.join(dir, "bin.cjs"))
  Fs.cpSync(Path.join(dist, "recorded"), Path.join(dir, "recorded"), { recursive: true })
  return Path.join(dir, "bin.cjs")
})()

const run = (script: string, args: ReadonlyArray<string>, tty: boolean) => {
  const result = ChildProcess.spawnSync(
    process.execPath,
    [...(tty ? ["--require", forceTty] : []), script, ...args],
    { encoding: "utf8", timeout: 10_000 }
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** `serve` (of `script`) on a free loopback port with `preload` required first; its stderr up to `listening on`, then SIGTERM. */
const serveUntilListening = async (preload: string, args: ReadonlyArray<string> = [], script = bin) =>
  (await untilListening(["--require", preload, script, "serve", "--host", "127.0.0.1", "--port", "0", ...args])).stderr

describe("recorded outputs", () => {
  const invocations = [["--help"], ["-h"], ["--version"], ["serve", "--help"], ["sysctl", "-h"], ["bench", "--help"]]
  for (const args of invocations) {
    for (const tty of [false, true]) {
      it(`${args.join(" ")} ${tty ? "on a terminal" : "on a pipe"}: as the CLI prints it, without the bundle`, () => {
        const live = run(Path.join(dist, "main.cjs"), args, tty)
        expect(live.code).toBe(0)
        expect(live.stdout).not.toBe("")
        expect(run(launcherOnly, args, tty)).toEqual(live)
      })
    }
  }

  it("help on a terminal and on a pipe is what the CLI prints there", () => {
    expect(run(launcherOnly, ["--help"], true).stdout).toBe(run(Path.join(dist, "main.cjs"), ["--help"], true).stdout)
    expect(run(launcherOnly, ["--help"], false).stdout).toBe(run(Path.join(dist, "main.cjs"), ["--help"], false).stdout)
    expect(run(launcherOnly, ["--help"], false).stdout).toContain("Usage: tcp-echo")
  })

  it("anything else runs the CLI bundle", () => {
    // Not recorded: without the bundle the launcher has nothing to print.
    const unrecorded = run(launcherOnly, ["serve", "--port", "1", "--help"], false)
    expect(unrecorded.stdout).toBe("")
    expect(unrecorded.code).not.toBe(0)
    const help = run(bin, ["serve", "--port", "1", "--help"], false)
    expect(help.code).toBe(0)
    expect(help.stdout).toBe(run(bin, ["serve", "--help"], false).stdout)
  })
})

describe("koffi loads only for serve, at its first native call", () => {
  // Reports every require of koffi on stderr.
  const probe = Path.join(scratch, "koffi-probe.cjs")
  Fs.writeFileSync(
    probe,
    `const Module = require("node:module")
const load = Module._load
Module._load = function (request, ...rest) {
  if (request === "koffi") process.stderr.write("koffi required\\n")
  return load.call(this, request, ...rest)
}
`
  )

  it("sysctl and help do not load it", () => {
    for (const args of [["sysctl", "--json"], ["--help"], ["sysctl", "--port"]]) {
      const result = ChildProcess.spawnSync(process.execPath, ["--require", probe, bin, ...args], {
        encoding: "utf8",
        timeout: 10_000
      })
      expect(result.stderr).not.toContain("koffi required")
    }
  })

  it("serve with nothing to set before listen(2) listens without it, and loads it to drain at shutdown", async () => {
    const stderr = await serveUntilListening(probe)
    expect(stderr).toMatch(/listening on[\s\S]*koffi required[\s\S]*shut down/)
    expect(stderr).not.toMatch(/koffi required[\s\S]*listening on/)
  })

  it("serve --recv-buffer loads it before it listens, to set the buffer before listen(2)", async () => {
    expect(await serveUntilListening(probe, ["--recv-buffer", "1m"])).toMatch(/koffi required[\s\S]*listening on/)
  })

  it("where koffi is not installed, serve says so in one warning and listens without native calls", async (context) => {
    const dir = Path.join(scratch, "without-koffi")
    Fs.mkdirSync(dir)
    for (const file of ["bin.cjs", "main.cjs", "main.cache"]) Fs.copyFileSync(Path.join(dist, file), Path.join(dir, file))
    const found = koffiFoundFrom(dir)
    if (found !== undefined) {
      console.log(`skipped: koffi is installed in ${found}, where a copy of the CLI outside this checkout still finds it`)
      return context.skip()
    }
    const stderr = await serveUntilListening(probe, ["--recv-buffer", "1m"], Path.join(dir, "bin.cjs"))
    expect(stderr).toContain(` ${koffiMissing}\n`)
    expect(stderr.match(/native socket options unavailable/g)).toHaveLength(1)
    expect(stderr).toMatch(/listening on 127\.0\.0\.1:\d+/)
    expect(stderr).not.toContain("koffi required")
  })
})

describe("serve loads a feature's built-in modules only when the feature is on", () => {
  // At the "listening on" line, names which of the watched built-in modules the process has loaded.
  const probe = Path.join(scratch, "builtins-probe.cjs")
  Fs.writeFileSync(
    probe,
    `const watched = ["http", "v8", "fs/promises", "crypto", "readline"]
const stdin = Object.getOwnPropertyDescriptor(process, "stdin")
let stdinOpened = false
Object.defineProperty(process, "stdin", {
  ...stdin,
  get() {
    stdinOpened = true
    return stdin.get.call(this)
  }
})
const write = process.stderr.write.bind(process.stderr)
let reported = false
process.stderr.write = (text, ...rest) => {
  if (!reported && String(text).includes("listening on")) {
    reported = true
    const loaded = watched.filter((name) => process.moduleLoadList.includes("NativeModule " + name))
    write("loaded before listening: [" + [...loaded, ...(stdinOpened ? ["stdin"] : [])].join(",") + "]\\n")
  }
  return write(text, ...rest)
}
`
  )

  const loadedBeforeListening = async (args: ReadonlyArray<string>) =>
    /loaded before listening: \[(.*)\]/.exec(await serveUntilListening(probe, args))?.[1]

  it("none of node:http, node:v8, node:fs/promises, node:crypto, node:readline, nor process.stdin by default", async () => {
    expect(await loadedBeforeListening([])).toBe("")
  })

  it("node:http with an admin port, which opens before the echo server", async () => {
    expect(await loadedBeforeListening(["--admin-port", "0"])).toBe("http")
  })
})
