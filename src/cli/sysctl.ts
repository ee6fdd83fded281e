/**
 * `tcp-echo sysctl`: the kernel's TCP limits and what each means for a server, as a table or as
 * one JSON object.
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { known } from "../net.js"
import * as Sysctl from "../kernel/Sysctl.js"
import { failure } from "./Flags.js"
import * as Logging from "./Logging.js"
import { sysctlLayer } from "./Platform.js"

const orNull = <A>(option: Option.Option<A>): A | null => Option.getOrNull(option)

/** The kernel limits as one JSON object; nulls where unknown. */
export const limitsJson = (limits: Sysctl.KernelLimits) => ({
  somaxconn: orNull(limits.somaxconn),
  tcpMaxSynBacklog: orNull(limits.tcpMaxSynBacklog),
  tcpSynackRetries: orNull(limits.tcpSynackRetries),
  synAckGiveUpSeconds: orNull(Option.map(limits.synAckGiveUp, Duration.toSeconds)),
  tcpRmem: orNull(limits.tcpRmem),
  tcpWmem: orNull(limits.tcpWmem),
  rmemMax: orNull(limits.rmemMax),
  wmemMax: orNull(limits.wmemMax),
  recvBufferCap: orNull(Option.map(limits.rmemMax, (max) => 2 * max)),
  sendBufferCap: orNull(Option.map(limits.wmemMax, (max) => 2 * max)),
  openFilesLimit: orNull(limits.openFilesLimit)
})

const range = (r: Sysctl.BufferRange) => `${r.min} ${r.default} ${r.max}`

export const limitsReport = (limits: Sysctl.KernelLimits): string => {
  const row = (key: string, value: string, meaning: string) => `  ${key.padEnd(30)}${value.padEnd(26)}${meaning}`
  return [
    "Kernel TCP limits, and what they mean for a server:",
    row("net.core.somaxconn", known(limits.somaxconn), "accept-queue cap: listen(fd, backlog) is silently clamped to it"),
    row(
      "net.ipv4.tcp_max_syn_backlog",
      known(limits.tcpMaxSynBacklog),
      "SYN-queue cap: half-open handshakes held before SYN cookies"
    ),
    row(
      "net.ipv4.tcp_synack_retries",
      known(limits.tcpSynackRetries),
      `SYN-ACK give-up: a half-open connection is dropped after ${
        known(limits.synAckGiveUp, (d) => `${Duration.toSeconds(d)} s`)
      } of retries`
    ),
    row(
      "net.core.rmem_max",
      known(limits.rmemMax),
      `setsockopt(SO_RCVBUF) cap: the kernel sets at most ${known(limits.rmemMax, (m) => `${2 * m}`)} (2 x)`
    ),
    row(
      "net.core.wmem_max",
      known(limits.wmemMax),
      `setsockopt(SO_SNDBUF) cap: the kernel sets at most ${known(limits.wmemMax, (m) => `${2 * m}`)} (2 x)`
    ),
    row(
      "net.ipv4.tcp_rmem",
      known(limits.tcpRmem, range),
      "receive autotuning min/default/max (caps autotuning, not SO_RCVBUF)"
    ),
    row(
      "net.ipv4.tcp_wmem",
      known(limits.tcpWmem, range),
      "send autotuning min/default/max (caps autotuning, not SO_SNDBUF)"
    ),
    row(
      "RLIMIT_NOFILE (this process)",
      known(limits.openFilesLimit),
      "open-files cap: each connection holds one descriptor (raise with ulimit -n)"
    )
  ].join("\n")
}

export const command = Command.make(
  "sysctl",
  { json: Options.boolean("json").pipe(Options.withDescription("Print one JSON object on stdout, nothing else.")) },
  ({ json }) =>
    Effect.gen(function*() {
      const limits = yield* (yield* Sysctl.Sysctl).limits
      yield* Console.log(json ? JSON.stringify(limitsJson(limits)) : limitsReport(limits))
    }).pipe(Effect.provide(sysctlLayer), Effect.mapError(failure), Effect.provide(Logging.layer("text")))
).pipe(Command.withDescription(
  "Show the kernel's TCP limits (accept and SYN queues, SYN-ACK give-up time, buffer caps) and what they mean. On a host without /proc/sys every value is unknown."
))
