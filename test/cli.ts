import * as ChildProcess from "node:child_process"
import * as Url from "node:url"

export const bin = Url.fileURLToPath(new URL("../dist/bin.cjs", import.meta.url))

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built CLI to its end (at most 10 s). */
export const runCli = (args: ReadonlyArray<string>): Ran => {
  const result = ChildProcess.spawnSync("node", [bin, ...args], { encoding: "utf8", timeout: 10_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

export interface Served {
  readonly child: ChildProcess.ChildProcess
  readonly port: number
  readonly stderr: () => string
  readonly exited: Promise<number | null>
}

/** Starts `tcp-echo serve ARGS` and resolves once it logs `listening on 127.0.0.1:PORT`. */
export const startServer = (args: ReadonlyArray<string>): Promise<Served> =>
  new Promise((resolve, reject) => {
    const child = ChildProcess.spawn("node", [bin, "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    let listening = false
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)))
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`no listening line: ${stderr}`))), 10_000)
    child.stderr!.setEncoding("utf8").on("data", (text: string) => {
      stderr += text
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(stderr)
      if (match !== null && !listening) {
        listening = true
        clearTimeout(timer)
        resolve({ child, port: Number(match[1]), stderr: () => stderr, exited })
      }
    })
    exited.then((code) => {
      clearTimeout(timer)
      if (!listening) reject(new Error(`exited ${code}: ${stderr}`))
    })
  })
