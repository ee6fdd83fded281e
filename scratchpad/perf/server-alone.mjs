// Builds the library's server with no command line at all, to measure what the CLI adds to `serve`'s
// start-up and what the server's own start costs (README, Start-up). The program is what `serve
// --host 127.0.0.1 --port 0` runs, minus @effect/cli: the default config, the host's kernel layers,
// the text logger. It is bundled and started as the CLI is (minified CommonJS, run by the project's
// launcher through a V8 code cache made by one start), in a temporary folder whose path it prints;
// startup.mjs then starts it beside `serve`:
//   node scratchpad/perf/startup.mjs NODE-NET-ECHO.mjs 41 --before "$(node scratchpad/perf/server-alone.mjs)"
// It ignores its arguments. Run `npm run build` first (it takes dist/bin.cjs as its launcher).
import { copyFileSync, existsSync, mkdtempSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Esbuild from "esbuild"
import * as CliBundle from "../../scripts/cli-bundle.mjs"
import { untilListening } from "../../scripts/until-listening.mjs"

const root = fileURLToPath(new URL("../..", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "tcp-echo-server-alone-"))
const launcher = join(dir, "bin.cjs")

const program = `
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as EchoServer from "./src/server/EchoServer.js"
import * as SocketTuning from "./src/kernel/SocketTuning.js"
import * as TuningConfig from "./src/kernel/TuningConfig.js"
import { platformLayer } from "./src/cli/Platform.js"
import * as Logging from "./src/cli/Logging.js"

const server = EchoServer.layer({ ...EchoServer.defaultConfig, host: "127.0.0.1", port: 0 }).pipe(
  Layer.provide(SocketTuning.layer(TuningConfig.defaultConfig)),
  Layer.provide(platformLayer)
)
Effect.flatMap(EchoServer.EchoServer, (echo) => echo.closed).pipe(
  Effect.provide(server),
  Effect.provide(Logging.layer("text")),
  Effect.provide(NodeFileSystem.layer),
  NodeRuntime.runMain({ disableErrorReporting: true, disablePrettyLogger: true })
)
`

const { entryPoints, ...asTheCli } = CliBundle.cliBundle(root)
const built = await Esbuild.build({
  ...asTheCli,
  stdin: { contents: program, resolveDir: root, sourcefile: "server-alone.ts", loader: "ts" },
  outfile: join(dir, "main.cjs"),
  metafile: true
})
if (Object.keys(built.metafile.inputs).some((input) => input.includes("@effect/cli"))) {
  console.error("server-alone: the bundle holds @effect/cli; it is meant to measure a start without it")
  process.exit(1)
}
copyFileSync(join(root, "dist", "bin.cjs"), launcher)
// koffi is found (not loaded) where require would look from the bundle, as from dist/.
symlinkSync(join(root, "node_modules"), join(dir, "node_modules"))

// The code cache, made as the build makes the CLI's: one start until it listens, then SIGTERM.
const cacheRun = await untilListening([launcher, "--write-cache"])
if (!cacheRun.listened || !existsSync(join(dir, "main.cache"))) {
  console.error(`server-alone: the start that makes the code cache failed: ${cacheRun.listened ? "no cache" : cacheRun.stderr}`)
  process.exit(1)
}
console.log(launcher)
