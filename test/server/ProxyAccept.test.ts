/**
 * `serve --proxy-protocol` on the built CLI, with headers written by hand: the client a header names
 * is the peer (in close records, `--allow`, the per-address limit), the header is never echoed, and
 * every bad or slow header ends in `proxy-error`, logged at most once a second.
 */
import { afterEach, describe, expect, it } from "@effect/vitest"
import * as Crypto from "node:crypto"
import { closeRecords, exchange, killLeftovers, type LogLine, logLines, serveJson, stop } from "../served.js"
import { v1, v2 } from "../proxyHeaders.js"
import type { Served } from "../cli.js"

afterEach(killLeftovers)

const proxyErrors = (served: Served): ReadonlyArray<LogLine> =>
  logLines(served).filter((line) => /without a valid PROXY protocol header/.test(line.msg))

/** The connections counted in rate-limited warnings matching `pattern`. */
const counted = (served: Served, pattern: RegExp): number =>
  logLines(served).filter((line) => pattern.test(line.msg)).reduce(
    (sum, line) => sum + Number(/(\d+) connection\(s\)/.exec(line.msg)?.[1] ?? 0),
    0
  )

describe("serve --proxy-protocol: the client the header names", () => {
  it("v1 and v2, header and data in one segment: only the data is echoed, the peer is the header's client", async () => {
    const served = await serveJson(["--proxy-protocol"])
    const [a, b, c] = [Crypto.randomBytes(5000), Crypto.randomBytes(100), Crypto.randomBytes(1)]
    const results = await Promise.all([
      exchange("127.0.0.1", served.port, Buffer.concat([v1({ address: "192.0.2.10", port: 1111 }), a])),
      exchange("127.0.0.1", served.port, Buffer.concat([v2({ client: { address: "2001:db8::7", port: 2222 } }), b])),
      exchange("127.0.0.1", served.port, Buffer.concat([v2({ client: { address: "198.51.100.3", port: 3333 } }), c]))
    ])
    expect(await stop(served)).toBe(0)
    expect(results.map((result) => result.received)).toEqual([a, b, c])
    const records = closeRecords(served)
    const byPeer = new Map(records.map((record) => [record.peer, record]))
    expect([...byPeer.keys()].sort()).toEqual(["192.0.2.10:1111", "198.51.100.3:3333", "[2001:db8::7]:2222"])
    expect(byPeer.get("192.0.2.10:1111")).toMatchObject({ bytesIn: 5000, bytesOut: 5000, via: `127.0.0.1:${results[0].localPort}` })
    expect(byPeer.get("[2001:db8::7]:2222")).toMatchObject({ bytesIn: 100, via: `127.0.0.1:${results[1].localPort}` })
  })

  it("a header in 1-byte segments, then data: served as whole", async () => {
    const served = await serveJson(["--proxy-protocol"])
    const header = v2({ client: { address: "203.0.113.200", port: 4444 } })
    const data = Buffer.from("after the header")
    const segments = [...Array.from(header, (byte) => Buffer.from([byte])), data]
    const result = await exchange("127.0.0.1", served.port, segments, { gapMs: 2 })
    expect(await stop(served)).toBe(0)
    expect(result.received.toString()).toBe("after the header")
    expect(closeRecords(served)).toMatchObject([{ peer: "203.0.113.200:4444", reason: "client-fin" }])
  })

  it("v2 LOCAL and v1 UNKNOWN (health checks) are served as from the connecting address, without via", async () => {
    const served = await serveJson(["--proxy-protocol"])
    const local = await exchange("127.0.0.1", served.port, Buffer.concat([v2({ command: "LOCAL" }), Buffer.from("ok")]))
    const unknown = await exchange("127.0.0.1", served.port, Buffer.concat([v1("UNKNOWN"), Buffer.from("ok too")]))
    expect(await stop(served)).toBe(0)
    expect([local.received.toString(), unknown.received.toString()]).toEqual(["ok", "ok too"])
    const records = closeRecords(served)
    expect(records.map((record) => record.peer).sort()).toEqual(
      [`127.0.0.1:${local.localPort}`, `127.0.0.1:${unknown.localPort}`].sort()
    )
    expect(records.every((record) => record.via === undefined)).toBe(true)
  })

  it("--allow and --max-connections-per-ip apply to the header's client, not the proxy", async () => {
    const served = await serveJson(["--proxy-protocol", "--allow", "10.0.0.0/8", "--max-connections-per-ip", "1"])
    const from = (address: string) => v1({ address, port: 5000 })
    // The first client of 10.1.1.1 stays open while a second one of it arrives.
    const held = exchange("127.0.0.1", served.port, [from("10.1.1.1"), Buffer.from("held")], { end: false, timeoutMs: 1500 })
    await new Promise((ok) => setTimeout(ok, 300))
    const [second, other, outside] = await Promise.all([
      exchange("127.0.0.1", served.port, Buffer.concat([from("10.1.1.1"), Buffer.from("x")])),
      exchange("127.0.0.1", served.port, Buffer.concat([from("10.2.2.2"), Buffer.from("y")])),
      exchange("127.0.0.1", served.port, Buffer.concat([from("192.168.1.1"), Buffer.from("z")]))
    ])
    const first = await held
    expect(await stop(served)).toBe(0)
    expect(first.received.toString()).toBe("held")
    expect(second.received.length).toBe(0)
    expect(other.received.toString()).toBe("y")
    expect(outside.received.length).toBe(0)
    expect(counted(served, /over --max-connections-per-ip 1/)).toBe(1)
    expect(counted(served, /from outside --allow 10\.0\.0\.0\/8/)).toBe(1)
  })

  it("--proxy-from: a connection from any other address is refused, header or not", async () => {
    const served = await serveJson(["--proxy-protocol", "--proxy-from", "127.0.0.2/32"])
    const data = Buffer.concat([v1({ address: "192.0.2.1", port: 1 }), Buffer.from("payload")])
    const direct = await exchange("127.0.0.1", served.port, data)
    const proxy = await exchange("127.0.0.1", served.port, data, { localAddress: "127.0.0.2" })
    expect(await stop(served)).toBe(0)
    expect(served.stderr()).toContain("PROXY protocol (v1, v2) required on every connection, from proxies in 127.0.0.2/32")
    expect(direct.received.length).toBe(0)
    expect(proxy.received.toString()).toBe("payload")
    expect(closeRecords(served)).toMatchObject([{ peer: "192.0.2.1:1", via: `127.0.0.2:${proxy.localPort}` }])
    expect(logLines(served).map((line) => line.msg)).toContain(
      "reset 1 connection(s) at accept, from outside --proxy-from 127.0.0.2/32; clients 127.0.0.1"
    )
  })
})

