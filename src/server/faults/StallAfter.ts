/**
 * `--stall-after BYTES`: after echoing exactly BYTES the server stops reading and echoing, as
 * toxiproxy's `timeout` toxic with no timeout: the client's sends fill the socket buffers and then
 * block. The connection stays open; it is not the client's silence, so the read timeout does not
 * end it, while the write timeout still covers bytes echoed before the stall that the client has not
 * taken.
 *
 * A socket that is not read never hears the client's FIN or RST, so stalled connections are checked
 * once a second for the client's close (the kernel's TCP state) and closed when it is gone; where
 * the kernel cannot be asked (no native calls) they last until the shutdown.
 */
import { limit } from "./Fault.js"

export const fault = limit("stall-after", "stop reading and echoing; the connection stays open", (target) =>
  target.stall())

export interface Stalled {
  /** Closes the connection if its client has gone; false once it is closed, to stop watching it. */
  readonly stillThere: () => boolean
}

const watched = new Set<Stalled>()
let interval: NodeJS.Timeout | undefined

const check = () => {
  for (const stalled of watched) if (!stalled.stillThere()) watched.delete(stalled)
  if (watched.size === 0) {
    clearInterval(interval)
    interval = undefined
  }
}

/** Checks `stalled` once a second, with every stalled connection of the process, until it closes. */
export const watch = (stalled: Stalled): void => {
  watched.add(stalled)
  interval ??= setInterval(check, 1000).unref()
}
