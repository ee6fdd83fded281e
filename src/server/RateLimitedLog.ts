/**
 * A warning for a recurring condition (refused clients, accept failures, the fd limit) logged at most
 * once per interval with how often it happened, and a few of the clients it happened to: a flood of
 * clients must not flood the log, but the operator needs a name to act on.
 */

/** What one line reports: occurrences since the last line, and up to `samples` distinct clients. */
export interface Tally {
  readonly count: number
  readonly clients: ReadonlyArray<string>
  /** Whether more distinct clients than `clients` were counted. */
  readonly more: boolean
}

export interface RateLimitedLog {
  /** Counts one occurrence (from `client`, when known); logs at once if nothing was logged within the interval. */
  readonly hit: (client?: string) => void
  /** Stops the timer and logs what was counted since the last line. */
  readonly stop: () => void
}

/** How many client addresses one line names at most. */
export const samples = 3

export const make = (intervalMs: number, log: (tally: Tally) => void): RateLimitedLog => {
  let count = 0
  let clients: Array<string> = []
  let more = false
  let timer: NodeJS.Timeout | undefined
  const emit = () => {
    log({ count, clients, more })
    count = 0
    clients = []
    more = false
  }
  const flush = () => {
    timer = undefined
    if (count > 0) {
      emit()
      timer = setTimeout(flush, intervalMs)
      timer.unref()
    }
  }
  return {
    hit: (client) => {
      count++
      if (client !== undefined && !clients.includes(client)) {
        if (clients.length < samples) clients.push(client)
        else more = true
      }
      if (timer === undefined) flush()
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer)
      if (count > 0) emit()
    }
  }
}

/** `; clients 127.0.0.1, 10.0.0.7 and others`: the clients of a tally, for the end of a warning. */
export const clientsText = (tally: Tally): string =>
  tally.clients.length === 0 ? "" : `; clients ${tally.clients.join(", ")}${tally.more ? " and others" : ""}`
