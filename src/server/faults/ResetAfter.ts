/**
 * `--reset-after BYTES`: after echoing exactly BYTES the server resets the connection, as
 * toxiproxy's `reset_peer` toxic but at a byte count rather than a time. The RST leaves once those
 * bytes are with the kernel (an RST discards what the kernel still holds) and a short grace later:
 * Linux reports a reset to the reader only once it has read what was queued before it, so a client
 * that reads promptly sees the bytes, then ECONNRESET.
 */
import { limit } from "./Fault.js"

/** How long after the last byte went to the kernel the RST follows. */
export const graceMs = 50

export const fault = limit("reset-after", "reset it (RST; reason fault-reset)", (target) => target.reset())
