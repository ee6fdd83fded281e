/**
 * A warning for a recurring condition (refused clients, accept failures, the fd limit) logged at most
 * once per interval with how often it happened: a flood of clients must not flood the log.
 */

export interface RateLimitedLog {
  /** Counts one occurrence; logs at once if nothing was logged within the interval. */
  readonly hit: () => void
  /** Stops the timer and logs what was counted since the last line. */
  readonly stop: () => void
}

export const make = (intervalMs: number, log: (count: number) => void): RateLimitedLog => {
  let count = 0
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    timer = undefined
    if (count > 0) {
      log(count)
      count = 0
      timer = setTimeout(flush, intervalMs)
      timer.unref()
    }
  }
  return {
    hit: () => {
      count++
      if (timer === undefined) flush()
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer)
      if (count > 0) log(count)
    }
  }
}
