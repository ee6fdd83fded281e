import * as ChildProcess from "node:child_process"

/** The CLI tests drive the built binary: build it once before any test runs. */
export default function setup(): void {
  ChildProcess.execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" })
}
