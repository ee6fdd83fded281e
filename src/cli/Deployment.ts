/**
 * Where `serve` is deployed rather than how it echoes: the IPv6 stack, the PROXY protocol of a load
 * balancer in front and the number of workers (flags), and a socket systemd handed over (the
 * environment). Kept apart from `serve.ts` so that the command's own flags stay one list:
 * `deploymentConfig` maps the flags onto the server's config, `serveDeployed` runs the server as
 * deployed: alone (today's path), as the supervisor of workers, or as one of them.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { pipe } from "effect/Function"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Os from "node:os"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as EchoServer from "../server/EchoServer.js"
import * as SocketActivation from "../server/SocketActivation.js"
import * as Admin from "./Admin.js"
import * as Flags from "./Flags.js"
import * as Workers from "./Workers.js"

export const flags = {
  ipv6Only: Flags.toggle(
    "ipv6-only",
    "With an IPv6 --host, serve IPv6 clients only (IPV6_V6ONLY, set before bind). Without it, --host :: is dual-stack whatever net.ipv6.bindv6only says: IPv4 clients are served too, and logged and matched against --allow as their IPv4 address. No effect on an IPv4 address."
  ),
  proxyProtocol: Flags.toggle(
    "proxy-protocol",
    "Every connection must start with a PROXY protocol header, version 1 or 2 (HAProxy's send-proxy, send-proxy-v2). The client it names is the peer for --allow, --max-connections-per-ip, the close records and the metrics; the proxy's address is logged as via. Health checks' headers (v2 LOCAL, v1 UNKNOWN) are served as from the proxy. A missing, malformed or oversized header, or one not complete within --read-timeout of the accept, resets the connection (proxy-error, counted and logged at most once a second)."
  ),
  proxyFrom: Flags.networks("proxy-from", {
    text:
      "With --proxy-protocol: accept connections from proxies in this network only, since any other client could claim any address; one from elsewhere is reset at accept and counted in a warning logged at most once a second.",
    shown: "any address (the start-up log warns)"
  }),
  workers: pipe(
    Flags.valued("workers", {
      value: "N | auto",
      expected: "a decimal integer from 1 to 1024, or auto",
      text:
        "Event loops serving the port, each in a process of its own with its own SO_REUSEPORT listener (the kernel spreads connections over them), under a supervisor that replaces one that dies and drains them all on SIGINT or SIGTERM; auto: one per core this process may use. --max-connections and --max-connections-per-ip apply per worker."
    }, (text) =>
      text === "auto" ? Either.right(Os.availableParallelism()) : Flags.parseInteger(1, 1024)(text)),
    Flags.withDefault(1, "1")
  )
}

interface Chosen {
  readonly ipv6Only: boolean
  readonly proxyProtocol: boolean
  readonly proxyFrom: ReadonlyArray<EchoServer.Config["proxyFrom"][number]>
}

/** The deployment flags checked together: --proxy-from without --proxy-protocol is a usage error. */
export const check = (options: Chosen) =>
  options.proxyFrom.length > 0 && !options.proxyProtocol
    ? Flags.usage("--proxy-from: it applies to --proxy-protocol, which was not given")
    : Effect.void

export const deploymentConfig = (options: Chosen) =>
  ({
    ipv6Only: options.ipv6Only,
    proxyProtocol: options.proxyProtocol,
    proxyFrom: options.proxyFrom,
    listenFd: Option.none<number>(),
    worker: Option.none()
  }) satisfies Partial<EchoServer.Config>

/** What `serve` runs once its server listens; `listening` hands the server to the admin endpoint. */
export type Program = (
  listening: (server: EchoServer.EchoServer["Type"]) => Effect.Effect<void>
) => Effect.Effect<void, never, EchoServer.EchoServer>

/**
 * Runs `program` on the server as deployed. On the socket systemd handed over to this process, if
 * any (its variables are then cleared, as sd_listen_fds(3) does, so that no child takes them for
 * its own). With one worker: today's path, the admin endpoint around it. With more, this process
 * supervises them and serves the admin endpoint for all (`Workers`); each worker, started with
 * this same command line, serves without one.
 */
export const serveDeployed = (
  options: Parameters<typeof Admin.withAdmin>[0] & { readonly workers: number },
  config: EchoServer.Config,
  tuning: SocketTuning.TuningConfig,
  program: Program
) =>
  Effect.gen(function*() {
    const worker = yield* Workers.role(process.env)
    if (Option.isSome(worker)) {
      const role = worker.value
      const shared = role.inherited ? Option.some(SocketActivation.firstFd) : Option.none()
      const layer = EchoServer.layer({ ...config, port: role.port, listenFd: shared, worker: Option.some(role) }).pipe(
        Layer.provide(SocketTuning.layer({ ...tuning, reusePort: !role.inherited }))
      )
      return yield* Workers.asWorker(role, program(() => Effect.void), layer)
    }
    const handed = yield* SocketActivation.fromEnvironment(process.env, process.pid)
    const listenFd = Option.map(handed, ({ fd }) => fd)
    if (Option.isSome(handed)) {
      for (const name of ["LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"]) delete process.env[name]
      if (handed.value.count > 1) {
        yield* Effect.logWarning(`${handed.value.count} sockets handed over: serving on the first (fd ${handed.value.fd}) only`)
      }
    }
    if (options.workers > 1) {
      return yield* Workers.supervise(options.workers, { ...config, listenFd }, options).pipe(
        Effect.scoped,
        Effect.provide(SocketTuning.layer({ ...SocketTuning.defaultConfig, reusePort: true }))
      )
    }
    return yield* Admin.withAdmin(options, (listening) =>
      program(listening).pipe(
        Effect.provide(EchoServer.layer({ ...config, listenFd })),
        Effect.provide(SocketTuning.layer(tuning))
      ))
  })
