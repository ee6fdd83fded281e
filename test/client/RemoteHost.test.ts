/**
 * `probe` and `bench` against another host: a server in a network namespace the test creates, over
 * a veth pair, as a user checks the echo server on the next machine. No traffic goes anywhere else.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import * as ChildProcess from "node:child_process"
import type { TestContext } from "vitest"
import { runCli, type Served } from "../cli.js"
import { createNamespace, type Namespace } from "../netns.js"
import { closeRecords, serveJson, stop, waitFor } from "../served.js"

let namespace: Namespace | { readonly skip: string } = { skip: "not created" }
let served: Served | undefined

beforeAll(async () => {
  namespace = createNamespace()
  if ("skip" in namespace) return console.log(`skipped probe/bench against another host: ${namespace.skip}`)
  served = await serveJson(["--host", namespace.address], namespace.exec)
})

afterAll(async () => {
  if (served !== undefined) await stop(served)
  if ("name" in namespace) {
    namespace.remove()
    const left = ChildProcess.spawnSync("ip", ["netns", "list"], { encoding: "utf8" }).stdout
    expect(left).not.toContain(namespace.name)
  }
})

const inNamespace = (ctx: TestContext): { namespace: Namespace; served: Served } => {
  if ("skip" in namespace || served === undefined) return ctx.skip("skip" in namespace ? namespace.skip : "no server")
  return { namespace, served }
}

describe("probe and bench against a server on another host (a test network namespace)", () => {
  it("probe verifies every echo, and the server saw the client from the other end of the pair", async (ctx) => {
    const { namespace, served } = inNamespace(ctx)
    const probe = runCli(["probe", "--host", namespace.address, "--port", String(served.port), "--count", "5", "--json"])
    expect(probe.stderr).toBe("")
    expect(probe.code).toBe(0)
    expect(JSON.parse(probe.stdout)).toMatchObject({ ok: true, verified: 5, host: namespace.address })
    expect(await waitFor(() => closeRecords(served).length === 1)).toBe(true)
    expect(closeRecords(served)[0]).toMatchObject({ reason: "client-fin", bytesIn: 5 * 64, bytesOut: 5 * 64 })
    expect(String(closeRecords(served)[0]!.peer)).toMatch(new RegExp(`^${namespace.hostAddress.replaceAll(".", "\\.")}:\\d+$`))
  })

  it("bench loads it byte-exact", (ctx) => {
    const { namespace, served } = inNamespace(ctx)
    const bench = runCli([
      "bench",
      "--host",
      namespace.address,
      "--port",
      String(served.port),
      "--connections",
      "4",
      "--duration",
      "1",
      "--json"
    ])
    expect(bench.code).toBe(0)
    const result = JSON.parse(bench.stdout)
    expect(result).toMatchObject({ host: namespace.address, opened: 4, errors: 0, mismatches: 0, unexpectedBytes: 0 })
    expect(result.roundTrips).toBeGreaterThan(0)
  })
})
