/**
 * Shared deadlines for every connection of the process: one timer instead of one per connection.
 *
 * Waiters sit in 10 ms buckets and a single interval, running only while some wait, wakes the due
 * ones. A Node timer per connection costs a Timeout object of its idle memory and a timer-list
 * insertion of every accept; a bucket entry costs a Set slot. Waiters check their real deadline
 * against the clock when woken, so nothing fires early and at most one resolution (plus event-loop
 * lag) late.
 */
import { performance } from "node:perf_hooks"

export interface Waiter {
  /** Called when the bucket the waiter sits in is due. */
  readonly onTimer: () => void
}

const resolution = 10

export class TimerWheel<W extends Waiter> {
  private readonly buckets = new Map<number, Set<W>>()
  private lastRun = Math.floor(performance.now() / resolution)
  private interval: NodeJS.Timeout | undefined

  /** Queues `waiter` to be woken at `due` (ms on the performance clock); returns its bucket. */
  add(waiter: W, due: number): number {
    const tick = Math.max(Math.ceil(due / resolution), this.lastRun + 1)
    let bucket = this.buckets.get(tick)
    if (bucket === undefined) this.buckets.set(tick, bucket = new Set())
    bucket.add(waiter)
    if (this.interval === undefined) {
      this.lastRun = Math.floor(performance.now() / resolution)
      this.interval = setInterval(this.run, resolution).unref()
    }
    return tick
  }

  remove(waiter: W, tick: number): void {
    this.buckets.get(tick)?.delete(waiter)
  }

  private readonly run = (): void => {
    const now = Math.floor(performance.now() / resolution)
    for (let tick = this.lastRun + 1; tick <= now; tick++) {
      const bucket = this.buckets.get(tick)
      if (bucket === undefined) continue
      this.buckets.delete(tick)
      for (const waiter of bucket) waiter.onTimer()
    }
    this.lastRun = now
    if (this.buckets.size === 0) {
      clearInterval(this.interval)
      this.interval = undefined
    }
  }
}
