/**
 * The PROXY protocol header (HAProxy's specification, versions 1 and 2) that a load balancer puts
 * before a client's bytes to say who the client is. An incremental parser: it takes the segments
 * as they arrive, however split, and says where the client's own bytes start.
 *
 * Allocation-light: a header that arrives whole (the rule: senders send it at once, and it fits in
 * the first segment) is read in place; only a header split across segments is copied, into one
 * buffer of the size it needs. A byte that cannot start or continue a header fails at once, so a
 * client that does not speak the protocol is told without waiting for a timeout.
 */
import * as Net from "node:net"
import { unmapIpv4 } from "../net.js"
import type { Peer } from "./CloseRecord.js"

/** `push`'s answer while the header is incomplete. */
export const needMore = -1
/** `push`'s answer once the bytes cannot be a valid header (`error` says why). */
export const failed = -2

/** The longest version 1 line, CRLF included (`PROXY UNKNOWN` with two full IPv6 addresses). */
export const maxV1Length = 107
/**
 * The longest version 2 header taken: the 16-byte start and 4080 bytes of addresses and TLVs.
 * The format allows 64 KiB; what HAProxy sends (addresses, unique id, SNI, TLS fields) fits.
 */
export const maxV2Length = 4096

const v1Signature = Buffer.from("PROXY ", "latin1")
const v2Signature = Buffer.from([0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a])
const CR = 0x0d
const LF = 0x0a

/** Whether the first `n` bytes of `buffer` match the start of `signature`. */
const matchesSignature = (buffer: Buffer, n: number, signature: Buffer): boolean => {
  for (let i = 0; i < n && i < signature.length; i++) if (buffer[i] !== signature[i]) return false
  return true
}

const portPattern = /^(0|[1-9]\d{0,4})$/

/** A decimal port without leading zeros, as version 1 writes it; -1 when it is none. */
const port = (text: string): number => {
  if (!portPattern.test(text)) return -1
  const value = Number(text)
  return value <= 65535 ? value : -1
}

/**
 * The most bytes a header can take, as far as its first `n` bytes tell: version 1's longest line,
 * or version 2's 16-byte start until its length field is in, then its whole length (capped, so an
 * oversized header is refused without a buffer of its size).
 */
const capacity = (start: Buffer, n: number): number => {
  if (start[0] !== CR) return maxV1Length
  return n < 16 ? 16 : Math.min(16 + start.readUInt16BE(14), maxV2Length)
}

/**
 * An IPv6 address (16 bytes at `at`) as text, the way Node writes a peer's address (libuv's
 * `inet_ntop`): RFC 5952's compression, and a dotted tail for IPv4-mapped and IPv4-compatible
 * addresses, so that a client has one spelling whether it comes directly or through a proxy.
 */
export const formatIpv6 = (buffer: Buffer, at: number): string => {
  const groups: Array<number> = []
  for (let i = 0; i < 8; i++) groups.push(buffer.readUInt16BE(at + 2 * i))
  let [bestStart, bestLength] = [-1, 1]
  for (let i = 0; i < 8;) {
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i]
    i = j === i ? i + 1 : j
  }
  const hex = (from: number, to: number) => groups.slice(from, to).map((group) => group.toString(16)).join(":")
  if (bestStart === 0 && (bestLength === 6 || (bestLength === 5 && groups[5] === 0xffff))) {
    const prefix = bestLength === 6 ? "::" : "::ffff:"
    return `${prefix}${buffer[at + 12]}.${buffer[at + 13]}.${buffer[at + 14]}.${buffer[at + 15]}`
  }
  return bestStart === -1 ? hex(0, 8) : `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`
}

/**
 * One connection's header, fed with `push` until it answers with where the client's bytes start.
 * Then `client` is the client the header names (IPv4-mapped addresses as IPv4), or undefined when
 * the header names none (v2 `LOCAL`, v1 `UNKNOWN`, a family other than TCP over IPv4 or IPv6): the
 * connecting address is the peer.
 */
export class HeaderParser {
  client: Peer | undefined = undefined
  /** Why the bytes are no valid header, once `push` answered `failed`. */
  error = ""
  /** The header's length in bytes, once complete. */
  length = 0
  /** The header's bytes so far, when it came split. */
  private pending: Buffer | undefined = undefined
  private pendingLength = 0

  /**
   * Takes the next segment. Returns where the client's bytes start in it (0 to its length) once the
   * header is complete, `needMore` until then, or `failed` (then `error` says why).
   */
  push(chunk: Buffer): number {
    if (chunk.length === 0) return needMore
    if (this.pending === undefined) {
      const result = this.parse(chunk, chunk.length)
      if (result === needMore) {
        // All of it is header so far: kept in a buffer as large as the header can be, as far as it tells.
        this.pending = Buffer.allocUnsafe(capacity(chunk, chunk.length))
        this.pendingLength = chunk.copy(this.pending)
      }
      return result
    }
    const before = this.pendingLength
    let taken = this.keep(chunk, 0)
    let result = this.parse(this.pending, this.pendingLength)
    // Once a version 2 header's first 16 bytes are in, its length is known and the buffer grows to it.
    if (result === needMore && taken < chunk.length) {
      taken = this.keep(chunk, taken)
      result = this.parse(this.pending, this.pendingLength)
    }
    return result >= 0 ? result - before : result
  }

