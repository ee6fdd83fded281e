/**
 * The start-up summary an operator acts on: where the server listens, the backlog asked and what the
 * kernel made of it, the SYN queue and give-up time, the buffers asked and set with their caps, the
 * timeouts and limits, and the socket options of each connection: every setting in effect.
 *
 * Each line says it in words for a person (`read 5.5 s`, `512 KiB`) and carries the same facts as
 * fields for a machine (`readTimeoutMs: 5500`, bytes as numbers, `null` where unknown or off): a
 * JSON log then needs no parsing of the words.
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as SocketTuning from "../kernel/SocketTuning.js"
import { formatCidr, hostPort, isLoopback, known } from "../net.js"
import { formatBytes, formatMillis } from "../units.js"
import * as LogFields from "./LogFields.js"

export interface Facts {
  readonly address: { readonly address: string; readonly port: number; readonly family: 4 | 6 }
  readonly readTimeout: Duration.Duration
  readonly writeTimeout: Duration.Duration
  readonly shutdownTimeout: Duration.Duration
  readonly maxConnections: number
  readonly maxConnectionsPerIp: number
  readonly allow: ReadonlyArray<{ readonly address: string; readonly prefix: number; readonly family: 4 | 6 }>
  readonly backlog: SocketTuning.BacklogReport
  readonly limits: SocketTuning.SocketTuning["Type"]["limits"]
  readonly listener: SocketTuning.ListenerReport
  readonly tuning: SocketTuning.TuningConfig
  /** Whether socket options can be set on this host (false: they are stated but not applied). */
  readonly native: boolean
}

export interface Line {
  readonly level: "info" | "warning"
  readonly words: string
  readonly facts: Readonly<Record<string, unknown>>
}

const millis = (duration: Duration.Duration): number => Duration.toMillis(duration)
const orNull = <A>(option: Option.Option<A>): A | null => Option.getOrNull(option)
const onOff = (on: boolean) => (on ? "on" : "off")
/** An optional value in words, `absent` when it is not there. */
const or = <A>(option: Option.Option<A>, show: (a: A) => string, absent: string): string =>
  Option.match(option, { onNone: () => absent, onSome: show })
const durationText = (duration: Duration.Duration) => formatMillis(millis(duration))
const limitText = (duration: Duration.Duration): string => (millis(duration) === 0 ? "unlimited" : durationText(duration))

const bufferLine = (report: SocketTuning.BufferReport, sysctl: string, autotune: Option.Option<{ max: number }>) =>
  Option.match(report.requested, {
    onNone: () => `${report.option} kernel default, autotuned up to ${known(autotune, (r) => formatBytes(r.max))}`,
    onSome: (requested) =>
      Option.match(report.effective, {
        onNone: () => `${report.option} ${formatBytes(requested)} asked, not applied on this host`,
        onSome: (effective) =>
          `${report.option} ${formatBytes(requested)} asked, kernel set ${formatBytes(effective)} (cap ${
            known(report.cap, (cap) => `${formatBytes(cap)} = 2 x ${sysctl}`)
          }; autotuning off)`
      })
  })

const bufferFacts = (name: string, report: SocketTuning.BufferReport, autotune: Option.Option<{ max: number }>) => ({
  [name]: orNull(report.requested),
  [`${name}Set`]: orNull(report.effective),
  [`${name}Cap`]: orNull(report.cap),
  [`${name}AutotuneMax`]: orNull(Option.map(autotune, (r) => r.max))
})

const keepAliveText = (keepAlive: SocketTuning.TuningConfig["keepAlive"]): string =>
  Option.match(keepAlive, {
    onNone: () => "keepalive off",
    onSome: ({ count, idle, interval }) =>
      `keepalive after ${durationText(idle)} idle, probes ${
        or(interval, (i) => `every ${durationText(i)}`, "at the kernel's interval")
      }, dropped after ${or(count, String, "the kernel's count of")} unanswered probes`
  })

