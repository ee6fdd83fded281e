/**
 * The client's address, read at accept when something needs it (a log line, `--allow`, the per-address
 * limit). Node's `remoteAddress` is a `getpeername(2)`, and it fails once the client has reset the
 * connection; a client that resets right after connecting can do so before the server even accepts
 * it, and would be logged as `unknown:0`. `SO_PEERNAME` still answers then, so it is asked in that
 * case only (one more system call, on a connection that is already gone).
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Net from "node:net"
import * as Descriptor from "../kernel/Descriptor.js"
import type * as SocketOptions from "../kernel/SocketOptions.js"
import { unmapIpv4 } from "../net.js"
import type { Peer } from "./CloseRecord.js"

const unknown: Peer = { address: "unknown", port: 0 }

/**
 * Reads an accepted socket's peer; `unknown:0` only where neither call can tell. An IPv4 client of
 * a dual-stack listener is its IPv4 address (`127.0.0.1`, not `::ffff:127.0.0.1`).
 */
export const reader = (options: Context.Tag.Service<SocketOptions.SocketOptions>) => (socket: Net.Socket): Peer => {
  const address = socket.remoteAddress
  if (address !== undefined) return { address: unmapIpv4(address), port: socket.remotePort ?? 0 }
  return Option.match(Descriptor.fdOf(socket), {
    onNone: () => unknown,
    onSome: (fd) =>
      Effect.runSync(options.peerName(fd).pipe(
        Effect.map((peer) => ({ ...peer, address: unmapIpv4(peer.address) })),
        Effect.orElseSucceed(() => unknown)
      ))
  })
}
