// Types of until-listening.mjs, for the tests that use it.
import type { SpawnOptions } from "node:child_process"

export declare const untilListening: (
  args: ReadonlyArray<string>,
  options?: Omit<SpawnOptions, "stdio">
) => Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; listened: boolean }>