describe("serve --proxy-protocol: bad headers end in proxy-error", () => {
  it("no header, a malformed one, an oversized one: closed without an echo, never a close record", async () => {
    const served = await serveJson(["--proxy-protocol"])
    const oversized = Buffer.concat([v2().subarray(0, 12), Buffer.from([0x21, 0x11, 0x20, 0x00]), Buffer.alloc(8192)])
    const results = await Promise.all([
      exchange("127.0.0.1", served.port, Buffer.from("hello, no header\r\n")),
      exchange("127.0.0.1", served.port, Buffer.from("PROXY TCP4 1.2.3.4 5.6.7.8 99999 1\r\ndata")),
      exchange("127.0.0.1", served.port, oversized)
    ])
    expect(await stop(served)).toBe(0)
    for (const result of results) expect(result.received.length).toBe(0)
    expect(closeRecords(served)).toEqual([])
    expect(counted(served, /without a valid PROXY protocol header/)).toBe(3)
  })

  it("a header not complete within the read timeout: closed at T, proxy-error", async () => {
    const served = await serveJson(["--proxy-protocol", "--read-timeout", "0.3"])
    const result = await exchange("127.0.0.1", served.port, Buffer.from("PROXY TCP4 1.2.3.4"), { end: false })
    expect(await stop(served)).toBe(0)
    expect(result.received.length).toBe(0)
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(300)
    expect(result.closedAfterMs).toBeLessThan(1500)
    expect(proxyErrors(served).map((line) => line.msg).join("\n")).toMatch(
      /no complete header within the read timeout \(300 ms\)/
    )
  })

  it("a flood of bad headers is logged at most once a second, every one counted", async () => {
    const served = await serveJson(["--proxy-protocol"])
    const started = Date.now()
    await Promise.all(Array.from({ length: 50 }, () => exchange("127.0.0.1", served.port, Buffer.from("x"))))
    const elapsed = Date.now() - started
    expect(await stop(served)).toBe(0)
    expect(proxyErrors(served).length).toBeLessThanOrEqual(2 + Math.floor(elapsed / 1000))
    expect(counted(served, /without a valid PROXY protocol header/)).toBe(50)
  })

  it("SIGTERM while a header is under way: it completes and is served; the server exits 0", async () => {
    const served = await serveJson(["--proxy-protocol", "--shutdown-timeout", "3"])
    const header = v1({ address: "192.0.2.99", port: 9 })
    const pending = exchange("127.0.0.1", served.port, [header.subarray(0, 10), header.subarray(10), Buffer.from("late")], {
      gapMs: 400
    })
    await new Promise((ok) => setTimeout(ok, 200))
    const code = stop(served)
    const result = await pending
    expect(await code).toBe(0)
    expect(result.received.toString()).toBe("late")
    expect(closeRecords(served)).toMatchObject([{ peer: "192.0.2.99:9", reason: "client-fin" }])
  })
})
