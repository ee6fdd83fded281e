/**
 * A real HAProxy for the tests: its config written to a temporary folder, listening on free
 * 127.0.0.1 ports, run in the foreground (`-db`) and killed afterwards; its state read from its
 * stats socket. Or why it cannot run here (the Debian package `haproxy` is missing).
 */
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Net from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"

export interface HAProxy {
  /** Rows of `show stat`, one object per proxy or server, keyed by the CSV header. */
  readonly stat: () => Promise<ReadonlyArray<Record<string, string>>>
  readonly output: () => string
  readonly stop: () => Promise<void>
}

/** A port free on 127.0.0.1 now (the kernel's pick for port 0, released again). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = Net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as Net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** Why HAProxy cannot run here, or undefined when it can. */
export const haproxyMissing = (): string | undefined => {
  const version = ChildProcess.spawnSync("haproxy", ["-v"], { encoding: "utf8", timeout: 10_000 })
  return version.error !== undefined || version.status !== 0
    ? `haproxy is not installed (Debian package haproxy): ${version.error?.message ?? version.stderr.trim()}`
    : undefined
}

const ask = (socketPath: string, command: string): Promise<string> =>
  new Promise((resolve, reject) => {
    let answer = ""
    const socket = Net.connect(socketPath, () => socket.end(`${command}\n`))
    socket.setEncoding("utf8").on("data", (text: string) => (answer += text))
    socket.on("error", reject)
    socket.on("close", () => resolve(answer))
  })

/**
 * Starts `haproxy -db` with `sections` after a global section (its stats socket) and tcp-mode
 * defaults; resolves once the stats socket answers (at most 10 s).
 */
export const startHaproxy = async (sections: string): Promise<HAProxy> => {
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-haproxy-"))
  const socketPath = Path.join(dir, "stats.sock")
  const config = [
    "global",
    `  stats socket ${socketPath} mode 600 level admin`,
    "defaults",
    "  mode tcp",
    "  timeout connect 2s",
    "  timeout client 10s",
    "  timeout server 10s",
    sections
  ].join("\n")
  Fs.writeFileSync(Path.join(dir, "haproxy.cfg"), `${config}\n`)
  const child = ChildProcess.spawn("haproxy", ["-db", "-f", Path.join(dir, "haproxy.cfg")], {
    stdio: ["ignore", "pipe", "pipe"]
  })
  let output = ""
  child.stdout.setEncoding("utf8").on("data", (text: string) => (output += text))
  child.stderr.setEncoding("utf8").on("data", (text: string) => (output += text))
  const exited = new Promise<void>((done) => child.once("exit", () => done()))
  const stop = async () => {
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
    await exited
    clearTimeout(timer)
    Fs.rmSync(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break
    const ready = await ask(socketPath, "show info").then(() => true, () => false)
    if (ready) {
      const stat = async () => {
        const [header = "", ...rows] = (await ask(socketPath, "show stat")).trim().split("\n")
        const keys = header.replace(/^# /, "").split(",")
        return rows.map((row) => Object.fromEntries(row.split(",").map((value, i) => [keys[i] ?? `${i}`, value])))
      }
      return { stat, output: () => output, stop }
    }
    await new Promise((ok) => setTimeout(ok, 100))
  }
  await stop()
  throw new Error(`haproxy did not start: ${output}`)
}
