/** `promtool check metrics` (Debian package `prometheus`) on exposition text, or why it cannot run here. */
import * as ChildProcess from "node:child_process"

export type Checked = { readonly problems: string; readonly ok: boolean } | { readonly skip: string }

export const promtoolCheck = (text: string): Checked => {
  const result = ChildProcess.spawnSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8", timeout: 10_000 })
  if (result.error !== undefined) {
    return { skip: `promtool is not available (${result.error.message}); install the Debian package prometheus` }
  }
  return { problems: `${result.stdout}${result.stderr}`.trim(), ok: result.status === 0 }
}

/** `name{labels}` to value, for every sample line of exposition text. */
export const samples = (text: string): ReadonlyMap<string, number> =>
  new Map(
    text.split("\n").filter((line) => line !== "" && !line.startsWith("#")).map((line) => {
      const at = line.lastIndexOf(" ")
      return [line.slice(0, at), Number(line.slice(at + 1))] as const
    })
  )
