/**
 * The PROXY protocol parser alone: every header form the specification defines, every way a valid
 * header can be cut into segments, every truncation, the malformed ones, and random bytes.
 */
import { describe, expect, it } from "@effect/vitest"
import * as FastCheck from "effect/FastCheck"
import * as Crypto from "node:crypto"
import * as Net from "node:net"
import { failed, formatIpv6, HeaderParser, maxV2Length, needMore } from "../../src/server/ProxyProtocol.js"
import { v1, v2, v2Signature } from "../proxyHeaders.js"

interface Outcome {
  /** needMore, failed, or the header's length. */
  readonly result: number
  readonly client: { readonly address: string; readonly port: number } | undefined
  readonly error: string
  /** The bytes after the header, as the segments handed them on. */
  readonly payload: Buffer
  /** How many segments were pushed. */
  readonly pushed: number
}

/** Feeds `segments` to a fresh parser until it completes or fails, as a connection would. */
const feed = (segments: ReadonlyArray<Buffer>): Outcome => {
  const parser = new HeaderParser()
  let consumed = 0
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const at = parser.push(segment)
    expect(at === needMore || at === failed || (at >= 0 && at <= segment.length)).toBe(true)
    if (at === failed) return { result: failed, client: undefined, error: parser.error, payload: Buffer.alloc(0), pushed: i + 1 }
    if (at >= 0) {
      expect(parser.length).toBe(consumed + at)
      const payload = Buffer.concat([segment.subarray(at), ...segments.slice(i + 1)])
      return { result: parser.length, client: parser.client, error: "", payload, pushed: i + 1 }
    }
    consumed += segment.length
  }
  return { result: needMore, client: undefined, error: "", payload: Buffer.alloc(0), pushed: segments.length }
}

const bytesOf = (data: Buffer) => Array.from(data, (byte) => Buffer.from([byte]))

const splitAt = (data: Buffer, ...points: ReadonlyArray<number>): Array<Buffer> =>
  [0, ...points, data.length].slice(1).map((end, i, ends) => data.subarray(i === 0 ? 0 : ends[i - 1]!, end))

const valid: ReadonlyArray<readonly [string, Buffer, { readonly address: string; readonly port: number } | undefined]> = [
  ["v1 TCP4", v1({ address: "192.0.2.7", port: 40000 }), { address: "192.0.2.7", port: 40000 }],
  ["v1 TCP6", v1({ address: "2001:db8::42", port: 1 }), { address: "2001:db8::42", port: 1 }],
  ["v1 TCP6, long spelling, upper case", Buffer.from("PROXY TCP6 2001:DB8:0:0:0:0:0:42 ::1 65535 80\r\n"), {
    address: "2001:db8::42",
    port: 65535
  }],
  ["v1 TCP6 with an IPv4-mapped client", Buffer.from("PROXY TCP6 ::ffff:10.1.2.3 ::1 0 80\r\n"), { address: "10.1.2.3", port: 0 }],
  ["v1 UNKNOWN", v1("UNKNOWN"), undefined],
  ["v1 UNKNOWN with addresses", Buffer.from(`PROXY UNKNOWN ${"f".repeat(4)}${":ffff".repeat(7)} ::1 65535 65535\r\n`), undefined],
  ["v2 PROXY TCP4", v2({ client: { address: "203.0.113.9", port: 51000 } }), { address: "203.0.113.9", port: 51000 }],
  ["v2 PROXY TCP6", v2({ client: { address: "2001:db8:1::5", port: 443 } }), { address: "2001:db8:1::5", port: 443 }],
  ["v2 PROXY TCP6, IPv4-mapped", v2({ client: { address: "::ffff:198.51.100.1", port: 2 } }), { address: "198.51.100.1", port: 2 }],
  ["v2 PROXY TCP4 with TLVs", v2({ client: { address: "10.0.0.1", port: 7 }, tlvs: Buffer.from([0x05, 0, 3, 1, 2, 3]) }), {
    address: "10.0.0.1",
    port: 7
  }],
  ["v2 LOCAL (a health check)", v2({ command: "LOCAL" }), undefined],
  ["v2 LOCAL with addresses, which are ignored", v2({ command: "LOCAL", client: { address: "10.9.9.9", port: 9 } }), undefined],
  ["v2 PROXY UNSPEC", v2({ familyByte: 0x00 }), undefined],
  ["v2 PROXY UDP over IPv4: the connecting address", v2({ familyByte: 0x12, client: { address: "10.0.0.1", port: 7 } }), undefined],
  ["v2 PROXY UNIX stream", Buffer.concat([v2Signature, Buffer.from([0x21, 0x31, 0, 216]), Buffer.alloc(216, 0x61)]), undefined]
]

