/**
 * The faults of one server at run time: what new connections get (changeable while the server runs,
 * through `Handle`, which `GET/PUT/DELETE /faults` map onto), the draw at accept, and the counts.
 *
 * The draw is plain code in the accept path, and with no faults it is one property read: the
 * connections then are plain `Connection`s and the per-chunk path is untouched.
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Net from "node:net"
import * as Descriptor from "../../kernel/Descriptor.js"
import * as SocketOptions from "../../kernel/SocketOptions.js"
import type { Peer } from "../CloseRecord.js"
import { Connection, type Options, type Origin } from "../Connection.js"
import type { Name } from "./Fault.js"
import * as Faults from "./Faults.js"
import { FaultyConnection, type PeerState } from "./FaultyConnection.js"

export interface Stats {
  /** Connections accepted while faults were on that drew them. */
  readonly faulted: number
  /** Connections accepted while faults were on that did not draw them (`probability` below 1). */
  readonly spared: number
  /** Faulted connections by fault. */
  readonly byFault: { readonly [K in Name]: number }
}

export interface Handle {
  /** The faults new connections get; connections already open keep what they drew. */
  readonly get: Effect.Effect<Faults.Faults>
  /** Replaces them for new connections; a value out of range fails, and changes nothing. */
  readonly set: (faults: Faults.Faults) => Effect.Effect<void, Faults.InvalidFaults>
  /** No faults for new connections (what `DELETE /faults` does). */
  readonly reset: Effect.Effect<void>
  readonly stats: Effect.Effect<Stats>
}

/** `tcpi_state` values (include/net/tcp_states.h). */
const TCP_ESTABLISHED = 1
const TCP_CLOSE = 7
const TCP_CLOSE_WAIT = 8

/** The kernel's view of a socket's peer, for stalled connections, which do not read. */
const peerStateOf = (options: SocketOptions.SocketOptions["Type"]) => (socket: Net.Socket): PeerState =>
  Option.match(Descriptor.fdOf(socket), {
    onNone: () => "unknown",
    onSome: (fd) =>
      Either.match(Effect.runSync(Effect.either(options.tcpState(fd))), {
        onLeft: () => "unknown",
        onRight: (state) =>
          state === TCP_ESTABLISHED ? "open" : state === TCP_CLOSE_WAIT ? "fin" : state === TCP_CLOSE ? "reset" : "unknown"
      })
  })

const noCounts = (): { -readonly [K in Name]: number } => ({
  latency: 0,
  bandwidth: 0,
  slice: 0,
  "close-after": 0,
  "reset-after": 0,
  "stall-after": 0
})

export const make = (initial: Faults.Faults = Faults.none) =>
  Effect.gen(function*() {
    const peerState = peerStateOf(yield* SocketOptions.SocketOptions)
    let current = initial
    let plan = Faults.plan(initial)
    let faulted = 0
    let spared = 0
    const byFault = noCounts()
    const change = (faults: Faults.Faults) =>
      Effect.suspend(() => {
        current = faults
        plan = Faults.plan(faults)
        return Effect.logInfo(`faults for new connections: ${Faults.describe(faults)}${share(faults)}`)
      })
    const handle: Handle = {
      get: Effect.sync(() => current),
      set: (faults) => Effect.flatMap(Faults.validate(faults), change),
      reset: change(Faults.none),
      stats: Effect.sync(() => ({ faulted, spared, byFault: { ...byFault } }))
    }
    return {
      handle,
      /** True while new connections may draw faults: the accept path asks only this when they are off. */
      get active() {
        return plan !== undefined
      },
      /** Accepts with the faults drawn: a `FaultyConnection` or, for one spared, a plain one. */
      connection: (id: number, socket: Net.Socket, options: Options, peer: Peer | undefined, origin?: Origin): Connection => {
        const drawn = plan
        if (drawn === undefined) return new Connection(id, socket, options, peer, origin)
        if (Math.random() >= current.probability) {
          spared++
          const faults = { applied: false, description: drawn.description }
          return new Connection(id, socket, {
            ...options,
            onClose: (connection, summary) => options.onClose(connection, { ...summary, faults })
          }, peer, origin)
        }
        faulted++
        for (const name of drawn.names) byFault[name]++
        return new FaultyConnection(id, socket, options, drawn, peerState, peer, origin)
      },
      /** The start-up line, when faults are on. */
      report: plan === undefined
        ? Effect.void
        : Effect.logInfo(`faults: ${Faults.describe(initial)}${share(initial)}`)
    }
  })

const share = (faults: Faults.Faults): string =>
  !Faults.isActive(faults) ? "" : faults.probability === 1 ? " on every connection" : ` on ${
    Math.round(faults.probability * 1000) / 10
  }% of connections`
