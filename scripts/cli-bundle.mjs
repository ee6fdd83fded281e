// The esbuild options of the CLI bundle (dist/main.cjs), apart from where it is written: the build
// uses them, and so do the measurements in scratchpad/perf that bundle code as the CLI ships.
import * as Module from "node:module"

/**
 * Node modules the CLI bundle loads at their first call rather than with the bundle, each replaced by
 * wrappers of its functions: only some commands call them, yet loading them was part of every start
 * (README, Start-up). node:crypto (about 6 ms) makes the random names of temporary files, which no
 * command makes, and `probe`'s random payload; node:readline (about 1 ms) reads the wizard's
 * answers. An import of anything of theirs that is not a function fails the build.
 */
const loadedAtFirstCall = ["crypto", "readline"]

const atFirstCall = {
  name: "builtins-at-first-call",
  setup(build) {
    const filter = new RegExp(`^(node:)?(${loadedAtFirstCall.join("|")})$`)
    build.onResolve({ filter }, (args) =>
      args.namespace === "at-first-call" ? undefined : { path: args.path.replace(/^node:/, ""), namespace: "at-first-call" })
    build.onLoad({ filter: /.*/, namespace: "at-first-call" }, ({ path }) => {
      const functions = Object.entries(Module.createRequire(import.meta.url)(`node:${path}`))
        .filter(([name, value]) => typeof value === "function" && /^[A-Za-z_$][\w$]*$/.test(name))
        .map(([name]) => name)
      const wrappers = functions.map((name) =>
        `export function ${name}(...args) { return new.target ? Reflect.construct(load().${name}, args, new.target) : load().${name}.apply(this, args) }`)
      return { contents: [`let loaded`, `const load = () => (loaded ??= require("node:${path}"))`, ...wrappers].join("\n"), loader: "js" }
    })
  }
}

/** What every bundle of the project at `root` shares. */
export const common = (root) => ({ bundle: true, platform: "node", target: "node20", absWorkingDir: root, logLevel: "warning" })

/** The CLI bundle's options for the project at `root`; the caller adds `outfile` (and may unset `minify`). */
export const cliBundle = (root) => ({
  ...common(root),
  entryPoints: ["src/cli/bin.ts"],
  format: "cjs",
  minify: true,
  external: ["koffi"],
  // The launcher runs the bundle as a vm.Script, where import() needs --experimental-vm-modules:
  // the built-in modules loaded on first use (node:http, node:v8) are required instead.
  supported: { "dynamic-import": false },
  plugins: [atFirstCall],
  // The library reads import.meta.url only where __filename is missing (ESM); the CLI is CommonJS.
  logOverride: { "empty-import-meta": "silent", "import-is-undefined": "error" }
})
