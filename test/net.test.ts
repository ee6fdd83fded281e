import { describe, expect, it } from "@effect/vitest"
import * as Option from "effect/Option"
import * as Net from "../src/net.js"

describe("hostPort", () => {
  it("brackets IPv6 addresses only", () => {
    expect(Net.hostPort("127.0.0.1", 9999)).toBe("127.0.0.1:9999")
    expect(Net.hostPort("localhost", 80)).toBe("localhost:80")
    expect(Net.hostPort("::1", 9999)).toBe("[::1]:9999")
    expect(Net.hostPort("::ffff:127.0.0.1", 1)).toBe("[::ffff:127.0.0.1]:1")
  })
})

describe("unmapIpv4", () => {
  it("an IPv4-mapped address is its IPv4 address; anything else is left as it is", () => {
    expect(Net.unmapIpv4("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(Net.unmapIpv4("::ffff:10.1.2.3")).toBe("10.1.2.3")
    expect(Net.unmapIpv4("::1")).toBe("::1")
    expect(Net.unmapIpv4("::ffff:7f00:1")).toBe("::ffff:7f00:1")
    expect(Net.unmapIpv4("127.0.0.1")).toBe("127.0.0.1")
    expect(Net.unmapIpv4("fe80::ffff:1.2.3.4")).toBe("fe80::ffff:1.2.3.4")
  })
})

describe("inNetworks", () => {
  it("matches any spelling of an address, IPv4-mapped ones against IPv4 networks; none means everyone", () => {
    const within = Net.inNetworks([Option.getOrThrow(Net.parseCidr("10.0.0.0/8")), Option.getOrThrow(Net.parseCidr("::1"))])
    expect(["10.1.2.3", "::ffff:10.1.2.3", "0:0:0:0:0:0:0:1", "::1"].map(within)).toEqual([true, true, true, true])
    expect(["11.0.0.1", "::2", "unknown", ""].map(within)).toEqual([false, false, false, false])
    expect(Net.inNetworks([])("192.0.2.1")).toBe(true)
  })
})

describe("known", () => {
  it("shows a value, or unknown", () => {
    expect(Net.known(Option.some(4096))).toBe("4096")
    expect(Net.known(Option.some(2), (n) => `${2 * n} B`)).toBe("4 B")
    expect(Net.known(Option.none())).toBe("unknown")
  })
})

describe("reset codes", () => {
  it("a reset is a peer gone; a timeout is a peer gone, not a reset", () => {
    for (const code of ["ECONNRESET", "EPIPE", "ECONNABORTED"]) {
      expect(Net.resetCodes.has(code)).toBe(true)
      expect(Net.peerGoneCodes.has(code)).toBe(true)
    }
    expect(Net.resetCodes.has("ETIMEDOUT")).toBe(false)
    expect(Net.peerGoneCodes.has("ETIMEDOUT")).toBe(true)
    expect(Net.peerGoneCodes.has("ECONNREFUSED")).toBe(false)
  })
})

describe("isLoopback", () => {
  const loopback = [
    "127.0.0.1",
    "127.255.255.254",
    "::1",
    "0:0:0:0:0:0:0:1",
    "0::1",
    "::ffff:127.0.0.1",
    "::FFFF:127.1.2.3",
    "::ffff:7f00:1",
    "0:0:0:0:0:ffff:7f00:1"
  ]
  const other = ["10.0.0.1", "128.0.0.1", "0.0.0.0", "::", "::2", "::ffff:10.0.0.1", "fe80::1", "localhost", "127.1", ""]
  for (const address of loopback) {
    it(`${JSON.stringify(address)} is loopback`, () => expect(Net.isLoopback(address)).toBe(true))
  }
  for (const address of other) {
    it(`${JSON.stringify(address)} is not`, () => expect(Net.isLoopback(address)).toBe(false))
  }
})

describe("CIDR", () => {
  it("parses networks and bare addresses, and formats them back", () => {
    expect(Net.parseCidr("10.0.0.0/8")).toEqual(Option.some({ address: "10.0.0.0", prefix: 8, family: 4 }))
    expect(Net.parseCidr("::1")).toEqual(Option.some({ address: "::1", prefix: 128, family: 6 }))
    expect(Net.parseCidr("127.0.0.1")).toEqual(Option.some({ address: "127.0.0.1", prefix: 32, family: 4 }))
    expect(Net.parseCidr("fd00::/0")).toEqual(Option.some({ address: "fd00::", prefix: 0, family: 6 }))
    for (const text of ["10.0.0.0/8", "fd00::/8", "0.0.0.0/0"]) {
      expect(Option.map(Net.parseCidr(text), Net.formatCidr)).toEqual(Option.some(text))
    }
  })

  it("refuses what is not a network", () => {
    const bad = ["", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/-1", "10.0.0.0/1e1", "10.0.0/8", "x/8"]
    for (const text of bad) expect(Net.parseCidr(text)).toEqual(Option.none())
  })
})
