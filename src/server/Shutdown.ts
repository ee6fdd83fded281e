/**
 * The server's shutdown, one path whether the host program starts it (`EchoServer.shutdown`) or its
 * scope closes: the listener stops taking new handshakes, serves what already waits in its accept
 * queue, then closes, so new connections are refused; connections still sending their PROXY
 * protocol header may complete it (`settle`); open connections go on, under their own
 * timeouts, until `timeout` after the start; then each remaining one is closed, with FIN where
 * nothing waits to be echoed and by reset where something does.
 */
import type * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Net from "node:net"
import type * as SocketOptions from "../kernel/SocketOptions.js"
import type * as Connection from "./Connection.js"
import { formatMillis } from "../units.js"
import * as Listener from "./Listener.js"
import * as LogFields from "./LogFields.js"

/**
 * `serving` until the shutdown starts; `draining` while the accept queue is served and open
 * connections finish; `closed` once the last one has.
 */
export type Status = "serving" | "draining" | "closed"

export interface Shutdown {
  readonly status: () => Status
  /** Starts the shutdown unless it has started; returns at once. */
  readonly start: Effect.Effect<void>
  /**
   * Waits for the drain to end: true when every connection closed on its own, false when the
   * deadline came first (the rest are then closed).
   */
  readonly drained: Effect.Effect<boolean>
  /** Waits until the listener and every connection have closed. */
  readonly closed: Effect.Effect<void>
  /** The server calls it after each connection closed: the drain ends with the last one. */
  readonly connectionClosed: () => void
}

export const make = (
  server: Net.Server,
  options: Context.Tag.Service<SocketOptions.SocketOptions>,
  active: ReadonlySet<Connection.Connection>,
  timeout: Duration.Duration,
  /** Runs once everything has closed, before the last line is logged and `closed` completes. */
  onClosed: () => Effect.Effect<void>,
  /**
   * Runs once the listener has closed, until the deadline at most: the accepted sockets that are
   * not connections yet (a PROXY protocol header under way) become connections or are closed.
   */
  settle: (deadline: number) => Effect.Effect<void>
) =>
  Effect.gen(function*() {
    let status: Status = "serving"
    const drained = yield* Deferred.make<boolean>()
    const closed = yield* Deferred.make<void>()
    const noneOpen = yield* Deferred.make<void>()
    // Armed only once the listener is closed: while its queue drains, the last open connection may
    // close before the next is accepted.
    let armed = false
    const connectionClosed = () => {
      if (armed && active.size === 0) Deferred.unsafeDone(noneOpen, Exit.void)
    }

    const run = Effect.gen(function*() {
      const deadline = Date.now() + Duration.toMillis(timeout)
      yield* Listener.close(server, options, deadline)
      yield* settle(deadline)
      armed = true
      connectionClosed()
      let finished = true
      const open = active.size
      if (open > 0) {
        yield* Effect.logInfo(
          `shutting down: listener closed, waiting up to ${formatMillis(Duration.toMillis(timeout))} for ${open} connection(s)`,
          LogFields.facts({ open, shutdownTimeoutMs: Duration.toMillis(timeout) })
        )
        // Started from a finalizer, this fiber is uninterruptible: the wait must not be, for the deadline to cut it.
        finished = yield* Deferred.await(noneOpen).pipe(
          Effect.interruptible,
          Effect.timeoutTo({ duration: Math.max(0, deadline - Date.now()), onSuccess: () => true, onTimeout: () => false })
        )
        if (!finished) yield* Effect.logWarning(`shutdown deadline reached: closing ${active.size} connection(s)`)
      }
      yield* Deferred.succeed(drained, finished)
      const cut = active.size
      for (const connection of active) connection.abort("shutdown")
      if (cut > 0) yield* Deferred.await(noneOpen)
      status = "closed"
      yield* onClosed()
      yield* Effect.logInfo(
        open === 0
          ? "shut down: listener closed, no connection was open"
          : `shut down: ${open - cut} of ${open} connection(s) finished, ${cut} cut at the deadline`,
        LogFields.facts({ open, finished: open - cut, cut })
      )
      yield* Deferred.succeed(closed, undefined)
    })

    const shutdown: Shutdown = {
      status: () => status,
      // A fiber of its own: the shutdown goes on whatever becomes of the fiber that started it.
      start: Effect.suspend(() => {
        if (status !== "serving") return Effect.void
        status = "draining"
        return Effect.asVoid(Effect.forkDaemon(run))
      }),
      drained: Deferred.await(drained),
      closed: Deferred.await(closed),
      connectionClosed
    }
    return shutdown
  })
