/**
 * Value code the server and the client tools share: how an address is written, which addresses are
 * loopback, networks (CIDR), and which socket errors mean the peer went away. Plain functions on
 * strings and numbers, so that either side can import them without pulling in the other.
 */
import * as Option from "effect/Option"
import * as Net from "node:net"

/** `host:port`, with an IPv6 address in brackets (`[::1]:9999`), as URLs and logs write it. */
export const hostPort = (host: string, port: number): string =>
  host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`

/** An optional value as text, `unknown` when absent: kernel readings are missing on some hosts. */
export const known = <A>(option: Option.Option<A>, show: (a: A) => string = String): string =>
  Option.match(option, { onNone: () => "unknown", onSome: show })

/** The errno names of a connection the peer reset or aborted, rather than one that failed on our side. */
export const resetCodes: ReadonlySet<string> = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"])

/**
 * The reset codes plus ETIMEDOUT: on an established connection, the kernel gave up on the peer
 * (retransmissions, keepalive or TCP_USER_TIMEOUT), so the peer is gone as surely as after a reset.
 */
export const peerGoneCodes: ReadonlySet<string> = new Set([...resetCodes, "ETIMEDOUT"])

// BlockList compares the addresses themselves, so every spelling of one matches: `0:0:0:0:0:0:0:1`,
// `::ffff:7f00:1` (IPv4-mapped, hex), upper case, a zone (`::1%lo`).
const loopback = new Net.BlockList()
loopback.addSubnet("127.0.0.0", 8, "ipv4")
loopback.addAddress("::1", "ipv6")

/** Whether an IP address is loopback: 127.0.0.0/8, ::1, or 127.0.0.0/8 mapped into IPv6. False for a name. */
export const isLoopback = (address: string): boolean => {
  const family = Net.isIP(address)
  return family !== 0 && loopback.check(address, family === 4 ? "ipv4" : "ipv6")
}

/**
 * A client's address as a person and an IPv4 rule know it: a dual-stack listener (`::`) sees IPv4
 * clients as IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`, the form Node always gives), which
 * are the IPv4 address itself. Any other address is returned as it is.
 */
export const unmapIpv4 = (address: string): string =>
  address.startsWith("::ffff:") && address.indexOf(".", 7) !== -1 ? address.slice(7) : address

/** A network, as `10.0.0.0/8` or `fd00::/8`. */
export interface Cidr {
  readonly address: string
  readonly prefix: number
  readonly family: 4 | 6
}

export const formatCidr = (cidr: Cidr): string => `${cidr.address}/${cidr.prefix}`

/**
 * Whether an address is in one of `networks` (every address when there are none). BlockList compares
 * the addresses themselves, so any spelling matches, and an IPv4-mapped one matches IPv4 networks.
 */
export const inNetworks = (networks: ReadonlyArray<Cidr>): (address: string) => boolean => {
  if (networks.length === 0) return () => true
  const list = new Net.BlockList()
  for (const cidr of networks) list.addSubnet(cidr.address, cidr.prefix, cidr.family === 4 ? "ipv4" : "ipv6")
  return (address) => list.check(address, Net.isIPv4(address) ? "ipv4" : "ipv6")
}

/** Parses `ADDRESS[/PREFIX]` (a bare address is one host); None when it is not a network. */
export const parseCidr = (text: string): Option.Option<Cidr> => {
  const [address = "", prefixText, ...rest] = text.split("/")
  const family = Net.isIP(address)
  if (rest.length > 0 || (family !== 4 && family !== 6)) return Option.none()
  const max = family === 4 ? 32 : 128
  if (prefixText === undefined) return Option.some({ address, prefix: max, family })
  const prefix = /^\d+$/.test(prefixText) ? Number(prefixText) : NaN
  return prefix >= 0 && prefix <= max ? Option.some({ address, prefix, family }) : Option.none()
}
