/**
 * Signals before the server listens. Until then there is nothing to drain, so SIGINT/SIGTERM end the
 * process at once with exit 0; the launcher installs that before it even loads the bundle (node's
 * default for SIGTERM would kill the process by the signal). Once the server listens, or at once for
 * commands that do not serve, the graceful handling of `bin.ts` takes over.
 */
const key = Symbol.for("tcp-echo/startup-signals")

type Holder = { [key]?: () => void }

/** Installs exit-at-once handlers; for the launcher, first thing. */
export const install = (): void => {
  const exitAtOnce = () => process.exit(0)
  process.on("SIGINT", exitAtOnce)
  process.on("SIGTERM", exitAtOnce)
  ;(globalThis as Holder)[key] = () => {
    process.off("SIGINT", exitAtOnce)
    process.off("SIGTERM", exitAtOnce)
  }
}

/** Removes the exit-at-once handlers, if the launcher installed them. */
export const handOver = (): void => {
  ;(globalThis as Holder)[key]?.()
  delete (globalThis as Holder)[key]
}
