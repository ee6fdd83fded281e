/**
 * Every flag of every command, driven through the built binary with values it must refuse and values
 * it must take. A refused value is exit 2 and one line on stderr naming the flag, the value and what
 * is accepted; a taken value must mean what it says, read back from what the command reports (the
 * server's JSON start-up facts, the probe's and the bench's JSON reports).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Fs from "node:fs"
import * as bench from "../../src/cli/bench.js"
import * as probe from "../../src/cli/probe.js"
import * as serve from "../../src/cli/serve.js"
import * as sysctl from "../../src/cli/sysctl.js"
import * as Faults from "../../src/server/faults/Faults.js"
import { runCliAsync, type Served, serveSummary, startServer } from "../cli.js"

type Refused = readonly [args: ReadonlyArray<string>, message: RegExp]

/** `--flag: expected ..., got "value"`: the line names the flag and the value, as JSON. */
const bad = (flag: string, value: string, expected: string): Refused => [
  [`--${flag}`, value],
  new RegExp(`^tcp-echo: --${flag}: expected ${expected}.*, got ${escape(JSON.stringify(value))}`)
]
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const serveRefused: ReadonlyArray<Refused> = [
  ...["", "[::1]"].map((v) => bad("host", v, "an IP address or a host name")),
  ...["0x10", "65536"].map((v) => bad("port", v, "a decimal integer from 0 to 65535")),
  [["--port"], /^tcp-echo: --port: expected a decimal integer from 0 to 65535, got nothing$/],
  [["--port", "0x10"], /\(numbers are decimal here: no 0x, 0o or 0b prefix\)$/],
  ...["0b101", "0"].map((v) => bad("backlog", v, "a decimal integer from 1 to 2147483647")),
  [["--timeout", "0.0004"], /^tcp-echo: --timeout: expected seconds from 0 to 2147483, at most 3 decimals \(0: no limit\), got "0.0004" \(under 1 ms, the resolution: the least positive value is 0.001\)$/],
  bad("timeout", "-2", "seconds from 0 to 2147483"),
  bad("read-timeout", "soon", "seconds from 0 to 2147483"),
  bad("write-timeout", "1,5", "seconds from 0 to 2147483"),
  [["--recv-buffer", "0x1000"], /^tcp-echo: --recv-buffer: expected bytes from 1 to 2147483647 \(setsockopt takes a C int\), a decimal number with an optional k, m or g suffix \(x1024 each\), got "0x1000" \(numbers are decimal here: no 0x, 0o or 0b prefix\)$/],
  bad("recv-buffer", "2g", "bytes from 1 to 2147483647 \\(setsockopt takes a C int\\)"),
  bad("send-buffer", "0", "bytes from 1 to 2147483647"),
  bad("max-connections", "1.5", "a decimal integer from 0 to 1000000"),
  bad("max-connections-per-ip", "-5", "a decimal integer from 0 to 1000000"),
  ...["", "10.0.0.0/33"].map((v) => bad("allow", v, "a network as ADDRESS/PREFIX")),
  [["--allow", "10.0.0.0/8", "--allow", ""], /--allow: expected a network .*, got ""$/],
  bad("shutdown-timeout", "1e99", "seconds from 0 to 2147483"),
  [["--no-delay=yes"], /^tcp-echo: --no-delay takes no value, got "yes"$/],
  [["--no-delay", "--no-delay"], /^tcp-echo: --no-delay given twice$/],
  [["--no-delay", "false"], /^tcp-echo: unexpected argument "false"/],
  ...["60:10:128", "0"].map((v) =>
    bad("keepalive", v, "IDLE\\[:INTERVAL\\[:COUNT\\]\\], IDLE and INTERVAL whole seconds from 1 to 32767, COUNT from 1 to 127")
  ),
  [["--user-timeout", "1e-4"], /^tcp-echo: --user-timeout: expected seconds from 0.001 to 2147483, at most 3 decimals, got "1e-4" \(numbers are decimal here: write it without an exponent\)$/],
  bad("user-timeout", "0", "seconds from 0.001 to 2147483"),
  [["--reuse-port=1"], /^tcp-echo: --reuse-port takes no value, got "1"$/],
  bad("log-format", "JSON", "text or json"),
  ...["", "proxies"].map((v) => bad("proxy-from", v, "a network as ADDRESS/PREFIX")),
  [["--proxy-from", "10.0.0.0/8"], /^tcp-echo: --proxy-from: it applies to --proxy-protocol, which was not given$/],
  [["--ipv6-only=1"], /^tcp-echo: --ipv6-only takes no value, got "1"$/],
  [["--proxy-protocol=yes"], /^tcp-echo: --proxy-protocol takes no value, got "yes"$/],
  ...["0", "many", "1025", "0x2"].map((v) => bad("workers", v, "a decimal integer from 1 to 1024, or auto")),
  bad("admin-port", "70000", "a decimal integer from 0 to 65535"),
  bad("admin-host", "", "an IP address or a host name"),
  ...Object.values(Faults.registry).map((fault) =>
    [[`--${fault.name}`, "x"], new RegExp(`^tcp-echo: ${escape(`--${fault.name}: expected ${fault.expected}, got "x"`)}$`)] as const
  ),
  [["--fault-probability", "x"], /^tcp-echo: --fault-probability: expected a number from 0 to 1, got "x"$/],
  bad("log-level", "loud", "all, trace, debug, info, warning, error, fatal or none"),
  [["--port", "1", "--port", "2"], /^tcp-echo: --port given twice \("1", then "2"\): it takes one value$/],
  [["--PORT", "5"], /^tcp-echo: unknown flag --PORT for tcp-echo serve \(did you mean --port\? see tcp-echo serve --help\)$/],
  [["--bogus"], /^tcp-echo: unknown flag --bogus for tcp-echo serve \(see tcp-echo serve --help\)$/],
  [["extra"], /^tcp-echo: unexpected argument "extra" \(tcp-echo serve takes flags only/]
]

const probeRefused: ReadonlyArray<Refused> = [
  ...["", "no such host", "-bad.example", "[::1]"].map((v) => bad("host", v, "an IP address or a host name")),
  bad("port", "0", "a decimal integer from 1 to 65535"),
  bad("size", "2g", "bytes from 1 to 1g"),
  bad("message", "", "a non-empty text"),
  [["--size", "1", "--message", "a"], /^tcp-echo: --size and --message: give one or the other$/],
  bad("count", "0", "a decimal integer from 1 to 1000000"),
  bad("wait", "0.0005", "seconds from 0 to 2147483"),
  bad("timeout", "0", "seconds from 0.001 to 2147483"),
  [["--json=true"], /^tcp-echo: --json takes no value, got "true"$/]
]

const benchRefused: ReadonlyArray<Refused> = [
  bad("host", "::1::2", "an IP address or a host name"),
  bad("port", "0", "a decimal integer from 1 to 65535"),
  bad("mode", "PINGPONG", "pingpong, bulk, churn or idle"),
  bad("connections", "0", "a decimal integer from 1 to 100000"),
  bad("size", "0", "bytes from 1 to 1g"),
  bad("duration", "0", "seconds from 0.001 to 2147483"),
  [["--json", "--json"], /^tcp-echo: --json given twice$/]
]

const sysctlRefused: ReadonlyArray<Refused> = [
  [["--json=1"], /^tcp-echo: --json takes no value, got "1"$/],
  [["--bogus"], /^tcp-echo: unknown flag --bogus for tcp-echo sysctl/]
]

const programRefused: ReadonlyArray<Refused> = [
  [[], /^tcp-echo: missing command \(expected one of serve, sysctl, probe, bench; see tcp-echo --help\)$/],
  [["nonsense"], /^tcp-echo: unknown command "nonsense" \(expected one of serve, sysctl, probe, bench\)$/],
  [["--version", "serve"], /^tcp-echo: --version takes no command and no other flag$/],
  [["--port", "5"], /^tcp-echo: unknown flag --port before a command/],
  [["--completions", "tcsh"], /^tcp-echo: --completions: expected sh, bash, fish or zsh, got "tcsh"$/]
]

const refusedTables: ReadonlyArray<readonly [string | undefined, ReadonlyArray<Refused>]> = [
  ["serve", serveRefused],
  ["probe", probeRefused],
  ["bench", benchRefused],
  ["sysctl", sysctlRefused],
  [undefined, programRefused]
]

describe("every refused value is exit 2 and one line naming the flag, the value and what is accepted", () => {
  for (const [command, table] of refusedTables) {
    for (const [args, message] of table) {
      const argv = command === undefined ? args : [command, ...args]
      it.concurrent(JSON.stringify(argv), async () => {
        const { code, stderr, stdout } = await runCliAsync(argv)
        expect({ code, stdout, lines: stderr.trimEnd().split("\n").length }).toEqual({ code: 2, stdout: "", lines: 1 })
        expect(stderr.trimEnd()).toMatch(message)
      })
    }
  }

  it.concurrent("under --log-format json the usage error is one JSON object", async () => {
    const { code, stderr } = await runCliAsync(["serve", "--log-format", "json", "--port", "0x10"])
    expect(code).toBe(2)
    expect(JSON.parse(stderr)).toMatchObject({ level: "ERROR", exitCode: 2, msg: expect.stringMatching(/^--port: expected/) })
  })
})

type Facts = Record<string, unknown>

/** The start-up facts of `serve ARGS`, all lines' fields merged. */
const facts = async (args: ReadonlyArray<string>): Promise<Facts> => {
  const { code, lines } = await serveSummary(args)
  expect(code).toBe(0)
  return Object.assign({}, ...lines)
}

const somaxconn = Number(Fs.readFileSync("/proc/sys/net/core/somaxconn", "utf8"))
const rmemMax = Number(Fs.readFileSync("/proc/sys/net/core/rmem_max", "utf8"))

/** Several flags a run, each checked in the facts: a server start costs about a second here. */
const serveAccepted: ReadonlyArray<readonly [ReadonlyArray<string>, Facts]> = [
  [
    ["--host", "::", "--ipv6-only", "--proxy-protocol", "--proxy-from", "127.0.0.1/32", "--proxy-from=::1", "--workers", "1"],
    { address: "::", family: 6, dualStack: false, proxyProtocol: true, proxyFrom: ["127.0.0.1/32", "::1/128"] }
  ],
  [["--port", "0", "--admin-port", "0", "--admin-host", "127.0.0.1"], { port: expect.any(Number) }],
  [
    ["--port", "0", "--latency", "1:1", "--bandwidth", "64k", "--slice", "100:1", "--close-after", "10", "--reset-after", "20"],
    { port: expect.any(Number) }
  ],
  [["--port", "0", "--stall-after", "10", "--fault-probability", "0.5"], { port: expect.any(Number) }],
  [
    ["--host", "localhost", "--backlog", "77", "--timeout", "2.500", "--recv-buffer", "64k", "--send-buffer", "32K", "--no-delay"],
    {
      address: "127.0.0.1",
      backlog: 77,
      backlogEffective: 77,
      readTimeoutMs: 2500,
      writeTimeoutMs: 2500,
      recvBuffer: 65536,
      recvBufferSet: 131072,
      sendBuffer: 32768,
      sendBufferSet: 65536,
      noDelay: true
    }
  ],
  [
    ["--host", "::1", "--backlog", "2147483647", "--timeout", "0", "--recv-buffer", "1g", "--reuse-port", "--keepalive", "60"],
    {
      address: "::1",
      family: 6,
      backlog: 2147483647,
      backlogEffective: somaxconn,
      readTimeoutMs: 0,
      writeTimeoutMs: 0,
      recvBuffer: 1024 ** 3,
      recvBufferSet: Math.min(2 * 1024 ** 3, 2 * rmemMax),
      reusePort: true,
      keepAlive: true,
      keepAliveIdleMs: 60000,
      keepAliveIntervalMs: null,
      keepAliveCount: null
    }
  ],
  [
    [
      "--host=127.0.0.1",
      "--timeout",
      "3",
      "--read-timeout",
      "0.25",
      "--write-timeout",
      "0",
      "--recv-buffer",
      "2147483647",
      "--keepalive",
      "60:10:5",
      "--user-timeout",
      "0.001"
    ],
    {
      address: "127.0.0.1",
      family: 4,
      readTimeoutMs: 250,
      writeTimeoutMs: 0,
      recvBuffer: 2147483647,
      keepAliveIdleMs: 60000,
      keepAliveIntervalMs: 10000,
      keepAliveCount: 5,
      userTimeoutMs: 1
    }
  ],
  [
    [
      "--port",
      "0",
      "--timeout=2147483",
      "--max-connections",
      "1000000",
      "--max-connections-per-ip",
      "3",
      "--allow",
      "10.0.0.0/8",
      "--allow",
      "::1",
      "--shutdown-timeout",
      "0",
      "--keepalive",
      "60::5",
      "--log-level",
      "info"
    ],
    {
      port: expect.any(Number),
      readTimeoutMs: 2147483000,
      maxConnections: 1000000,
      maxConnectionsPerIp: 3,
      allow: ["10.0.0.0/8", "::1/128"],
      shutdownTimeoutMs: 0,
      keepAliveIntervalMs: null,
      keepAliveCount: 5
    }
  ],
  [
    ["--timeout", "0.001", "--allow=127.0.0.1", "--shutdown-timeout", "0.5", "--keepalive", "1:32767:127", "--user-timeout", "3", "--log-format", "json"],
    {
      readTimeoutMs: 1,
      writeTimeoutMs: 1,
      allow: ["127.0.0.1/32"],
      shutdownTimeoutMs: 500,
      keepAliveIdleMs: 1000,
      keepAliveIntervalMs: 32767000,
      keepAliveCount: 127,
      userTimeoutMs: 3000,
      noDelay: false,
      reusePort: false
    }
  ]
]

describe("serve: every accepted value means what it says in the start-up facts", () => {
  for (const [args, expected] of serveAccepted) {
    it.concurrent(JSON.stringify(args), async () => {
      expect(await facts(args)).toMatchObject(expected)
    })
  }

  it.concurrent("--log-format text writes text lines", async () => {
    const server = await startServer(["--log-format", "text"])
    server.child.kill("SIGTERM")
    expect(await server.exited).toBe(0)
    expect(server.stderr()).toMatch(/^\S+Z INFO listening on 127\.0\.0\.1:\d+ \(pid \d+\)$/m)
  })
})

/** Run with `--port` of a live server and `--json`, which count as taken too. */
const probeAccepted: ReadonlyArray<readonly [ReadonlyArray<string>, Facts]> = [
  [["--host", "localhost", "--size", "64k", "--wait", "0.1", "--timeout", "0.5"], {
    host: "127.0.0.1",
    bytes: 65536,
    waitSeconds: 0.1,
    timeoutSeconds: 0.5,
    ok: true
  }],
  [["--message", "hello", "--count", "3", "--wait", "0", "--timeout", "2147483"], {
    bytes: 5,
    count: 3,
    verified: 3,
    waitSeconds: 0,
    timeoutSeconds: 2147483
  }],
  [["--host", "127.0.0.1", "--size", "1"], { bytes: 1, ok: true }]
]
/** Run with `--port`, `--duration 0.2` and `--json`, which count as taken too. */
const benchAccepted: ReadonlyArray<readonly [ReadonlyArray<string>, Facts]> = [
  [["--mode", "pingpong", "--size", "32", "--connections", "2"], { mode: "pingpong", size: 32, connections: 2 }],
  [["--mode", "bulk", "--size", "1k", "--connections", "1"], { mode: "bulk", size: 1024, connections: 1 }],
  [["--mode", "churn", "--host", "localhost"], { mode: "churn", host: "127.0.0.1", size: 64 }],
  [["--mode", "idle", "--connections", "3"], { mode: "idle", connections: 3 }]
]
describe("probe and bench: accepted values, as their JSON reports read them back", () => {
  let server: Served
  beforeAll(async () => {
    server = await startServer([])
  })
  afterAll(async () => {
    server.child.kill("SIGTERM")
    await server.exited
  })

  for (const [args, expected] of probeAccepted) {
    it.concurrent(`probe ${JSON.stringify(args)}`, async () => {
      const { code, stdout } = await runCliAsync(["probe", "--port", String(server.port), "--json", ...args])
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ port: server.port, ...expected })
    })
  }

  for (const [args, expected] of benchAccepted) {
    it.concurrent(`bench ${JSON.stringify(args)}`, async () => {
      const { code, stdout } = await runCliAsync(["bench", "--port", String(server.port), "--duration", "0.2", "--json", ...args])
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ mismatches: 0, ...expected })
    })
  }
})