  /** Appends from `chunk[from]` as much as the header can still need; returns where it stopped. */
  private keep(chunk: Buffer, from: number): number {
    let pending = this.pending!
    const room = capacity(pending, this.pendingLength)
    if (pending.length < room) {
      pending = this.pending = Buffer.concat([pending.subarray(0, this.pendingLength)], room)
    }
    const end = Math.min(chunk.length, from + room - this.pendingLength)
    this.pendingLength += chunk.copy(pending, this.pendingLength, from, end)
    return end
  }

  private fail(error: string): number {
    this.error = error
    return failed
  }

  /** Reads the first `n` bytes of `buffer`: the header's length once complete, or needMore, or failed. */
  private parse(buffer: Buffer, n: number): number {
    if (n === 0) return needMore
    if (buffer[0] === v1Signature[0]) return this.parseV1(buffer, n)
    if (buffer[0] === v2Signature[0]) return this.parseV2(buffer, n)
    return this.fail("not a PROXY protocol header")
  }

  private parseV1(buffer: Buffer, n: number): number {
    if (!matchesSignature(buffer, n, v1Signature)) return this.fail("not a PROXY protocol header")
    const end = Math.min(n, maxV1Length)
    for (let i = v1Signature.length; i < end; i++) {
      const byte = buffer[i]!
      if (byte === CR) {
        if (i + 1 === maxV1Length) return this.fail("v1: no CRLF within 107 bytes")
        if (i + 1 === n) return needMore
        return buffer[i + 1] === LF ? this.decodeV1(buffer.toString("latin1", v1Signature.length, i), i + 2) : this.fail(
          "v1: CR not followed by LF"
        )
      }
      if (byte < 0x20 || byte > 0x7e) return this.fail("v1: a control or non-ASCII byte in the line")
    }
    return n >= maxV1Length ? this.fail("v1: no CRLF within 107 bytes") : needMore
  }

  private decodeV1(line: string, length: number): number {
    const fields = line.split(" ")
    if (fields[0] === "UNKNOWN") return this.complete(undefined, length)
    const [protocol, source = "", destination = "", sourcePort = "", destinationPort = ""] = fields
    if (fields.length !== 5 || (protocol !== "TCP4" && protocol !== "TCP6")) {
      return this.fail("v1: expected TCP4, TCP6 or UNKNOWN and 4 fields")
    }
    const family = protocol === "TCP4" ? 4 : 6
    const valid = (address: string) => Net.isIP(address) === family && !address.includes("%")
    if (!valid(source) || !valid(destination)) return this.fail(`v1: an address that is not ${protocol}`)
    const [from, to] = [port(sourcePort), port(destinationPort)]
    if (from < 0 || to < 0) return this.fail("v1: a port that is not a decimal from 0 to 65535")
    const address = family === 4 ? source : new Net.SocketAddress({ address: source, family: "ipv6" }).address
    return this.complete({ address: unmapIpv4(address), port: from }, length)
  }

  private parseV2(buffer: Buffer, n: number): number {
    if (!matchesSignature(buffer, n, v2Signature)) return this.fail("not a PROXY protocol header")
    if (n < 13) return needMore
    const version = buffer[12]! >> 4
    const command = buffer[12]! & 0x0f
    if (version !== 2) return this.fail(`v2: version ${version}, expected 2`)
    if (command > 1) return this.fail(`v2: unknown command ${command}`)
    if (n < 14) return needMore
    const family = buffer[13]! >> 4
    const transport = buffer[13]! & 0x0f
    if (family > 3 || transport > 2) return this.fail(`v2: unknown address family or protocol 0x${buffer[13]!.toString(16)}`)
    if (n < 16) return needMore
    const length = 16 + buffer.readUInt16BE(14)
    if (length > maxV2Length) return this.fail(`v2: a ${length}-byte header, over the ${maxV2Length} taken`)
    // PROXY over TCP names the client; LOCAL (health checks) and the rest fall back to the connecting address.
    const names = command === 1 && transport === 1 && (family === 1 || family === 2)
    if (names && length < 16 + (family === 1 ? 12 : 36)) return this.fail("v2: address block too short for its family")
    if (n < length) return needMore
    if (!names) return this.complete(undefined, length)
    const address = family === 1
      ? `${buffer[16]}.${buffer[17]}.${buffer[18]}.${buffer[19]}`
      : unmapIpv4(formatIpv6(buffer, 16))
    return this.complete({ address, port: buffer.readUInt16BE(family === 1 ? 24 : 48) }, length)
  }

  private complete(client: Peer | undefined, length: number): number {
    this.client = client
    this.length = length
    this.pending = undefined
    return length
  }
}
