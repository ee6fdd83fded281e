/**
 * The start-up summary an operator acts on: where the server listens, the backlog asked and what the
 * kernel made of it, the SYN queue and give-up time, the buffers asked and set with their caps, and
 * the timeouts and limits in force.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as SocketTuning from "../kernel/SocketTuning.js"
import { formatCidr, hostPort, isLoopback, known } from "../net.js"

export interface Facts {
  readonly address: { readonly address: string; readonly port: number; readonly family: 4 | 6 }
  readonly ipv6Only: boolean
  /** The descriptor handed over (socket activation); None for a socket the server opened. */
  readonly listenFd: Option.Option<number>
  readonly worker: Option.Option<{ readonly index: number; readonly count: number }>
  readonly proxyProtocol: boolean
  readonly proxyFrom: ReadonlyArray<Facts["allow"][number]>
  readonly readTimeout: Duration.Duration
  readonly writeTimeout: Duration.Duration
  readonly shutdownTimeout: Duration.Duration
  readonly maxConnections: number
  readonly maxConnectionsPerIp: number
  readonly allow: ReadonlyArray<{ readonly address: string; readonly prefix: number; readonly family: 4 | 6 }>
  readonly backlog: SocketTuning.BacklogReport
  readonly limits: SocketTuning.SocketTuning["Type"]["limits"]
  readonly listener: SocketTuning.ListenerReport
}

const limit = (duration: Duration.Duration): string =>
  Duration.toMillis(duration) === 0 ? "none" : Duration.format(duration)

const bufferLine = (report: SocketTuning.BufferReport, sysctl: string, autotune: Option.Option<{ max: number }>) =>
  Option.match(report.requested, {
    onNone: () => `${report.option} kernel default, autotuned up to ${known(autotune, (r) => `${r.max}`)}`,
    onSome: (requested) =>
      `${report.option} asked ${requested}, kernel set ${known(report.effective)} (cap ${
        known(report.cap, (cap) => `${cap} = 2 x ${sysctl}`)
      }; autotuning off)`
  })

/** The backlog: as asked and clamped, or, on a socket handed over, as its creator set it. */
const backlogLine = ({ backlog, limits, listenFd }: Facts): string =>
  `${
    Option.isSome(listenFd)
      ? `backlog ${backlog.effective} as the socket unit set it (Backlog=, read back with TCP_INFO; `
      : `backlog asked ${backlog.requested}, effective ${backlog.effective} (`
  }net.core.somaxconn ${known(backlog.somaxconn)}); SYN backlog ${known(limits.tcpMaxSynBacklog)}; SYN-ACK give-up ${
    known(limits.synAckGiveUp, Duration.format)
  }`

const buffersLine = ({ limits, listener, listenFd }: Facts): string =>
  Option.isSome(listenFd)
    ? `buffers as the socket unit set them (ReceiveBuffer=, SendBuffer=): SO_RCVBUF ${
      known(listener.recvBuffer.effective)
    }, SO_SNDBUF ${known(listener.sendBuffer.effective)}`
    : `buffers: ${bufferLine(listener.recvBuffer, "net.core.rmem_max", limits.tcpRmem)}; ${
      bufferLine(listener.sendBuffer, "net.core.wmem_max", limits.tcpWmem)
    }`

/** Which clients the IPv6 wildcard (`::`) takes; any other address takes only its own family's. */
const stack = (facts: Facts): string =>
  facts.address.family === 6 && facts.address.address === "::"
    ? (facts.ipv6Only ? ", IPv6 clients only" : ", IPv6 and IPv4 clients")
    : ""

/** The summary, once for the servers sharing a port: by the first worker, or the only server. */
export const log = (facts: Facts) => {
  if (Option.isSome(facts.worker) && facts.worker.value.index > 1) return Effect.void
  const where = hostPort(facts.address.address, facts.address.port)
  return Effect.all([
    Effect.logInfo(`listening on ${where} (pid ${process.pid}${stack(facts)}${
      Option.match(facts.listenFd, { onNone: () => "", onSome: (fd) => `, fd ${fd} from socket activation` })
    }${Option.match(facts.worker, { onNone: () => "", onSome: ({ count, index }) => `, worker ${index} of ${count}` })})`),
    isLoopback(facts.address.address) ? Effect.void : Effect.logWarning(
      `${where} is not a loopback address: clients on other hosts can reach this server${
        facts.allow.length === 0 ? " (restrict them with --allow CIDR)" : ""
      }`
    ),
    Effect.logInfo(backlogLine(facts)),
    Effect.logInfo(buffersLine(facts)),
    Effect.logInfo(
      `timeouts: read ${limit(facts.readTimeout)}, write ${limit(facts.writeTimeout)}, shutdown ${
        Duration.format(facts.shutdownTimeout)
      }; max connections ${facts.maxConnections === 0 ? "unlimited" : facts.maxConnections}, per client address ${
        facts.maxConnectionsPerIp === 0 ? "unlimited" : facts.maxConnectionsPerIp
      }; clients allowed from ${facts.allow.length === 0 ? "anywhere" : facts.allow.map(formatCidr).join(", ")}`
    ),
    !facts.proxyProtocol ? Effect.void : facts.proxyFrom.length > 0
      ? Effect.logInfo(
        `PROXY protocol (v1, v2) required on every connection, from proxies in ${facts.proxyFrom.map(formatCidr).join(", ")}`
      )
      : Effect.logWarning(
        "PROXY protocol (v1, v2) required on every connection, from any address: a client that connects directly can claim any address (restrict proxies with --proxy-from CIDR)"
      )
  ], { discard: true })
}
