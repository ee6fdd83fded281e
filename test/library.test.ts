/**
 * The library's face: what bundling `tcp-echo` (src/index.ts) and `tcp-echo/client` pulls in. A
 * library user must not get the CLI (and @effect/cli with it), and the client tools must not carry
 * the server.
 */
import * as Esbuild from "esbuild"
import { describe, expect, it } from "vitest"

const inputsOf = async (entry: string) => {
  const result = await Esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    external: ["koffi"],
    logLevel: "silent"
  })
  return Object.keys(result.metafile.inputs)
}

describe("library entries", () => {
  it("tcp-echo bundles no CLI code and no @effect/cli", async () => {
    const inputs = await inputsOf("src/index.ts")
    expect(inputs.some((path) => path.startsWith("src/server/"))).toBe(true)
    expect(inputs.filter((path) => path.includes("@effect/cli") || path.startsWith("src/cli/"))).toEqual([])
  })

  it("tcp-echo/client bundles neither the server, the kernel services nor the CLI", async () => {
    const inputs = await inputsOf("src/client/index.ts")
    expect(inputs.some((path) => path.startsWith("src/client/"))).toBe(true)
    expect(
      inputs.filter((path) =>
        path.startsWith("src/server/") || path.startsWith("src/kernel/") || path.startsWith("src/cli/") ||
        path.includes("@effect/cli")
      )
    ).toEqual([])
  })
})
