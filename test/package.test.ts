/**
 * The package as a consumer gets it: `npm pack` on a copy of the project without dist/ (prepack
 * builds it), what the tarball holds, an install into a fresh folder with the README's install line
 * (from the npm registry, its cache first), a strict type-check and a run of the README's library
 * example, the CLI from the installed package, and npm refusing a wrong major of effect.
 */
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as Url from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = Url.fileURLToPath(new URL("..", import.meta.url))
const work = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-package-"))
afterAll(() => Fs.rmSync(work, { recursive: true, force: true }))

/** Runs a command to its end without blocking this worker (vitest talks to it meanwhile). */
const run = (command: string, args: ReadonlyArray<string>, cwd: string, timeoutMs = 240_000) =>
  new Promise<{ readonly code: number | null; readonly stdout: string; readonly out: string }>((resolve) => {
    const child = ChildProcess.spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text))
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.once("error", (error) => (stderr += error.message))
    child.once("close", (code) => (clearTimeout(timer), resolve({ code, stdout, out: `${stdout}${stderr}` })))
  })

const readme = Fs.readFileSync(Path.join(root, "README.md"), "utf8")
const library = readme.slice(readme.indexOf("\n## Library\n"), readme.indexOf("\n## ", readme.indexOf("\n## Library\n") + 1))
/** The README's install line, `npm install tcp-echo PEERS...`. */
const installLine = /^npm install tcp-echo .*$/m.exec(library)?.[0]
/** The README's library example. */
const example = /```ts\n([\s\S]*?)```/.exec(library)?.[1]

