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
import { type Cidr, formatCidr, hostPort, isLoopback, known } from "../net.js"
import { formatBytes, formatMillis } from "../units.js"
import * as LogFields from "./LogFields.js"

export interface Facts {
  readonly address: { readonly address: string; readonly port: number; readonly family: 4 | 6 }
  readonly readTimeout: Duration.Duration
  readonly writeTimeout: Duration.Duration
  readonly shutdownTimeout: Duration.Duration
  readonly maxConnections: number
  readonly maxConnectionsPerIp: number
  readonly allow: ReadonlyArray<Cidr>
  readonly backlog: SocketTuning.BacklogReport
  readonly limits: SocketTuning.SocketTuning["Type"]["limits"]
  readonly listener: SocketTuning.ListenerReport
  readonly tuning: SocketTuning.TuningConfig
  /** Whether socket options can be set on this host (false: they are stated but not applied). */
  readonly native: boolean
  readonly ipv6Only: boolean
  /** The descriptor handed over (socket activation); None for a socket the server opened. */
  readonly listenFd: Option.Option<number>
  readonly worker: Option.Option<{ readonly index: number; readonly count: number }>
  readonly proxyProtocol: boolean
  readonly proxyFrom: ReadonlyArray<Cidr>
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

/**
 * Where the server listens; for the IPv6 wildcard (`::`), which clients it takes (any other address
 * takes only its own family's); whether the socket was handed over; which worker this is.
 */
const listening = (facts: Facts, where: string): Line => {
  const dualStack = facts.address.family === 6 && facts.address.address === "::" ? !facts.ipv6Only : undefined
  const worker = Option.getOrUndefined(facts.worker)
  return {
    level: "info",
    words: `listening on ${where} (pid ${process.pid}${
      dualStack === undefined ? "" : dualStack ? ", IPv6 and IPv4 clients" : ", IPv6 clients only"
    }${or(facts.listenFd, (fd) => `, fd ${fd} from socket activation`, "")}${
      worker === undefined ? "" : `, worker ${worker.index} of ${worker.count}`
    })`,
    facts: {
      address: facts.address.address,
      port: facts.address.port,
      family: facts.address.family,
      pid: process.pid,
      ...(dualStack === undefined ? {} : { dualStack }),
      ...(Option.isSome(facts.listenFd) ? { listenFd: facts.listenFd.value } : {}),
      ...(worker === undefined ? {} : { worker: worker.index, workers: worker.count })
    }
  }
}

/** The backlog: as asked and clamped, or, on a socket handed over, as its creator set it. */
const backlogLine = ({ backlog, limits, listenFd }: Facts): Line => ({
  level: "info",
  words: `${
    Option.isSome(listenFd)
      ? `backlog ${backlog.effective} as the socket unit set it (Backlog=, read back with TCP_INFO; `
      : `backlog ${backlog.requested} asked, ${backlog.effective} in effect (`
  }net.core.somaxconn ${known(backlog.somaxconn)}); SYN backlog ${known(limits.tcpMaxSynBacklog)}; a half-open connection is dropped after ${
    or(limits.synAckGiveUp, (d) => `${durationText(d)} of SYN-ACK retries`, "an unknown time")
  }`,
  facts: {
    backlog: backlog.requested,
    backlogEffective: backlog.effective,
    somaxconn: orNull(backlog.somaxconn),
    synBacklog: orNull(limits.tcpMaxSynBacklog),
    synAckGiveUpMs: orNull(Option.map(limits.synAckGiveUp, millis))
  }
})

/** The buffers: as asked and set, or, on a socket handed over, as its creator set them. */
const buffersLine = ({ limits, listener, listenFd }: Facts): Line => ({
  level: "info",
  words: Option.isSome(listenFd)
    ? `buffers as the socket unit set them (ReceiveBuffer=, SendBuffer=): SO_RCVBUF ${
      known(listener.recvBuffer.effective, formatBytes)
    }, SO_SNDBUF ${known(listener.sendBuffer.effective, formatBytes)}`
    : `buffers: ${bufferLine(listener.recvBuffer, "net.core.rmem_max", limits.tcpRmem)}; ${
      bufferLine(listener.sendBuffer, "net.core.wmem_max", limits.tcpWmem)
    }`,
  facts: {
    ...bufferFacts("recvBuffer", listener.recvBuffer, limits.tcpRmem),
    ...bufferFacts("sendBuffer", listener.sendBuffer, limits.tcpWmem)
  }
})

/** With the PROXY protocol on: from which proxies; a warning when from anywhere. */
const proxyLines = (facts: Facts): ReadonlyArray<Line> => {
  if (!facts.proxyProtocol) return []
  const proxyFrom = facts.proxyFrom.map(formatCidr)
  return [{
    level: proxyFrom.length === 0 ? "warning" : "info",
    words: `PROXY protocol (v1, v2) required on every connection, ${
      proxyFrom.length === 0
        ? "from any address: a client that connects directly can claim any address (restrict proxies with proxyFrom)"
        : `from proxies in ${proxyFrom.join(", ")}`
    }`,
    facts: { proxyProtocol: true, proxyFrom }
  }]
}

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
  const where = hostPort(facts.address.address, facts.address.port)
  const allow = facts.allow.map(formatCidr)
  return [
    listening(facts, where),
    ...(isLoopback(facts.address.address) ? [] : [{
      level: "warning" as const,
      words: `${where} is not a loopback address: clients on other hosts can reach this server${
        facts.allow.length === 0 ? " (restrict them with allow)" : ""
      }`,
      facts: { address: facts.address.address, allow }
    }]),
    backlogLine(facts),
    buffersLine(facts),
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
    ...proxyLines(facts),
    socketOptions(facts)
  ]
}

/** The summary, once for the servers sharing a port: by the first worker, or the only server. */
export const log = (facts: Facts) =>
  Option.isSome(facts.worker) && facts.worker.value.index > 1 ? Effect.void : Effect.forEach(
    lines(facts),
    (line) => (line.level === "info" ? Effect.logInfo : Effect.logWarning)(line.words, LogFields.facts(line.facts)),
    { discard: true }
  )
