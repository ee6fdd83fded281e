/**
 * Where `serve` is deployed rather than how it echoes: the IPv6 stack and the PROXY protocol of a
 * load balancer in front (flags), and a socket systemd handed over (the environment). Kept apart
 * from `serve.ts` so that the command's own flags stay one list: `deploymentConfig` maps the flags
 * onto the server's config, `deployedLayer` makes the server as deployed.
 */
import type * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as EchoServer from "../server/EchoServer.js"
import * as SocketActivation from "../server/SocketActivation.js"
import { networks, usage } from "./Flags.js"

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

export const deploymentOptions = {
  ipv6Only: Options.boolean("ipv6-only").pipe(
    Options.withDescription(
      "With an IPv6 --host, serve IPv6 clients only (IPV6_V6ONLY). Default: --host :: serves IPv4 clients too, shown and matched as their IPv4 address. No effect on an IPv4 address."
    )
  ),
  proxy
}

export const deploymentConfig = (options: Command.Command.ParseConfig<typeof deploymentOptions>) =>
  ({
    ipv6Only: options.ipv6Only,
    proxyProtocol: options.proxy.protocol,
    proxyFrom: options.proxy.from,
    listenFd: Option.none<number>()
  }) satisfies Partial<EchoServer.Config>

/**
 * The server on the socket systemd handed over to this process, if any; on host:port otherwise.
 * The variables are then cleared, as sd_listen_fds(3) does, so that no child takes them for its own.
 */
export const deployedLayer = (config: EchoServer.Config) =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const handed = yield* SocketActivation.fromEnvironment(process.env, process.pid)
    if (Option.isNone(handed)) return EchoServer.layer(config)
    for (const name of ["LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"]) delete process.env[name]
    if (handed.value.count > 1) {
      yield* Effect.logWarning(`${handed.value.count} sockets handed over: serving on the first (fd ${handed.value.fd}) only`)
    }
    return EchoServer.layer({ ...config, listenFd: Option.some(handed.value.fd) })
  }))
