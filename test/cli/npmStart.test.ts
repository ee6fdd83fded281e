/**
 * `npm start` runs the server as npm's own child (the script execs it), so that a SIGTERM to npm's
 * process (what a container runtime or a process manager sends) reaches the server.
 */
import { expect, it } from "vitest"
import * as ChildProcess from "node:child_process"
import * as Path from "node:path"
import * as Url from "node:url"

const root = Path.dirname(Path.dirname(Path.dirname(Url.fileURLToPath(import.meta.url))))

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

it("SIGTERM to npm stops the server it started", async () => {
  // --ignore-scripts skips prestart (the build, which the test setup already ran), not start itself.
  const npm = ChildProcess.spawn("npm", ["start", "--ignore-scripts", "--silent", "--", "--port", "0"], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"]
  })
  let stderr = ""
  const serverPid = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 15_000)
    npm.stderr!.setEncoding("utf8").on("data", (text: string) => {
      stderr += text
      const match = /listening on \S+ \(pid (\d+)\)/.exec(stderr)
      if (match !== null) (clearTimeout(timer), resolve(Number(match[1])))
    })
  })
  try {
    // The server is npm's direct child: no shell in between to swallow the signal.
    expect(Number(ChildProcess.execFileSync("ps", ["-o", "ppid=", "-p", String(serverPid)], { encoding: "utf8" }).trim()))
      .toBe(npm.pid)
    const npmExit = new Promise<number | null>((resolve) => npm.on("exit", (code) => resolve(code)))
    npm.kill("SIGTERM")
    await npmExit
    for (let i = 0; i < 100 && alive(serverPid); i++) await new Promise((ok) => setTimeout(ok, 50))
    expect(alive(serverPid)).toBe(false)
    expect(stderr).toMatch(/received SIGTERM: shutting down/)
  } finally {
    for (const pid of [serverPid, npm.pid!]) if (alive(pid)) process.kill(pid, "SIGKILL")
  }
})
