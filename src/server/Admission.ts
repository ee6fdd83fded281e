/**
 * Who is served: the allow-list, the per-address and total connection limits, and the watch on the
 * process's descriptor limit. A refused client is closed at accept, counted under its reason, and
 * logged in one rate-limited warning a second, so a flood cannot flood the log.
 */
import * as Effect from "effect/Effect"
import * as Net from "node:net"
import { type Cidr, formatCidr } from "../net.js"
import type { RejectReason } from "./CloseRecord.js"
import * as RateLimitedLog from "./RateLimitedLog.js"

export interface Rules {
  readonly allow: ReadonlyArray<Cidr>
  readonly maxConnections: number
  readonly maxConnectionsPerIp: number
}

export interface Admission {
  /** Whether the rules need the client's address (a getpeername(2) per connection). */
  readonly needsPeer: boolean
  /** Whether the client at `address` is served now; a refused socket is closed and counted. */
  readonly admit: (socket: Net.Socket, address: string) => boolean
  /** A served connection from `address` closed. */
  readonly release: (address: string) => void
  /** After a connection was admitted, with how many are open: warns at the descriptor limit. */
  readonly opened: (active: number) => void
}

/**
 * The admission of `server`'s connections. `count` records each refusal by reason with the client's
 * address where known (reaching the descriptor limit counts as an `fd-limit` refusal), `warn` logs;
 * `fdHeadroom` is how many more descriptors the process may open. Scoped: the warnings' timers stop
 * with the scope, and what they counted is logged.
 */
export const make = (
  server: Net.Server,
  rules: Rules,
  options: {
    readonly count: (reason: RejectReason, address: string | undefined, port: number | undefined) => void
    readonly warn: (message: string) => void
    readonly fdHeadroom: number
    readonly openFilesLimit: number
  }
) =>
  Effect.gen(function*() {
    const warnEverySecond = (message: (count: number) => string) =>
      RateLimitedLog.make(1000, (count) => options.warn(message(count)))
    const overLimit = warnEverySecond((count) =>
      `closed ${count} connection(s) over maxConnections ${rules.maxConnections}`
    )
    const refused = warnEverySecond((count) =>
      `refused ${count} connection(s) from outside allow ${rules.allow.map(formatCidr).join(", ")}`
    )
    const overIpLimit = warnEverySecond((count) =>
      `closed ${count} connection(s) over maxConnectionsPerIp ${rules.maxConnectionsPerIp}`
    )
    const acceptErrors = warnEverySecond((count) => `accept failed ${count} time(s); clients were reset`)
    let openAtLimit = 0
    // At RLIMIT_NOFILE libuv accepts and closes new connections without a word: reaching it is the only sign.
    const fdExhausted = warnEverySecond(() =>
      `at the file descriptor limit (RLIMIT_NOFILE ${options.openFilesLimit}, ${openAtLimit} connections open): new connections are accepted and closed at once until some close`
    )
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => [overLimit, refused, overIpLimit, acceptErrors, fdExhausted].forEach((log) => log.stop()))
    )

    // Node enforces the total limit itself, before the connection reaches us.
    if (rules.maxConnections > 0) server.maxConnections = rules.maxConnections
    server.on("drop", (peer?: Net.DropArgument) => {
      options.count("over-limit", peer?.remoteAddress, peer?.remotePort)
      overLimit.hit()
    })
    server.on("error", () => acceptErrors.hit())

    const allowList = new Net.BlockList()
    for (const cidr of rules.allow) allowList.addSubnet(cidr.address, cidr.prefix, cidr.family === 4 ? "ipv4" : "ipv6")
    const allowed = rules.allow.length === 0
      ? () => true
      : (address: string) => allowList.check(address, Net.isIPv4(address) ? "ipv4" : "ipv6")
    const perIp = new Map<string, number>()
    const perIpLimit = rules.maxConnectionsPerIp

    const refuse = (socket: Net.Socket, reason: RejectReason, log: RateLimitedLog.RateLimitedLog) => {
      // Read before the socket closes, from the address already read for the rules (no syscall).
      const address = socket.remoteAddress
      const port = socket.remotePort
      socket.on("error", () => {})
      socket.destroy()
      options.count(reason, address, port)
      log.hit()
      return false
    }

    const admission: Admission = {
      needsPeer: rules.allow.length > 0 || perIpLimit > 0,
      admit: (socket, address) => {
        if (!allowed(address)) return refuse(socket, "refused", refused)
        if (perIpLimit > 0) {
          const count = perIp.get(address) ?? 0
          if (count >= perIpLimit) return refuse(socket, "over-ip-limit", overIpLimit)
          perIp.set(address, count + 1)
        }
        return true
      },
      release: (address) => {
        if (perIpLimit === 0) return
        const count = perIp.get(address)! - 1
        if (count === 0) perIp.delete(address)
        else perIp.set(address, count)
      },
      opened: (active) => {
        if (active >= options.fdHeadroom) {
          openAtLimit = active
          options.count("fd-limit", undefined, undefined)
          fdExhausted.hit()
        }
      }
    }
    return admission
  })
