/**
 * PROXY protocol headers as HAProxy's specification writes them, built byte by byte for the tests
 * (so the parser is checked against the format, not against itself).
 */
import * as Net from "node:net"

export const v2Signature = Buffer.from([0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a])

/** `PROXY TCP4|TCP6 SRC DST SPORT DPORT\r\n`, or `PROXY UNKNOWN[ rest]\r\n`. */
export const v1 = (
  client: { readonly address: string; readonly port: number } | "UNKNOWN",
  server = { address: "127.0.0.1", port: 9999 }
): Buffer =>
  Buffer.from(
    client === "UNKNOWN"
      ? "PROXY UNKNOWN\r\n"
      : `PROXY TCP${Net.isIPv4(client.address) ? 4 : 6} ${client.address} ${
        Net.isIPv4(client.address) ? server.address : "::1"
      } ${client.port} ${server.port}\r\n`,
    "latin1"
  )

/** An address's bytes in network order: IPv4 from its octets, IPv6 from Node's canonical spelling (`::` expanded, a dotted tail as two words). */
const addressBytes = (address: string): Buffer => {
  if (Net.isIPv4(address)) return Buffer.from(address.split(".").map(Number))
  const canonical = new Net.SocketAddress({ address, family: "ipv6" }).address
  const [head = "", tail] = canonical.split("::")
  const words = (part: string): Array<number> =>
    part === "" ? [] : part.split(":").flatMap((group) =>
      group.includes(".")
        ? [0, 2].map((i) => {
          const octets = group.split(".").map(Number)
          return (octets[i]! << 8) | octets[i + 1]!
        })
        : [parseInt(group, 16)]
    )
  const [left, right] = [words(head), tail === undefined ? [] : words(tail)]
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
  const bytes = Buffer.alloc(16)
  all.forEach((word, i) => bytes.writeUInt16BE(word, 2 * i))
  return bytes
}

export interface V2 {
  readonly command?: "LOCAL" | "PROXY"
  /** Byte 14 as given (family << 4 | transport); by default from the client's address, over TCP. */
  readonly familyByte?: number
  readonly client?: { readonly address: string; readonly port: number }
  /** Extra bytes after the addresses (TLVs). */
  readonly tlvs?: Buffer
}

/** A version 2 header: signature, version 2 and the command, family, length, addresses, TLVs. */
export const v2 = (options: V2 = {}): Buffer => {
  const client = options.client
  const ipv4 = client === undefined || Net.isIPv4(client.address)
  const addresses = client === undefined ? Buffer.alloc(0) : Buffer.concat([
    addressBytes(client.address),
    addressBytes(ipv4 ? "127.0.0.1" : "::1"),
    Buffer.from([client.port >> 8, client.port & 0xff, 0x27, 0x0f])
  ])
  const block = Buffer.concat([addresses, options.tlvs ?? Buffer.alloc(0)])
  const family = options.familyByte ?? (client === undefined ? 0x00 : ipv4 ? 0x11 : 0x21)
  const head = Buffer.from([0x20 | (options.command === "LOCAL" ? 0 : 1), family, block.length >> 8, block.length & 0xff])
  return Buffer.concat([v2Signature, head, block])
}