describe("sysctl and the global flags", () => {
  for (const level of ["all", "warning", "none"]) {
    it.concurrent(`--log-level ${level} is taken`, async () => {
      const { code, stdout } = await runCliAsync(["sysctl", "--log-level", level, "--json"])
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toHaveProperty("somaxconn")
    })
  }

  it.concurrent("--completions bash prints a completion script", async () => {
    const { code, stdout } = await runCliAsync(["--completions", "bash"])
    expect(code).toBe(0)
    expect(stdout).toContain("complete -F")
  })
})

describe("the tables cover every flag of every command", () => {
  const taken: Record<string, ReadonlyArray<ReadonlyArray<string>>> = {
    serve: serveAccepted.map(([args]) => args),
    probe: [...probeAccepted.map(([args]) => args), ["--port", "--json"]],
    bench: [...benchAccepted.map(([args]) => args), ["--port", "--duration", "--json"]],
    sysctl: [["--json"]]
  }
  for (const page of [serve.page, probe.page, bench.page, sysctl.page]) {
    it(page.name, () => {
      const refused = refusedTables.find(([command]) => command === page.name)![1].flatMap(([args]) => args)
      const accepted = taken[page.name]!.flat()
      for (const { name } of page.flags) {
        const named = (arg: string) => arg === `--${name}` || arg.startsWith(`--${name}=`)
        expect(refused.some(named), `--${name} refused`).toBe(true)
        expect(accepted.some(named), `--${name} taken`).toBe(true)
      }
    })
  }
})
