/**
 * The kernel's TCP limits, as a server sees them: the caps on the accept and SYN queues, how long
 * half-open connections live, and the ceilings on socket buffers.
 *
 * `layerLinux` reads `/proc/sys/net/...`; `layerNull` stands for a host without it (every value
 * unknown). Nothing here asks which platform it runs on: the edge picks the layer.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"

/** `tcp_rmem` / `tcp_wmem`: the autotuning range of a TCP socket's buffer, in bytes. */
export interface BufferRange {
  readonly min: number
  readonly default: number
  readonly max: number
}

/** Every field is `None` where the host does not tell (no `/proc/sys`, or no such file). */
export interface KernelLimits {
  /** `net.core.somaxconn`: `listen(fd, n)` is silently clamped to it (the accept-queue cap). */
  readonly somaxconn: Option.Option<number>
  /** `net.ipv4.tcp_max_syn_backlog`: how many half-open connections the SYN queue holds. */
  readonly tcpMaxSynBacklog: Option.Option<number>
  /** `net.ipv4.tcp_synack_retries`: how often a SYN-ACK is retransmitted before giving up. */
  readonly tcpSynackRetries: Option.Option<number>
  /** Derived from `tcpSynackRetries` = n: 1 + 2 + ... + 2^n seconds of retransmits. */
  readonly synAckGiveUp: Option.Option<Duration.Duration>
  /** `net.ipv4.tcp_rmem`: caps receive-buffer autotuning, not `setsockopt(SO_RCVBUF)`. */
  readonly tcpRmem: Option.Option<BufferRange>
  /** `net.ipv4.tcp_wmem`: caps send-buffer autotuning, not `setsockopt(SO_SNDBUF)`. */
  readonly tcpWmem: Option.Option<BufferRange>
  /** `net.core.rmem_max`: the largest `SO_RCVBUF` request honoured (the kernel reports twice it). */
  readonly rmemMax: Option.Option<number>
  /** `net.core.wmem_max`: the largest `SO_SNDBUF` request honoured (the kernel reports twice it). */
  readonly wmemMax: Option.Option<number>
  /** This process's `RLIMIT_NOFILE` (soft): every connection holds one descriptor. */
  readonly openFilesLimit: Option.Option<number>
}

/** A sysctl file that exists but could not be read, or whose content is not what the kernel writes. */
export class SysctlError extends Data.TaggedError("SysctlError")<{
  readonly reason: "Read" | "Parse"
  readonly path: string
  readonly content?: string
  readonly cause?: unknown
}> {
  override get message(): string {
    return this.reason === "Parse"
      ? `cannot parse ${this.path}: unexpected content ${JSON.stringify(this.content)}`
      : `cannot read ${this.path}: ${String(this.cause)}`
  }
}

export class Sysctl extends Context.Tag("tcp-echo/Sysctl")<
  Sysctl,
  {
    /** Reads the limits afresh: they can change while a server runs. */
    readonly limits: Effect.Effect<KernelLimits, SysctlError>
    /** How many descriptors this process holds now (None where the host does not tell). */
    readonly openFiles: Effect.Effect<Option.Option<number>>
  }
>() {}

/** The files `layerLinux` reads, relative to the sysctl root. */
export const files = {
  somaxconn: "net/core/somaxconn",
  tcpMaxSynBacklog: "net/ipv4/tcp_max_syn_backlog",
  tcpSynackRetries: "net/ipv4/tcp_synack_retries",
  tcpRmem: "net/ipv4/tcp_rmem",
  tcpWmem: "net/ipv4/tcp_wmem",
  rmemMax: "net/core/rmem_max",
  wmemMax: "net/core/wmem_max"
} as const

/** How long the kernel retransmits SYN-ACKs before dropping a half-open connection: 2^(n+1) - 1 s. */
export const synAckGiveUp = (retries: number): Duration.Duration => Duration.seconds(2 ** (retries + 1) - 1)

/** The raw readings a `KernelLimits` is derived from. */
export interface Readings {
  readonly somaxconn?: number
  readonly tcpMaxSynBacklog?: number
  readonly tcpSynackRetries?: number
  readonly tcpRmem?: BufferRange
  readonly tcpWmem?: BufferRange
  readonly rmemMax?: number
  readonly wmemMax?: number
  readonly openFilesLimit?: number
}

export const fromReadings = (readings: Readings): KernelLimits => {
  const tcpSynackRetries = Option.fromNullable(readings.tcpSynackRetries)
  return {
    somaxconn: Option.fromNullable(readings.somaxconn),
    tcpMaxSynBacklog: Option.fromNullable(readings.tcpMaxSynBacklog),
    tcpSynackRetries,
    synAckGiveUp: Option.map(tcpSynackRetries, synAckGiveUp),
    tcpRmem: Option.fromNullable(readings.tcpRmem),
    tcpWmem: Option.fromNullable(readings.tcpWmem),
    rmemMax: Option.fromNullable(readings.rmemMax),
    wmemMax: Option.fromNullable(readings.wmemMax),
    openFilesLimit: Option.fromNullable(readings.openFilesLimit)
  }
}