/** The per-connection and listener options, in words and as facts. */
const socketOptions = (facts: Facts): Line => {
  const { tuning } = facts
  const keepAlive = Option.getOrUndefined(tuning.keepAlive)
  const asked = tuning.noDelay || keepAlive !== undefined || Option.isSome(tuning.userTimeout) || tuning.reusePort
  return {
    level: "info",
    words: `socket options: on each connection TCP_NODELAY ${onOff(tuning.noDelay)}, ${keepAliveText(tuning.keepAlive)}, TCP_USER_TIMEOUT ${
      or(tuning.userTimeout, durationText, "off")
    }; on the listener SO_REUSEADDR ${onOff(tuning.reuseAddress)}, SO_REUSEPORT ${onOff(tuning.reusePort)}${
      !facts.native && asked ? " (not applied: no native socket calls on this host)" : ""
    }`,
    facts: {
      noDelay: tuning.noDelay,
      keepAlive: keepAlive !== undefined,
      keepAliveIdleMs: keepAlive === undefined ? null : millis(keepAlive.idle),
      keepAliveIntervalMs: keepAlive === undefined ? null : orNull(Option.map(keepAlive.interval, millis)),
      keepAliveCount: keepAlive === undefined ? null : orNull(keepAlive.count),
      userTimeoutMs: orNull(Option.map(tuning.userTimeout, millis)),
      reuseAddress: tuning.reuseAddress,
      reusePort: tuning.reusePort,
      socketOptionsApplied: facts.native
    }
  }
}

/** The summary's lines, in order. */
export const lines = (facts: Facts): ReadonlyArray<Line> => {
  const { backlog, limits, listener } = facts
  const where = hostPort(facts.address.address, facts.address.port)
  const allow = facts.allow.map(formatCidr)
  return [
    {
      level: "info",
      words: `listening on ${where} (pid ${process.pid})`,
      facts: { address: facts.address.address, port: facts.address.port, family: facts.address.family, pid: process.pid }
    },
    ...(isLoopback(facts.address.address) ? [] : [{
      level: "warning" as const,
      words: `${where} is not a loopback address: clients on other hosts can reach this server${
        facts.allow.length === 0 ? " (restrict them with allow)" : ""
      }`,
      facts: { address: facts.address.address, allow }
    }]),
    {
      level: "info",
      words: `backlog ${backlog.requested} asked, ${backlog.effective} in effect (net.core.somaxconn ${
        known(backlog.somaxconn)
      }); SYN backlog ${known(limits.tcpMaxSynBacklog)}; a half-open connection is dropped after ${
        or(limits.synAckGiveUp, (d) => `${durationText(d)} of SYN-ACK retries`, "an unknown time")
      }`,
      facts: {
        backlog: backlog.requested,
        backlogEffective: backlog.effective,
        somaxconn: orNull(backlog.somaxconn),
        synBacklog: orNull(limits.tcpMaxSynBacklog),
        synAckGiveUpMs: orNull(Option.map(limits.synAckGiveUp, millis))
      }
    },
    {
      level: "info",
      words: `buffers: ${bufferLine(listener.recvBuffer, "net.core.rmem_max", limits.tcpRmem)}; ${
        bufferLine(listener.sendBuffer, "net.core.wmem_max", limits.tcpWmem)
      }`,
      facts: {
        ...bufferFacts("recvBuffer", listener.recvBuffer, limits.tcpRmem),
        ...bufferFacts("sendBuffer", listener.sendBuffer, limits.tcpWmem)
      }
    },
    {
      level: "info",
      words: `timeouts: read ${limitText(facts.readTimeout)}, write ${limitText(facts.writeTimeout)}, shutdown ${
        durationText(facts.shutdownTimeout)
      }`,
      facts: {
        readTimeoutMs: millis(facts.readTimeout),
        writeTimeoutMs: millis(facts.writeTimeout),
        shutdownTimeoutMs: millis(facts.shutdownTimeout)
      }
    },
    {
      level: "info",
      words: `limits: connections ${facts.maxConnections === 0 ? "unlimited" : facts.maxConnections}, per client address ${
        facts.maxConnectionsPerIp === 0 ? "unlimited" : facts.maxConnectionsPerIp
      }; clients allowed from ${allow.length === 0 ? "anywhere" : allow.join(", ")}`,
      facts: { maxConnections: facts.maxConnections, maxConnectionsPerIp: facts.maxConnectionsPerIp, allow }
    },
    socketOptions(facts)
  ]
}

export const log = (facts: Facts) =>
  Effect.forEach(
    lines(facts),
    (line) => (line.level === "info" ? Effect.logInfo : Effect.logWarning)(line.words, LogFields.facts(line.facts)),
    { discard: true }
  )
