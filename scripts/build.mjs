// Builds dist/: the CLI bundle (main.cjs) and its launcher (bin.cjs), then what makes the CLI start
// fast, made by running the CLI itself: the V8 code cache of a `serve` start (main.cache), then the
// recorded outputs of help and version (recorded/, see src/cli/Recorded.ts); alongside, the library's
// entries. Run: node scripts/build.mjs (npm run build).
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import * as Url from "node:url"
import * as Esbuild from "esbuild"
import * as CliBundle from "./cli-bundle.mjs"
import { untilListening } from "./until-listening.mjs"

const root = Path.dirname(Path.dirname(Url.fileURLToPath(import.meta.url)))
const dist = Path.join(root, "dist")
const bin = Path.join(dist, "bin.cjs")
const main = Path.join(dist, "main.cjs")
const cache = Path.join(dist, "main.cache")
const forceTty = Path.join(root, "scripts", "force-tty.cjs")
const node = process.execPath

const common = CliBundle.common(root)

/** The launcher's own module for recordings, so that the build writes them as the launcher reads them. */
const Recorded = await (async () => {
  const built = await Esbuild.build({ ...common, entryPoints: ["src/cli/Recorded.ts"], format: "esm", write: false })
  return import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString("base64")}`)
})()

const bundle = () =>
  Promise.all([
    Esbuild.build({ ...CliBundle.cliBundle(root), outfile: main }),
    Esbuild.build({
      ...common,
      entryPoints: ["src/cli/launch.ts"],
      format: "cjs",
      banner: { js: "#!/usr/bin/env node" },
      outfile: bin
    })
  ])

const failed = (what, detail) => new Error(`build: ${what}: ${detail.trim() || "no output"}`)

/**
 * The code cache holds what V8 compiled during one run, so it is made by the run whose start-up
 * counts most: `serve` on a free loopback port, until it listens; SIGTERM then ends it (exit 0) and the
 * launcher writes the cache as the process exits. At most 30 s.
 */
const writeCache = async () => {
  const { code, signal, stderr } = await untilListening([bin, "--write-cache", "serve", "--host", "127.0.0.1", "--port", "0"], { cwd: root })
  if (code !== 0 || !Fs.existsSync(cache)) throw failed(`code cache (serve ended with ${signal ?? code})`, stderr)
}

/**
 * The invocations whose output depends on their arguments alone. Any list is correct (what is
 * recorded is whatever the CLI printed); one left out is answered by the CLI itself, only slower.
 */
const recordedArgs = [
  ["--help"],
  ["-h"],
  ["--version"],
  ...["serve", "sysctl", "probe", "bench"].flatMap((command) => [[command, "--help"], [command, "-h"]])
]

/**
 * Runs the CLI on a pipe, or as on a terminal, through the launcher and the code cache (a third less
 * work each); the build has cleared the recordings, so the launcher runs the bundle.
 */
const output = (args, tty) =>
  new Promise((resolve, reject) => {
    const child = ChildProcess.execFile(
      node,
      [...(tty ? ["--require", forceTty] : []), bin, ...args],
      { cwd: root, encoding: "utf8", timeout: 30_000 },
      (error, stdout, stderr) => {
        if (child.exitCode === null) reject(failed(`recording ${args.join(" ")}`, error?.message ?? stderr))
        else resolve({ stdout, stderr, code: child.exitCode })
      }
    )
  })

/** Each recording takes a run of the CLI; a few at a time keep the build short. */
const inBatches = async (items, size, f) => {
  const results = []
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(f))))
  return results
}

const record = async () => {
  const recordings = await inBatches(recordedArgs, 2, async (args) => {
    const [plain, tty] = await Promise.all([output(args, false), output(args, true)])
    return [args, { plain, tty }]
  })
  Recorded.write(dist, recordings)
}

const library = () =>
  Esbuild.build({
    ...common,
    entryPoints: ["src/index.ts", "src/client/index.ts"],
    format: "esm",
    packages: "external",
    outdir: dist,
    entryNames: "[dir]/[name]",
    outbase: "src"
  })

// A cache or recordings from an earlier build must not outlive the bundle they were made from.
Fs.rmSync(cache, { force: true })
Fs.rmSync(Recorded.folder(dist), { recursive: true, force: true })
await bundle()
await Promise.all([writeCache().then(record), library()])
