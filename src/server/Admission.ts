/**
 * Who is served: the allow-list, the per-address and total connection limits, and the watch on the
 * process's descriptor limit. A refused client is reset at accept (RST, so that it reads ECONNRESET
 * and never takes a refusal for an empty echo), counted under its reason, and logged in one
 * rate-limited warning a second that names a few of the clients, so a flood cannot flood the log.
 *
 * The total limit is kept here rather than by Node's `server.maxConnections`, which closes the
 * connections over it with FIN.
 */
import * as Effect from "effect/Effect"
import * as Net from "node:net"
import { type Cidr, formatCidr, inNetworks } from "../net.js"
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
  /**
   * Whether the client at `address` ("" when it was not read) is served now; a refused socket is
   * reset and counted. Every admitted connection must be `release`d when it closes.
   */
  readonly admit: (socket: Net.Socket, address: string) => boolean
  /** A served connection from `address` (as given to `admit`) closed. */
  readonly release: (address: string) => void
  /** After a connection was admitted, with how many are open: warns at the descriptor limit. */
  readonly opened: (active: number) => void
}

/** A warning line: its words, and its facts as fields for a JSON log. */
export type Warn = (message: string, fields: Readonly<Record<string, unknown>>) => void

/** A warning a second for refusals under `reason`, by the rule `rule` (`allow 10.0.0.0/8`). */
export const refusalLog = (warn: Warn, reason: RejectReason, rule: string): RateLimitedLog.RateLimitedLog =>
  RateLimitedLog.make(1000, (tally) =>
    warn(
      `reset ${tally.count} connection(s) at accept, ${reason === "refused" ? "from outside" : "over"} ${rule}${
        RateLimitedLog.clientsText(tally)
      }`,
      { reason, count: tally.count, clients: tally.clients }
    ))

/**
 * The admission of `server`'s connections. `count` records each refusal by reason, `warn` logs;
 * `fdHeadroom` is how many connections fit under the descriptor limit, as measured once the
 * listener is open (Infinity until then). Scoped: the warnings' timers stop with the scope, and
 * what they counted is logged.
 */
export const make = (
  server: Net.Server,
  rules: Rules,
  options: {
    readonly count: (reason: RejectReason, address: string | undefined, port: number | undefined) => void
    readonly warn: Warn
    readonly fdHeadroom: () => number
    readonly openFilesLimit: number
  }
) =>
  Effect.gen(function*() {
    const refusals = (reason: RejectReason, rule: string) => refusalLog(options.warn, reason, rule)
    const overLimit = refusals("over-limit", `maxConnections ${rules.maxConnections}`)
    const refused = refusals("refused", `allow ${rules.allow.map(formatCidr).join(", ")}`)
    const overIpLimit = refusals("over-ip-limit", `maxConnectionsPerIp ${rules.maxConnectionsPerIp}`)
    const acceptErrors = RateLimitedLog.make(1000, ({ count }) =>
      options.warn(`accept failed ${count} time(s); clients were reset`, { count }))
    let openAtLimit = 0
    // At RLIMIT_NOFILE libuv accepts and closes new connections without a word: reaching it is the only sign.
    const fdExhausted = RateLimitedLog.make(1000, () =>
      options.warn(
        `at the file descriptor limit (RLIMIT_NOFILE ${options.openFilesLimit}, ${openAtLimit} connections open): new connections are accepted and closed at once until some close`,
        { openFilesLimit: options.openFilesLimit, open: openAtLimit }
      ))
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => [overLimit, refused, overIpLimit, acceptErrors, fdExhausted].forEach((log) => log.stop()))
    )
    // Before the server listens, an error is listen's own (address in use, ...), which the listener
    // reports; from then on, only a failed accept.
    server.on("error", () => {
      if (server.listening) acceptErrors.hit()
    })

    const allowed = inNetworks(rules.allow)
    const perIp = new Map<string, number>()
    const perIpLimit = rules.maxConnectionsPerIp
    const limit = rules.maxConnections
    let served = 0

    const refuse = (socket: Net.Socket, address: string, reason: RejectReason, log: RateLimitedLog.RateLimitedLog) => {
      // The reset itself can fail with the peer already gone; the refusal is counted and logged below.
      socket.on("error", () => {})
      // The address is read only now when the rules did not need it: a cost of refusals alone.
      log.hit(address === "" ? socket.remoteAddress ?? "unknown" : address)
      const port = socket.remotePort
      socket.resetAndDestroy()
      options.count(reason, address === "" ? socket.remoteAddress : address, port)
      return false
    }

    const admission: Admission = {
      needsPeer: rules.allow.length > 0 || perIpLimit > 0,
      admit: (socket, address) => {
        if (!allowed(address)) return refuse(socket, address, "refused", refused)
        if (limit > 0 && served >= limit) return refuse(socket, address, "over-limit", overLimit)
        if (perIpLimit > 0) {
          const count = perIp.get(address) ?? 0
          if (count >= perIpLimit) return refuse(socket, address, "over-ip-limit", overIpLimit)
          perIp.set(address, count + 1)
        }
        served++
        return true
      },
      release: (address) => {
        served--
        if (perIpLimit === 0) return
        const count = perIp.get(address)! - 1
        if (count === 0) perIp.delete(address)
        else perIp.set(address, count)
      },
      opened: (active) => {
        if (active >= options.fdHeadroom()) {
          openAtLimit = active
          options.count("fd-limit", undefined, undefined)
          fdExhausted.hit()
        }
      }
    }
    return admission
  })
