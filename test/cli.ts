/**
 * Runs the built CLI for the CLI tests: to its end, as a server awaited for its listening line, and
 * in the settings some error cases need (no resolver reachable, no right to a privileged port).
 */
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import Module from "node:module"
import * as Os from "node:os"
import * as Path from "node:path"
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

/** Runs the built CLI to its end (at most `timeoutMs`, then SIGKILL), without blocking the test process. */
export const runCliAsync = (args: ReadonlyArray<string>, timeoutMs = 10_000): Promise<Ran> =>
  new Promise((resolve) => {
    const child = ChildProcess.spawn("node", [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text))
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })

/** The JSON lines of a `--log-format json` stderr, each parsed (a line that is not JSON fails the test). */
export const jsonLines = (stderr: string): Array<Record<string, unknown>> =>
  stderr.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as Record<string, unknown>)

/**
 * Starts `tcp-echo serve ARGS` (with `--port 0` and `--log-format json` unless ARGS say otherwise), waits for the last line of the start-up
 * summary, stops it with SIGTERM and returns its exit code and every log line, parsed.
 */
export const serveSummary = (args: ReadonlyArray<string>) =>
  new Promise<{ readonly code: number | null; readonly lines: Array<Record<string, unknown>> }>((resolve, reject) => {
    const defaults = [
      ...(args.some((arg) => arg.startsWith("--port")) ? [] : ["--port", "0"]),
      ...(args.some((arg) => arg.startsWith("--log-format")) ? [] : ["--log-format", "json"])
    ]
    const child = ChildProcess.spawn("node", [bin, "serve", ...defaults, ...args], {
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stderr = ""
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`no start-up summary: ${stderr}`))), 10_000)
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text
      if (/"msg":"socket options/.test(stderr)) child.kill("SIGTERM")
    })
    child.on("close", (code) => {
      clearTimeout(timer)
      try {
        resolve({ code, lines: jsonLines(stderr) })
      } catch (error) {
        reject(new Error(`not JSON lines (${String(error)}): ${stderr}`))
      }
    })
  })

export interface Served {
  readonly child: ChildProcess.ChildProcess
  readonly port: number
  readonly stderr: () => string
  readonly exited: Promise<number | null>
}

/**
 * Starts `tcp-echo serve ARGS` and resolves once it logs `listening on ADDRESS:PORT` (any address);
 * under `prefix` if given (`ip netns exec NAME`), which must exec the server in place.
 */