/** A fresh consumer folder with an ESM package.json. */
const consumer = (name: string) => {
  const dir = Path.join(work, name)
  Fs.mkdirSync(dir)
  Fs.writeFileSync(Path.join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module" }))
  return dir
}

const npmInstall = (dir: string, args: ReadonlyArray<string>) =>
  run("npm", ["install", ...args, "--prefer-offline", "--no-audit", "--no-fund"], dir)

let tarball = ""
/** The consumer folder the README's line installed into. */
let installedIn = ""

beforeAll(async () => {
  // A copy of the project as a fresh clone has it: sources, no dist/.
  const project = Path.join(work, "project")
  for (const file of ["package.json", "package-lock.json", "README.md", "tsconfig.json", "tsconfig.build.json"]) {
    Fs.cpSync(Path.join(root, file), Path.join(project, file))
  }
  Fs.cpSync(Path.join(root, "src"), Path.join(project, "src"), { recursive: true })
  Fs.cpSync(Path.join(root, "scripts"), Path.join(project, "scripts"), { recursive: true })
  Fs.symlinkSync(Fs.realpathSync(Path.join(root, "node_modules")), Path.join(project, "node_modules"))
  const packed = await run("npm", ["pack", "--pack-destination", work], project)
  expect(packed.code, packed.out).toBe(0)
  tarball = Path.join(work, packed.stdout.trim().split("\n").at(-1)!)
}, 300_000)

describe("the npm package", () => {
  it("holds the CLI bundle, the library and its types, and nothing else", async () => {
    const listed = await run("tar", ["-tzf", tarball], work)
    const files = listed.out.trim().split("\n").map((file) => file.replace(/^package\//, ""))
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/bin.cjs", "dist/main.cjs", "dist/index.js", "dist/types/index.d.ts"]))
    expect(
      files.filter((file) =>
        !/^(package\.json|README\.md|dist\/(bin\.cjs|main\.cjs|index\.js|client\/index\.js|recorded\/[^/]+\.json|types\/.+\.d\.ts))$/.test(file)
      )
    ).toEqual([])
    // The library bundle leaves the peers (and everything else) to the consumer's node_modules.
    const index = (await run("tar", ["-xzOf", tarball, "package/dist/index.js"], work)).out
    expect(index).not.toContain("@effect/cli")
  })

  it("installs with the README's line, type-checks strictly and runs the README's example", async () => {
    expect(installLine, "the README's install line").toBeDefined()
    expect(example, "the README's library example").toBeDefined()
    const dir = consumer("consumer")
    const installed = await npmInstall(dir, installLine!.split(/\s+/).slice(2).map((arg) => (arg === "tcp-echo" ? tarball : arg)))
    expect(installed.code, installed.out).toBe(0)
    const tools = await npmInstall(dir, ["--save-dev", "typescript@~5.9", "@types/node@^20"])
    expect(tools.code, tools.out).toBe(0)
    Fs.writeFileSync(Path.join(dir, "main.ts"), example!)
    // TypeScript's defaults but for what an ES module program needs; skipLibCheck stays off, so the
    // package's declarations are checked with the consumer's settings too.
    Fs.writeFileSync(
      Path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", target: "es2022", outDir: "out" } })
    )
    const checked = await run(process.execPath, [Path.join(dir, "node_modules/typescript/bin/tsc"), "-p", "."], dir)
    expect({ code: checked.code, out: checked.out }).toEqual({ code: 0, out: "" })
    const ran = await run(process.execPath, ["out/main.js"], dir, 30_000)
    expect(ran.code, ran.out).toBe(0)
    expect(ran.out).toMatch(/listening on 127\.0\.0\.1:\d+/)
    expect(ran.out).toMatch(/#1 accepted from 127\.0\.0\.1/)
    expect(ran.out).toMatch(/#1 closed: client-fin, 5 bytes/)
    expect(ran.out).toContain("echoed: hello")
    expect(ran.out).toContain("1 connection(s) accepted")

    // The CLI from the installed package: the first run of the bundle (--version is answered from
    // a recording, without it) makes the code cache the tarball leaves out.
    const cache = Path.join(dir, "node_modules/tcp-echo/dist/main.cache")
    expect(Fs.existsSync(cache)).toBe(false)
    const version = await run(Path.join(dir, "node_modules/.bin/tcp-echo"), ["--version"], dir, 30_000)
    expect(version.out.trim()).toBe("0.1.0")
    const sysctl = await run(Path.join(dir, "node_modules/.bin/tcp-echo"), ["sysctl", "--json"], dir, 30_000)
    expect(sysctl.code, sysctl.out).toBe(0)
    expect(JSON.parse(sysctl.out).somaxconn).toBeGreaterThan(0)
    expect(Fs.statSync(cache).size).toBeGreaterThan(100_000)
    installedIn = dir
  }, 400_000)

  it("the installed CLI serves, and its probe verifies the echo", async () => {
    expect(installedIn, "the install above").not.toBe("")
    const bin = Path.join(installedIn, "node_modules/.bin/tcp-echo")
    const server = ChildProcess.spawn(bin, ["serve", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] })
    const exited = new Promise<number | null>((done) => server.once("exit", done))
    let stderr = ""
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 10_000)
      server.stderr.setEncoding("utf8").on("data", (text: string) => {
        stderr += text
        const match = /listening on 127\.0\.0\.1:(\d+)/.exec(stderr)
        if (match !== null) (clearTimeout(timer), resolve(Number(match[1])))
      })
    }).catch((error) => (server.kill("SIGKILL"), Promise.reject(error)))
    const probed = await run(bin, ["probe", "--port", String(port), "--count", "3", "--size", "1000"], installedIn, 30_000)
    server.kill("SIGTERM")
    expect(await exited).toBe(0)
    expect(probed.code, probed.out).toBe(0)
  }, 60_000)

  it("a wrong major of effect beside it is an npm error, not a second copy", async () => {
    const dir = consumer("wrong-major")
    const installed = await npmInstall(dir, [tarball, "effect@4"])
    expect(installed.code).not.toBe(0)
    expect(installed.out).toContain("ERESOLVE")
    expect(Fs.existsSync(Path.join(dir, "node_modules"))).toBe(false)
  }, 120_000)
})
