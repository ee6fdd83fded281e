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
  readonly address: { readonly address: string; readonly port: number }
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

export const log = (facts: Facts) => {
  const { backlog, limits } = facts
  const where = hostPort(facts.address.address, facts.address.port)
  return Effect.all([
    Effect.logInfo(`listening on ${where} (pid ${process.pid})`),
    isLoopback(facts.address.address) ? Effect.void : Effect.logWarning(
      `${where} is not a loopback address: clients on other hosts can reach this server${
        facts.allow.length === 0 ? " (restrict them with allow)" : ""
      }`
    ),
    Effect.logInfo(
      `backlog asked ${backlog.requested}, effective ${backlog.effective} (net.core.somaxconn ${
        known(backlog.somaxconn)
      }); SYN backlog ${known(limits.tcpMaxSynBacklog)}; SYN-ACK give-up ${known(limits.synAckGiveUp, Duration.format)}`
    ),
    Effect.logInfo(
      `buffers: ${bufferLine(facts.listener.recvBuffer, "net.core.rmem_max", limits.tcpRmem)}; ${
        bufferLine(facts.listener.sendBuffer, "net.core.wmem_max", limits.tcpWmem)
      }`
    ),
    Effect.logInfo(
      `timeouts: read ${limit(facts.readTimeout)}, write ${limit(facts.writeTimeout)}, shutdown ${
        Duration.format(facts.shutdownTimeout)
      }; max connections ${facts.maxConnections === 0 ? "unlimited" : facts.maxConnections}, per client address ${
        facts.maxConnectionsPerIp === 0 ? "unlimited" : facts.maxConnectionsPerIp
      }; clients allowed from ${facts.allow.length === 0 ? "anywhere" : facts.allow.map(formatCidr).join(", ")}`
    )
  ], { discard: true })
}
