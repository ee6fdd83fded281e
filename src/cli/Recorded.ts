/**
 * Recorded outputs: what the CLI prints for invocations that depend on their arguments alone (help,
 * version), rendered at build time by the CLI itself (scripts/build.mjs) and printed back by the
 * launcher without loading the CLI bundle. Loading and evaluating Effect and @effect/cli costs about
 * as much as starting Node; printing a recorded text costs nothing.
 *
 * One file per invocation, named by its arguments, so that any other invocation costs one failed
 * open(2) and nothing is parsed on the way to `serve`.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"

export interface Output {
  readonly stdout: string
  readonly stderr: string
  readonly code: number
}

/** What the CLI printed on a pipe or a file (`plain`) and on a terminal (`tty`, where help is styled). */
export interface Recording {
  readonly plain: Output
  readonly tty: Output
}

/** The folder of recordings in the build's output. */
export const folder = (dist: string): string => Path.join(dist, "recorded")

const fileOf = (dist: string, args: ReadonlyArray<string>) =>
  Path.join(folder(dist), `${encodeURIComponent(JSON.stringify(args))}.json`)

/** Writes the recordings (the build clears the folder first, so that none outlives its bundle). */
export const write = (dist: string, recordings: ReadonlyArray<readonly [ReadonlyArray<string>, Recording]>): void => {
  Fs.mkdirSync(folder(dist), { recursive: true })
  for (const [args, recording] of recordings) Fs.writeFileSync(fileOf(dist, args), JSON.stringify(recording))
}

/**
 * The recording of exactly these arguments, if the build made one. No file, a name too long for one,
 * or one that does not parse is no error: the recordings only spare a run of the CLI, which then
 * answers itself, with the same output.
 */
export const find = (dist: string, args: ReadonlyArray<string>): Recording | undefined => {
  try {
    return JSON.parse(Fs.readFileSync(fileOf(dist, args), "utf8")) as Recording
  } catch {
    return undefined
  }
}

/** Prints a recording as the CLI printed it on this kind of stdout, and takes its exit code. */
export const replay = (recording: Recording, tty: boolean): void => {
  const output = tty ? recording.tty : recording.plain
  process.stdout.write(output.stdout)
  process.stderr.write(output.stderr)
  process.exitCode = output.code
}
