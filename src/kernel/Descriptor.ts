/**
 * The file descriptor under a Node socket or server, which the native socket calls need. Node keeps
 * it on an internal handle, so this is the one place that reads Node's internals for it.
 */
import * as Option from "effect/Option"

/**
 * The descriptor under a `net.Socket` or `net.Server`. It reads Node's internal `_handle`, so it is
 * `None` before listen/connect, after close, and for a cluster worker's shared listener.
 */
export const fdOf = (handleOwner: object): Option.Option<number> => {
  const fd = (handleOwner as { readonly _handle?: { readonly fd?: unknown } | null })._handle?.fd
  return typeof fd === "number" && fd >= 0 ? Option.some(fd) : Option.none()
}

