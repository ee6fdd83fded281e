/**
 * `tcp-echo sysctl`: the kernel's TCP limits and what each means for a server, as a table or as
 * one JSON object.
 */
import * as Command from "@effect/cli/Command"
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { known } from "../net.js"
import * as Sysctl from "../kernel/Sysctl.js"
import { formatBytes, formatMillis } from "../units.js"
import * as Flags from "./Flags.js"
import type * as Help from "./Help.js"
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
      Option.match(limits.synAckGiveUp, {
        onNone: () => "SYN-ACK give-up: how long a half-open connection is retried before it is dropped",
        onSome: (d) => `SYN-ACK give-up: a half-open connection is dropped after ${formatMillis(Duration.toMillis(d))} of retries`
      })
    ),
    row(
      "net.core.rmem_max",
      known(limits.rmemMax),
      `setsockopt(SO_RCVBUF) cap: the kernel sets at most ${known(limits.rmemMax, (m) => formatBytes(2 * m))} (2 x)`
    ),
    row(
      "net.core.wmem_max",
      known(limits.wmemMax),
      `setsockopt(SO_SNDBUF) cap: the kernel sets at most ${known(limits.wmemMax, (m) => formatBytes(2 * m))} (2 x)`
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

const flags = { json: Flags.toggle("json", "Print one JSON object on stdout, nothing else; null where a value is unknown.") }

export const page: Help.Page = {
  name: "sysctl",
  purpose: "show the kernel's TCP limits and what each means for a server",
  description: [
    "Reads the accept-queue and SYN-queue caps, the SYN-ACK give-up time, the socket buffer caps and autotuning ranges from /proc/sys, and this process's open-files limit, and says what each means for a server. On a host without /proc/sys every value is unknown, and the exit code is still 0."
  ],
  flags: Flags.docsOf(flags),
  examples: [
    ["tcp-echo sysctl", "The limits as a table."],
    ["tcp-echo sysctl --json | jq .somaxconn", "One value, from the JSON object."]
  ]
}

export const command = Command.make("sysctl", Flags.optionsOf(flags), ({ json }) =>
  Effect.gen(function*() {
    const limits = yield* (yield* Sysctl.Sysctl).limits
    yield* Console.log(json ? JSON.stringify(limitsJson(limits)) : limitsReport(limits))
  }).pipe(Effect.provide(sysctlLayer), Effect.mapError(Flags.failure), Effect.provide(Logging.layer("text")))).pipe(
    Command.withDescription(page.purpose)
  )
