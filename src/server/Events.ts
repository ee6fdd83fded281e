/**
 * What the server tells the program that embeds it, as it happens: one event per connection accepted,
 * closed and rejected, to every subscriber from the moment it subscribed.
 *
 * A slow subscriber never slows the server nor grows its memory without bound: each subscriber has a
 * buffer of its own (`bufferSize` events, 1024 unless asked); while it is full, newer events are
 * dropped for that subscriber only, counted, and the next batch it reads ends with a `Lagged` event
 * saying how many it missed (tokio's broadcast channel does the same). Drops also count in
 * `tcp_echo_events_dropped_total`.
 *
 * With no subscriber the server checks one number per connection and builds no event. Subscribers
 * are woken at most once per `wakeIntervalMs` for all the events since: each wake runs the
 * subscriber's stream, which costs as much as accepting several connections (woken once per
 * event-loop turn, a subscriber reading chunks took churn-20 down by a fifth). An event after a quiet
 * spell is delivered in the same turn's check phase; under load, up to `wakeIntervalMs` later.
 */
import * as Chunk from "effect/Chunk"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import type * as MetricLabel from "effect/MetricLabel"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { Peer, RejectReason, Summary } from "./CloseRecord.js"
import { eventsDropped } from "./Metrics.js"

export type ConnectionEvent = Data.TaggedEnum<{
  /** A connection was accepted and is served from now on. */
  Accepted: { readonly id: number; readonly peer: Peer }
  /**
   * A served connection closed: its close summary (reason, duration, bytes each way) and, for a
   * timeout or a socket error, the typed failure (`ReadTimeout`, `WriteTimeout`, `ConnectionError`).
   */
  Closed: Summary
  /**
   * A connection was closed at accept, unserved. `peer` is undefined for `fd-limit`: Node's runtime
   * closes those connections itself, unseen; the event says the process reached its descriptor limit.
   */
  Rejected: { readonly reason: RejectReason; readonly peer: Peer | undefined }
  /** This subscriber fell behind: `dropped` events after the ones before this were dropped for it. */
  Lagged: { readonly dropped: number }
}>

export const ConnectionEvent = Data.taggedEnum<ConnectionEvent>()

/** A `Rejected` event from what the admission knows of the client (nothing, at the descriptor limit). */
export const rejected = (reason: RejectReason, address: string | undefined, port: number | undefined): ConnectionEvent =>
  ConnectionEvent.Rejected({ reason, peer: address === undefined ? undefined : { address, port: port ?? 0 } })

/** Events a subscriber's buffer holds unless it asks for another size. */
export const defaultBufferSize = 1024

/** The least time between two wakes of the subscribers. */
export const wakeIntervalMs = 50

interface Subscriber {
  readonly capacity: number
  buffer: Array<ConnectionEvent>
  dropped: number
  /** Set while the subscriber waits for events. */
  wake: (() => void) | undefined
}

const noTags: ReadonlyArray<MetricLabel.MetricLabel> = []

/** The events of one server: `publish` from plain Node code, `subscribe` from Effect code. */
export class Hub {
  private readonly subscribers = new Set<Subscriber>()
  private ended = false
  private wakeScheduled = false
  private lastWake = -Infinity

  /** Subscribers now: the server builds an event only when this is not 0. */
  get size(): number {
    return this.subscribers.size
  }

  publish(event: ConnectionEvent): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.buffer.length < subscriber.capacity) subscriber.buffer.push(event)
      else {
        subscriber.dropped++
        eventsDropped.unsafeUpdate(1, noTags)
      }
    }
    this.scheduleWake()
  }

  /** No more events: each subscriber's stream ends once it has read what it holds. */
  end(): void {
    this.ended = true
    this.scheduleWake()
  }

  /**
   * Subscribes now, for the life of the scope, and returns the stream of this subscription's events;
   * it ends when the server has closed.
   */
  subscribe(bufferSize: number = defaultBufferSize): Effect.Effect<Stream.Stream<ConnectionEvent>, never, Scope.Scope> {
    return Effect.acquireRelease(
      Effect.sync(() => {
        const subscriber: Subscriber = { capacity: Math.max(1, bufferSize), buffer: [], dropped: 0, wake: undefined }
        this.subscribers.add(subscriber)
        return subscriber
      }),
      (subscriber) => Effect.sync(() => this.subscribers.delete(subscriber))
    ).pipe(Effect.map((subscriber) => Stream.repeatEffectChunkOption(this.take(subscriber))))
  }

  private take(subscriber: Subscriber): Effect.Effect<Chunk.Chunk<ConnectionEvent>, Option.Option<never>> {
    return Effect.suspend(() => {
      if (subscriber.buffer.length > 0 || subscriber.dropped > 0) {
        const events = subscriber.buffer
        subscriber.buffer = []
        // Drops happen only while the buffer is full, so the gap is always after what it held.
        if (subscriber.dropped > 0) events.push(ConnectionEvent.Lagged({ dropped: subscriber.dropped }))
        subscriber.dropped = 0
        return Effect.succeed(Chunk.unsafeFromArray(events))
      }
      if (this.ended) return Effect.fail(Option.none())
      return Effect.async<Chunk.Chunk<ConnectionEvent>, Option.Option<never>>((resume) => {
        subscriber.wake = () => resume(this.take(subscriber))
        return Effect.sync(() => (subscriber.wake = undefined))
      })
    })
  }

  private scheduleWake(): void {
    if (this.wakeScheduled) return
    this.wakeScheduled = true
    const wait = this.lastWake + wakeIntervalMs - performance.now()
    if (wait <= 0) setImmediate(this.wakeAll)
    else setTimeout(this.wakeAll, wait)
  }

  private readonly wakeAll = (): void => {
    this.wakeScheduled = false
    this.lastWake = performance.now()
    for (const subscriber of this.subscribers) {
      const wake = subscriber.wake
      if (wake !== undefined && (subscriber.buffer.length > 0 || subscriber.dropped > 0 || this.ended)) {
        subscriber.wake = undefined
        wake()
      }
    }
  }
}