describe("HeaderParser: valid headers", () => {
  for (const [name, header, client] of valid) {
    const payload = Crypto.randomBytes(40)
    const data = Buffer.concat([header, payload])

    it(`${name}: whole, with the client's bytes in the same segment`, () => {
      const outcome = feed([data])
      expect(outcome).toMatchObject({ result: header.length, client, pushed: 1 })
      expect(outcome.payload.equals(payload)).toBe(true)
    })

    it(`${name}: split in two at every point, and in 1-byte segments`, () => {
      for (let point = 1; point < data.length; point++) {
        const outcome = feed(splitAt(data, point))
        expect(outcome.result).toBe(header.length)
        expect(outcome.client).toEqual(client)
        expect(outcome.payload.equals(payload)).toBe(true)
      }
      const bytewise = feed(bytesOf(data))
      expect(bytewise).toMatchObject({ result: header.length, client, pushed: header.length })
      expect(bytewise.payload.equals(payload)).toBe(true)
    })

    it(`${name}: every truncation waits for more, never completes or fails`, () => {
      for (let length = 0; length < header.length; length++) {
        expect(feed([header.subarray(0, length)]).result).toBe(needMore)
        expect(feed(bytesOf(header.subarray(0, length))).result).toBe(needMore)
      }
    })
  }
})

