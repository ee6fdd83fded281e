/**
 * Where `serve` is deployed rather than how it echoes: the IPv6 stack, the PROXY protocol of a load
 * balancer in front and the number of workers (flags), and a socket systemd handed over (the
 * environment). Kept apart from `serve.ts` so that the command's own flags stay one list:
 * `deploymentConfig` maps the flags onto the server's config, `serveDeployed` runs the server as
 * deployed: alone (today's path), as the supervisor of workers, or as one of them.
 */
import type * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Os from "node:os"
import * as SocketTuning from "../kernel/SocketTuning.js"
import * as EchoServer from "../server/EchoServer.js"
import * as SocketActivation from "../server/SocketActivation.js"
import { networks, usage } from "./Flags.js"
import * as Workers from "./Workers.js"

const proxy = Options.all({
  protocol: Options.boolean("proxy-protocol").pipe(
    Options.withDescription(
      "Every connection starts with a PROXY protocol header (v1 or v2, as HAProxy's send-proxy and send-proxy-v2 send it); the client it names is the peer for --allow, --max-connections-per-ip and the logs. A missing, malformed or late header (--read-timeout) closes the connection (proxy-error)."
    )
  ),
  from: networks("proxy-from").pipe(
    Options.withDescription(
      "With --proxy-protocol: accept connections from proxies in this network only (repeatable), since any other client could forge its address. Default: any."
    )
  )
}).pipe(
  Options.mapEffect((proxy) =>
    proxy.from.length > 0 && !proxy.protocol ? usage("--proxy-from: needs --proxy-protocol") : Effect.succeed(proxy)
  )
)

const workers = Options.text("workers").pipe(
  Options.withPseudoName("N | auto"),
  Options.withDescription(
    "Event loops serving the port, each a process with its own SO_REUSEPORT listener; auto: the cores this process may use. --max-connections and --max-connections-per-ip apply per worker. Default: 1."
  ),
  Options.withDefault("1"),
  Options.mapEffect((text) => {
    const count = text === "auto" ? Os.availableParallelism() : /^\d+$/.test(text) ? Number(text) : NaN
    return count >= 1 && count <= 1024
      ? Effect.succeed(count)
      : usage(`--workers: expected an integer from 1 to 1024 or auto, got ${JSON.stringify(text)}`)
  })
)

export const deploymentOptions = {
  ipv6Only: Options.boolean("ipv6-only").pipe(
    Options.withDescription(
      "With an IPv6 --host, serve IPv6 clients only (IPV6_V6ONLY). Default: --host :: serves IPv4 clients too, shown and matched as their IPv4 address. No effect on an IPv4 address."
    )
  ),
  proxy,
  workers
}

export const deploymentConfig = (options: Command.Command.ParseConfig<typeof deploymentOptions>) =>
  ({
    ipv6Only: options.ipv6Only,
    proxyProtocol: options.proxy.protocol,
    proxyFrom: options.proxy.from,
    listenFd: Option.none<number>(),
    worker: Option.none()
  }) satisfies Partial<EchoServer.Config>

/**
 * Runs `program` on the server as deployed. On the socket systemd handed over to this process, if
 * any (its variables are then cleared, as sd_listen_fds(3) does, so that no child takes them for
 * its own). Alone with one worker: today's path. With more, this process supervises them
 * (`Workers`), and each worker, started with this same command line, serves as one of them.
 */
export const serveDeployed = (
  workers: number,
  config: EchoServer.Config,
  tuning: SocketTuning.TuningConfig,
  program: Effect.Effect<void, never, EchoServer.EchoServer>
) =>
  Effect.gen(function*() {
    const worker = yield* Workers.role(process.env)
    if (Option.isSome(worker)) {
      const role = worker.value
      const shared = role.inherited ? Option.some(SocketActivation.firstFd) : Option.none()
      const layer = EchoServer.layer({ ...config, port: role.port, listenFd: shared, worker: Option.some(role) }).pipe(
        Layer.provide(SocketTuning.layer({ ...tuning, reusePort: !role.inherited }))
      )
      return yield* Workers.asWorker(role, program, layer)
    }
    const handed = yield* SocketActivation.fromEnvironment(process.env, process.pid)
    const listenFd = Option.map(handed, ({ fd }) => fd)
    if (Option.isSome(handed)) {
      for (const name of ["LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"]) delete process.env[name]
      if (handed.value.count > 1) {
        yield* Effect.logWarning(`${handed.value.count} sockets handed over: serving on the first (fd ${handed.value.fd}) only`)
      }
    }
    if (workers > 1) {
      return yield* Workers.supervise(workers, { ...config, listenFd }).pipe(
        Effect.scoped,
        Effect.provide(SocketTuning.layer({ ...SocketTuning.defaultConfig, reusePort: true }))
      )
    }
    return yield* program.pipe(
      Effect.provide(EchoServer.layer({ ...config, listenFd })),
      Effect.provide(SocketTuning.layer(tuning))
    )
  })
