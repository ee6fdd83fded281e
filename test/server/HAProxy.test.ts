/**
 * tcp-echo behind a real HAProxy (`send-proxy`, `send-proxy-v2`), its health checks sending the
 * header too (`check check-send-proxy`, a tcp-check that expects the echo to start with what it
 * sent): every byte passes, and tcp-echo sees the real client, for its records and for `--allow`.
 * Skipped, with the reason printed, where haproxy is not installed (Debian package `haproxy`).
 */
import { afterEach, describe, expect, it } from "@effect/vitest"
import * as Crypto from "node:crypto"
import type { TestContext } from "vitest"
import type { Served } from "../cli.js"
import { freePort, type HAProxy, haproxyMissing, startHaproxy } from "../haproxy.js"
import { closeRecords, exchange, killLeftovers, logLines, serveJson, stop, waitFor } from "../served.js"

afterEach(killLeftovers)

const missing = haproxyMissing()

const needHaproxy = (ctx: TestContext) => {
  if (missing === undefined) return
  console.log(`skipped "${ctx.task.name}": ${missing}`)
  ctx.skip(missing)
}

/**
 * A frontend on a free port and its backend to tcp-echo (`server` holds the server line's options);
 * with `checks`, a tcp-check that sends PING and expects the echo to be exactly that.
 */
const proxied = async (name: string, echoPort: number, server: string, checks: boolean) => {
  const port = await freePort()
  const config = [
    `frontend ${name}`,
    `  bind 127.0.0.1:${port}`,
    `  default_backend ${name}`,
    `backend ${name}`,
    ...(checks ? ["  option tcp-check", "  tcp-check send PING\\r\\n", "  tcp-check expect rstring ^PING\\r\\n$"] : []),
    `  server echo 127.0.0.1:${echoPort} ${server}`
  ].join("\n")
  return { config, port }
}

/** Whether HAProxy sees both servers UP with their last check passed (L7OK), within 5 s. */
const healthy = async (haproxy: HAProxy): Promise<boolean> => {
  for (let i = 0; i < 50; i++) {
    const servers = (await haproxy.stat()).filter((row) => row.svname === "echo")
    if (servers.length === 2 && servers.every((row) => row.status === "UP" && row.check_status === "L7OK")) return true
    await new Promise((ok) => setTimeout(ok, 100))
  }
  return false
}

const proxyErrorCount = (served: Served) =>
  logLines(served).filter((line) => /proxy-error/.test(line.msg)).length

describe("behind HAProxy", () => {
  it("send-proxy and send-proxy-v2 with health checks: checks pass, every byte passes, the peer is the real client", async (ctx) => {
    needHaproxy(ctx)
    const served = await serveJson(["--proxy-protocol", "--proxy-from", "127.0.0.1/32"])
    const check = "check check-send-proxy inter 200 rise 1 fall 1"
    const v1 = await proxied("v1", served.port, `send-proxy ${check}`, true)
    const v2 = await proxied("v2", served.port, `send-proxy-v2 ${check}`, true)
    const haproxy = await startHaproxy(`${v1.config}\n${v2.config}`)
    try {
      const servers = async () =>
        JSON.stringify((await haproxy.stat()).filter((row) => row.svname === "echo").map((row) => [row.status, row.last_chk]))
      expect(await healthy(haproxy), `health checks did not pass: ${await servers()}`).toBe(true)
      const [a, b] = [Crypto.randomBytes(1 << 20), Crypto.randomBytes(1 << 20)]
      const [viaV1, viaV2] = await Promise.all([
        exchange("127.0.0.1", v1.port, a, { localAddress: "127.0.0.5" }),
        exchange("127.0.0.1", v2.port, b, { localAddress: "127.0.0.5" })
      ])
      expect(viaV1.error).toBeUndefined()
      expect(viaV1.received.equals(a)).toBe(true)
      expect(viaV2.received.equals(b)).toBe(true)
      const clients = () => closeRecords(served).filter((record) => String(record.peer).startsWith("127.0.0.5:"))
      expect(await waitFor(() => clients().length === 2)).toBe(true)
      expect(clients().map((record) => record.peer).sort()).toEqual(
        [`127.0.0.5:${viaV1.localPort}`, `127.0.0.5:${viaV2.localPort}`].sort()
      )
      for (const record of clients()) {
        expect(record).toMatchObject({ reason: "client-fin", bytesIn: 1 << 20, bytesOut: 1 << 20 })
        expect(String(record.via)).toMatch(/^127\.0\.0\.1:\d+$/)
      }
      // The health checks were served (each sent its header and PING), none failed its header.
      const checks = closeRecords(served).filter((record) => String(record.peer).startsWith("127.0.0.1:"))
      expect(checks.length).toBeGreaterThanOrEqual(2)
      expect(checks.every((record) => record.bytesOut === 6)).toBe(true)
      expect(proxyErrorCount(served)).toBe(0)
    } finally {
      await haproxy.stop()
      expect(await stop(served)).toBe(0)
    }
  })

  it("--allow 127.0.0.5/32 admits that client through HAProxy and refuses one bound to 127.0.0.6", async (ctx) => {
    needHaproxy(ctx)
    const served = await serveJson(["--proxy-protocol", "--allow", "127.0.0.5/32"])
    const v2 = await proxied("v2", served.port, "send-proxy-v2", false)
    const haproxy = await startHaproxy(v2.config)
    try {
      const sent = Crypto.randomBytes(10_000)
      const admitted = await exchange("127.0.0.1", v2.port, sent, { localAddress: "127.0.0.5" })
      const refused = await exchange("127.0.0.1", v2.port, Crypto.randomBytes(100), { localAddress: "127.0.0.6" })
      expect(admitted.received.equals(sent)).toBe(true)
      expect(refused.received.length).toBe(0)
      expect(await waitFor(() => closeRecords(served).length === 1)).toBe(true)
      expect(closeRecords(served)).toMatchObject([{ peer: `127.0.0.5:${admitted.localPort}` }])
    } finally {
      await haproxy.stop()
      expect(await stop(served)).toBe(0)
    }
    expect(logLines(served).map((line) => line.msg)).toContain("reset 1 connection(s) at accept, from outside --allow 127.0.0.5/32; clients 127.0.0.6")
  })
})