const malformed: ReadonlyArray<readonly [string, Buffer, RegExp]> = [
  ["an HTTP request", Buffer.from("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), /not a PROXY protocol header/],
  ["TLS's first byte", Buffer.from([0x16, 0x03, 0x01]), /not a PROXY protocol header/],
  ["lower-case proxy", Buffer.from("proxy TCP4 1.2.3.4 1.2.3.4 1 2\r\n"), /not a PROXY protocol header/],
  ["two spaces", Buffer.from("PROXY  TCP4 1.2.3.4 1.2.3.4 1 2\r\n"), /v1: expected TCP4, TCP6 or UNKNOWN/],
  ["TCP5", Buffer.from("PROXY TCP5 1.2.3.4 1.2.3.4 1 2\r\n"), /v1: expected TCP4, TCP6 or UNKNOWN/],
  ["a missing port", Buffer.from("PROXY TCP4 1.2.3.4 1.2.3.4 1\r\n"), /v1: expected TCP4, TCP6 or UNKNOWN and 4 fields/],
  ["a leading zero in an octet", Buffer.from("PROXY TCP4 01.2.3.4 1.2.3.4 1 2\r\n"), /v1: an address that is not TCP4/],
  ["an IPv6 address under TCP4", Buffer.from("PROXY TCP4 ::1 1.2.3.4 1 2\r\n"), /v1: an address that is not TCP4/],
  ["a zone under TCP6", Buffer.from("PROXY TCP6 fe80::1%eth0 ::1 1 2\r\n"), /v1: an address that is not TCP6/],
  ["port 65536", Buffer.from("PROXY TCP4 1.2.3.4 1.2.3.4 65536 2\r\n"), /v1: a port that is not a decimal/],
  ["a leading zero in a port", Buffer.from("PROXY TCP4 1.2.3.4 1.2.3.4 080 2\r\n"), /v1: a port that is not a decimal/],
  ["LF alone", Buffer.from("PROXY TCP4 1.2.3.4 1.2.3.4 1 2\n"), /v1: a control or non-ASCII byte/],
  ["CR without LF", Buffer.from("PROXY TCP4 1.2.3.4 1.2.3.4 1 2\rX"), /v1: CR not followed by LF/],
  ["no CRLF in 107 bytes", Buffer.from(`PROXY UNKNOWN ${"x".repeat(200)}\r\n`), /v1: no CRLF within 107 bytes/],
  ["a CRLF one byte too late", Buffer.from(`PROXY UNKNOWN ${"x".repeat(92)}\r\n`), /v1: no CRLF within 107 bytes/],
  ["v2 version 1", Buffer.concat([v2Signature, Buffer.from([0x11, 0x11, 0, 12]), Buffer.alloc(12)]), /v2: version 1/],
  ["v2 command 2", Buffer.concat([v2Signature, Buffer.from([0x22, 0x11, 0, 12]), Buffer.alloc(12)]), /v2: unknown command 2/],
  ["v2 family 4", Buffer.concat([v2Signature, Buffer.from([0x21, 0x41, 0, 0])]), /v2: unknown address family or protocol/],
  ["v2 transport 3", Buffer.concat([v2Signature, Buffer.from([0x21, 0x13, 0, 0])]), /v2: unknown address family or protocol/],
  ["v2 over 4096 bytes", Buffer.concat([v2Signature, Buffer.from([0x21, 0x11, 0xff, 0xff])]), /v2: a 65551-byte header/],
  ["v2 TCP4 with 11 address bytes", Buffer.concat([v2Signature, Buffer.from([0x21, 0x11, 0, 11]), Buffer.alloc(11)]), /too short/],
  ["v2 TCP6 with 12 address bytes", Buffer.concat([v2Signature, Buffer.from([0x21, 0x21, 0, 12]), Buffer.alloc(12)]), /too short/],
  ["a v2 signature off by one byte", Buffer.concat([v2Signature.subarray(0, 11), Buffer.from([0x0b])]), /not a PROXY/]
]

describe("HeaderParser: malformed headers fail as soon as a byte shows it", () => {
  for (const [name, data, error] of malformed) {
    it(name, () => {
      const whole = feed([data])
      expect(whole.result).toBe(failed)
      expect(whole.error).toMatch(error)
      const bytewise = feed(bytesOf(data))
      expect(bytewise.result).toBe(failed)
      expect(bytewise.error).toBe(whole.error)
    })
  }

  it("a v1 line without CRLF fails at its 107th byte, not later", () => {
    const line = Buffer.from(`PROXY UNKNOWN ${"y".repeat(300)}`)
    expect(feed(bytesOf(line)).pushed).toBe(107)
  })

  it("an oversized v2 header fails at its 16th byte, before any of its body", () => {
    const header = Buffer.concat([v2Signature, Buffer.from([0x21, 0x11, (maxV2Length - 15) >> 8, (maxV2Length - 15) & 0xff])])
    expect(feed(bytesOf(Buffer.concat([header, Buffer.alloc(5000)]))).pushed).toBe(16)
  })

  it("the longest v2 header taken completes", () => {
    const body = maxV2Length - 16
    const header = Buffer.concat([v2Signature, Buffer.from([0x21, 0x11, body >> 8, body & 0xff]), Buffer.alloc(body)])
    expect(feed(splitAt(header, 10, 20, 3000)).result).toBe(maxV2Length)
  })
})

/** Bytes that often look like the start of a header, so that the fuzzing gets past the first byte. */
const headerish = FastCheck.oneof(
  FastCheck.uint8Array({ maxLength: 300 }),
  FastCheck.tuple(FastCheck.constantFrom(...valid.map(([, header]) => header)), FastCheck.nat(), FastCheck.nat(255)).map(
    ([header, at, byte]) => {
      const mutated = Buffer.from(header)
      mutated[at % mutated.length] = byte
      return new Uint8Array(mutated)
    }
  ),
  FastCheck.tuple(FastCheck.constantFrom(Buffer.from("PROXY "), v2Signature), FastCheck.uint8Array({ maxLength: 200 })).map(
    ([start, rest]) => new Uint8Array(Buffer.concat([start, rest]))
  )
)

describe("HeaderParser: fuzzed", () => {
  it("random bytes in random segments: no throw, and the same answer however they are cut", () => {
    FastCheck.assert(
      FastCheck.property(headerish, FastCheck.array(FastCheck.integer({ min: 1, max: 64 }), { maxLength: 20 }), (bytes, cuts) => {
        const data = Buffer.from(bytes)
        const segments: Array<Buffer> = []
        for (let at = 0, i = 0; at < data.length; i++) {
          const size = cuts.length === 0 ? data.length : cuts[i % cuts.length]!
          segments.push(data.subarray(at, at + size))
          at += size
        }
        const whole = feed([data])
        for (const outcome of [feed(segments), feed(bytesOf(data))]) {
          expect(outcome.result).toBe(whole.result)
          expect(outcome.client).toEqual(whole.client)
          expect(outcome.error).toBe(whole.error)
          expect(outcome.payload.equals(whole.payload)).toBe(true)
        }
        if (whole.client !== undefined) {
          expect(Net.isIP(whole.client.address)).not.toBe(0)
          expect(whole.client.port).toBeLessThanOrEqual(65535)
        }
      }),
      { numRuns: 3000 }
    )
  })

  it("formatIpv6 writes every address as Node does", () => {
    const word = FastCheck.oneof(FastCheck.constant(0), FastCheck.constant(0xffff), FastCheck.integer({ min: 0, max: 0xffff }))
    FastCheck.assert(
      FastCheck.property(FastCheck.array(word, { minLength: 8, maxLength: 8 }), (words) => {
        const bytes = Buffer.alloc(16)
        words.forEach((w, i) => bytes.writeUInt16BE(w, 2 * i))
        const long = words.map((w) => w.toString(16)).join(":")
        expect(formatIpv6(bytes, 0)).toBe(new Net.SocketAddress({ address: long, family: "ipv6" }).address)
      }),
      { numRuns: 5000 }
    )
  })
})