export const unknown: KernelLimits = fromReadings({})

const parseError = (path: string, content: string) => new SysctlError({ reason: "Parse", path, content })

const integerPattern = /^\d+$/

/** Parses a file holding one non-negative integer, as `somaxconn` does. */
const parseInteger = (path: string, content: string): Effect.Effect<number, SysctlError> => {
  const text = content.trim()
  const value = Number(text)
  return integerPattern.test(text) && Number.isSafeInteger(value)
    ? Effect.succeed(value)
    : Effect.fail(parseError(path, content))
}

/** Parses a `min default max` triple, as `tcp_rmem` holds (tab-separated). */
const parseRange = (path: string, content: string): Effect.Effect<BufferRange, SysctlError> => {
  const parts = content.trim().split(/\s+/)
  if (parts.length !== 3) return Effect.fail(parseError(path, content))
  return Effect.map(
    Effect.forEach(parts, (part) => parseInteger(path, part).pipe(Effect.mapError(() => parseError(path, content)))),
    ([min, dflt, max]) => ({ min: min!, default: dflt!, max: max! })
  )
}

/** A service that answers the given readings: a fixed host, for tests and for examples. */
export const make = (readings: Readings): Context.Tag.Service<Sysctl> => ({
  limits: Effect.succeed(fromReadings(readings)),
  openFiles: Effect.succeedNone
})

export const layerFromReadings = (readings: Readings): Layer.Layer<Sysctl> =>
  Layer.succeed(Sysctl, make(readings))

/** A host without `/proc/sys`: every limit is unknown. */
export const layerNull: Layer.Layer<Sysctl> = layerFromReadings({})

/** `/proc/self/limits` holds `Max open files  <soft>  <hard>  files` (or `unlimited`). */
const parseOpenFilesLimit = (path: string, content: string): Effect.Effect<number | undefined, SysctlError> => {
  const match = /^Max open files\s+(\S+)\s+/m.exec(content)
  if (match === null) return Effect.fail(parseError(path, content))
  return match[1] === "unlimited" ? Effect.succeed(undefined) : parseInteger(path, match[1]!)
}

/**
 * Reads the limits from `root` (default `/proc/sys`) and the process's own from `proc` (default
 * `/proc/self`). A missing file is `None` (logged at debug); a file that does not parse fails with
 * a `SysctlError` naming it and its content.
 */
export const makeLinux = (root = "/proc/sys", proc = "/proc/self") =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const read = <A>(
      file: string,
      parse: (path: string, content: string) => Effect.Effect<A, SysctlError>,
      path = `${root}/${file}`
    ): Effect.Effect<A | undefined, SysctlError> => {
      return fs.readFileString(path).pipe(
        Effect.matchEffect({
          onFailure: (error) =>
            error._tag === "SystemError" && error.reason === "NotFound"
              ? Effect.as(Effect.logDebug(`sysctl ${path} not found: unknown`), undefined)
              : Effect.fail(new SysctlError({ reason: "Read", path, cause: error })),
          onSuccess: (content) => parse(path, content)
        })
      )
    }
    const limits = Effect.all({
      somaxconn: read(files.somaxconn, parseInteger),
      tcpMaxSynBacklog: read(files.tcpMaxSynBacklog, parseInteger),
      tcpSynackRetries: read(files.tcpSynackRetries, parseInteger),
      tcpRmem: read(files.tcpRmem, parseRange),
      tcpWmem: read(files.tcpWmem, parseRange),
      rmemMax: read(files.rmemMax, parseInteger),
      wmemMax: read(files.wmemMax, parseInteger),
      openFilesLimit: read("limits", parseOpenFilesLimit, `${proc}/limits`)
    }, { concurrency: "unbounded", mode: "either" }).pipe(
      // Read at once (each read is four trips through libuv's thread pool, and `serve` waits for
      // them all), then the first failure in the order above, whichever read finished first.
      Effect.flatMap((results) => Effect.all(results)),
      Effect.map((readings) => fromReadings(dropUndefined(readings)))
    )
    const openFiles = fs.readDirectory(`${proc}/fd`).pipe(
      // The listing holds the descriptor that reads it, open only while it does.
      Effect.map((entries) => Option.some(entries.length - 1)),
      Effect.orElseSucceed(() => Option.none<number>())
    )
    return Sysctl.of({ limits, openFiles })
  })

const dropUndefined = (readings: { readonly [K in keyof Readings]-?: Readings[K] | undefined }): Readings =>
  Object.fromEntries(Object.entries(readings).filter(([, value]) => value !== undefined))

export const layerLinux: Layer.Layer<Sysctl, never, FileSystem.FileSystem> = Layer.effect(Sysctl, makeLinux())

/** `layerLinux` over another root: a test can point it at a folder of made-up sysctl files. */
export const layerLinuxAt = (root: string, proc?: string): Layer.Layer<Sysctl, never, FileSystem.FileSystem> =>
  Layer.effect(Sysctl, makeLinux(root, proc))