export const startServer = (args: ReadonlyArray<string>, prefix: ReadonlyArray<string> = []): Promise<Served> =>
  new Promise((resolve, reject) => {
    const [command = "node", ...rest] = [...prefix, "node"]
    const child = ChildProcess.spawn(command, [...rest, bin, "serve", "--port", "0", ...args], {
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stderr = ""
    let listening = false
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)))
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`no listening line: ${stderr}`))), 10_000)
    child.stderr!.setEncoding("utf8").on("data", (text: string) => {
      stderr += text
      const match = /listening on (?:\[[0-9a-f:.]+\]|[0-9.]+):(\d+)/.exec(stderr)
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

/** How to run the built CLI (with these arguments, to its end) in some setting, or why it cannot be done here. */
export type Setting =
  | {
    readonly run: (args: ReadonlyArray<string>) => ChildProcess.SpawnSyncReturns<string>
    /** A log line the setting itself makes the CLI write first, on stderr, without its time stamp. */
    readonly warning?: string
  }
  | { readonly skip: string }

const spawn = (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd?: string } = {}
): ChildProcess.SpawnSyncReturns<string> =>
  ChildProcess.spawnSync(command, args, { encoding: "utf8", timeout: 10_000, ...options })

const failure = (result: ChildProcess.SpawnSyncReturns<string>): string =>
  result.error?.message ?? (result.stderr.trim() || `exit ${result.status ?? result.signal}`)

// Inside the namespace: the host's resolver files are replaced by plain files + DNS at 127.0.0.1
// (loopback is down in a fresh namespace). A bare network namespace still reaches resolvers behind
// Unix sockets (nscd, systemd-resolved through nsswitch's `resolve`), which would query from the
// host's network.
const isolateResolver = [
  `mount --bind "$1" /etc/nsswitch.conf && mount --bind "$2" /etc/resolv.conf || exit 97`,
  `if [ -d /var/run/nscd ]; then mount -t tmpfs tmpfs /var/run/nscd || exit 97; fi`,
  `shift 2`,
  `exec "$@"`
].join("\n")

let noResolver: Setting | undefined

/**
 * Runs commands in a network and mount namespace of their own where no resolver is reachable, so a
 * name lookup fails on this machine without a query leaving it (`unshare -nm` as root, `unshare
 * -rnm` otherwise); or says why that is not possible here.
 */
export const withoutResolver = (): Setting => {
  if (noResolver !== undefined) return noResolver
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-netns-"))
  const nsswitch = Path.join(dir, "nsswitch.conf")
  const resolvConf = Path.join(dir, "resolv.conf")
  Fs.writeFileSync(nsswitch, "hosts: files dns\n")
  Fs.writeFileSync(resolvConf, "nameserver 127.0.0.1\n")
  // Readable by the user namespace's mapped user too.
  Fs.chmodSync(dir, 0o755)
  process.once("exit", () => Fs.rmSync(dir, { recursive: true, force: true }))
  const unshare = process.getuid?.() === 0 ? ["-n", "-m"] : ["-r", "-n", "-m"]
  const prefix = [...unshare, "sh", "-c", isolateResolver, "sh", nsswitch, resolvConf]
  const probe = spawn("unshare", [...prefix, "true"])
  noResolver = probe.status === 0
    ? { run: (args) => spawn("unshare", [...prefix, process.execPath, bin, ...args]) }
    : { skip: `unshare ${unshare.join(" ")} with the resolver files replaced failed: ${failure(probe)}` }
  return noResolver
}

const unprivilegedPortStart = (): number => {
  try {
    return Number(Fs.readFileSync("/proc/sys/net/ipv4/ip_unprivileged_port_start", "utf8").trim())
  } catch {
    return 1024
  }
}

/** Whether this process holds CAP_NET_BIND_SERVICE (bit 10) in its effective set. */
const mayBindLowPorts = (): boolean => {
  try {
    const hex = /^CapEff:\s+([0-9a-f]+)$/m.exec(Fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? "0"
    return (BigInt(`0x${hex}`) & (1n << 10n)) !== 0n
  } catch {
    return false
  }
}

/**
 * Runs `node <bin> ...` as a user without the right to bind ports below `port`: as root, through
 * `setpriv` as nobody (65534) on a copy of the built CLI in a fresh world-readable folder (the
 * checkout may sit in a folder nobody cannot read, and without node_modules there is no koffi: the
 * server says so in a warning and listens through Node alone, which meets the same EACCES); as any
 * other user without CAP_NET_BIND_SERVICE, directly. Or says why that is not possible here.
 */
export const withoutBindRight = (port: number): Setting => {
  const start = unprivilegedPortStart()
  if (port >= start) return { skip: `ports from ${start} up need no right here (net.ipv4.ip_unprivileged_port_start)` }
  if (process.getuid?.() !== 0) {
    return mayBindLowPorts()
      ? { skip: `this user (uid ${process.getuid?.()}) holds CAP_NET_BIND_SERVICE and cannot drop it here` }
      : { run: (args) => spawn(process.execPath, [bin, ...args]) }
  }
  const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "tcp-echo-unprivileged-"))
  process.once("exit", () => Fs.rmSync(dir, { recursive: true, force: true }))
  for (const file of ["bin.cjs", "main.cjs", "main.cache"]) {
    Fs.copyFileSync(Path.join(Path.dirname(bin), file), Path.join(dir, file))
    Fs.chmodSync(Path.join(dir, file), 0o644)
  }
  Fs.chmodSync(dir, 0o755)
  const setpriv = ["--reuid=65534", "--regid=65534", "--clear-groups"]
  const asNobody = (args: ReadonlyArray<string>) => spawn("setpriv", [...setpriv, ...args], { cwd: dir })
  const probe = asNobody([process.execPath, "-e", "process.exit(process.getuid() === 65534 ? 0 : 3)"])
  if (probe.status !== 0) return { skip: `setpriv ${setpriv.join(" ")} failed: ${failure(probe)}` }
  return {
    run: (args) => asNobody([process.execPath, Path.join(dir, "bin.cjs"), ...args]),
    ...(koffiFoundFrom(dir) === undefined ? { warning: koffiMissing } : {})
  }
}

/** The warning of a CLI that finds no koffi, without its time stamp. */
export const koffiMissing = "WARN native socket options unavailable, socket tuning is off: cannot find package 'koffi'"

/** Where a CLI in `dir` finds koffi, if anywhere: a node_modules folder above it may hold one. */
export const koffiFoundFrom = (dir: string): string | undefined =>
  (Module.createRequire(Path.join(dir, "bin.cjs")).resolve.paths("koffi") ?? [])
    .find((folder) => Fs.existsSync(Path.join(folder, "koffi", "package.json")))
