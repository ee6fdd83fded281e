/**
 * IPv6 end to end on the built CLI: every spelling of an address binds, `::` serves IPv4 clients as
 * their IPv4 address (logs and `--allow`), `--ipv6-only` turns that off, and `probe` reaches `::1`
 * by its long spelling.
 */
import { afterEach, describe, expect, it } from "@effect/vitest"
import * as Crypto from "node:crypto"
import { runCli } from "../cli.js"
import { closeRecords, exchange, killLeftovers, logLines, serveJson, stop } from "../served.js"

afterEach(killLeftovers)

const payload = () => Crypto.randomBytes(3000)

describe("serve on IPv6", () => {
  it("--host ::ffff:127.0.0.1 listens, and its IPv4 client is 127.0.0.1 in the close record", async () => {
    const served = await serveJson(["--host", "::ffff:127.0.0.1"])
    expect(served.stderr()).toContain(`listening on [::ffff:127.0.0.1]:${served.port} (pid`)
    const sent = payload()
    const result = await exchange("127.0.0.1", served.port, sent)
    expect(await stop(served)).toBe(0)
    expect(result.error).toBeUndefined()
    expect(result.received.equals(sent)).toBe(true)
    expect(closeRecords(served).map((record) => record.peer)).toEqual([`127.0.0.1:${result.localPort}`])
  })

  it("--host ::1 serves ::1, and probe reaches it as 0:0:0:0:0:0:0:1", async () => {
    const served = await serveJson(["--host", "::1"])
    const sent = payload()
    const result = await exchange("::1", served.port, sent)
    const probe = runCli(["probe", "--host", "0:0:0:0:0:0:0:1", "--port", String(served.port), "--count", "3", "--json"])
    expect(await stop(served)).toBe(0)
    expect(result.received.equals(sent)).toBe(true)
    expect(probe.code).toBe(0)
    expect(JSON.parse(probe.stdout)).toMatchObject({ ok: true, verified: 3 })
    const peers = closeRecords(served).map((record) => record.peer)
    expect(peers).toContain(`[::1]:${result.localPort}`)
    expect(peers).toHaveLength(2)
  })

  it("--host :: is dual-stack: an IPv4 client is 127.0.0.1, never ::ffff:127.0.0.1", async () => {
    const served = await serveJson(["--host", "::"])
    expect(served.stderr()).toContain("IPv6 and IPv4 clients")
    const [v4, v6] = [payload(), payload()]
    const results = await Promise.all([exchange("127.0.0.1", served.port, v4), exchange("::1", served.port, v6)])
    expect(await stop(served)).toBe(0)
    expect(results[0].received.equals(v4)).toBe(true)
    expect(results[1].received.equals(v6)).toBe(true)
    const peers = closeRecords(served).map((record) => record.peer).sort()
    expect(peers).toEqual([`127.0.0.1:${results[0].localPort}`, `[::1]:${results[1].localPort}`].sort())
    expect(served.stderr()).not.toContain("::ffff:")
  })

  it("--host :: matches IPv4 clients against IPv4 --allow networks", async () => {
    const served = await serveJson(["--host", "::", "--allow", "127.0.0.0/8", "--max-connections-per-ip", "1"])
    const sent = payload()
    const admitted = await exchange("127.0.0.1", served.port, sent)
    const refused = await exchange("::1", served.port, payload())
    expect(await stop(served)).toBe(0)
    expect(admitted.received.equals(sent)).toBe(true)
    expect(refused.received.length).toBe(0)
    expect(closeRecords(served).map((record) => record.peer)).toEqual([`127.0.0.1:${admitted.localPort}`])
    expect(logLines(served).some((line) => /^reset 1 connection\(s\) at accept, from outside --allow 127\.0\.0\.0\/8; clients ::1$/.test(line.msg)))
      .toBe(true)
  })

  it("--ipv6-only: :: serves IPv6 clients and refuses IPv4 ones", async () => {
    const served = await serveJson(["--host", "::", "--ipv6-only"])
    expect(served.stderr()).toContain("IPv6 clients only")
    const sent = payload()
    const v6 = await exchange("::1", served.port, sent)
    const v4 = await exchange("127.0.0.1", served.port, payload())
    expect(await stop(served)).toBe(0)
    expect(v6.received.equals(sent)).toBe(true)
    expect(v4.error).toBe("ECONNREFUSED")
  })
})
