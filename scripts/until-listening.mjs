// Starts a program that serves (the CLI's launcher, or a bundle run by it) and ends it once it has
// written `listening on`: with SIGTERM, so that it shuts down and exits as a deployed server does
// (the launcher writes a code cache then). The build makes the CLI's code cache this way, the
// measurements in scratchpad/perf theirs and their starts, and test/cli/launch.test.ts its checks.
import * as ChildProcess from "node:child_process"

/**
 * Runs `node ARGS` until it listens or ends; SIGKILL after 30 s. Resolves with how it ended, what it
 * wrote on stderr, and whether it listened.
 */
export const untilListening = (args, options = {}) =>
  new Promise((resolve) => {
    const child = ChildProcess.spawn(process.execPath, args, { ...options, stdio: ["ignore", "ignore", "pipe"] })
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000)
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (text) => {
      stderr += text
      if (/listening on/.test(stderr)) child.kill("SIGTERM")
    })
    child.once("exit", (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stderr, listened: /listening on/.test(stderr) })
    })
  })
