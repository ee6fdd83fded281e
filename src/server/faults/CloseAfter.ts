/**
 * `--close-after BYTES`: after echoing exactly BYTES the server sends FIN, as toxiproxy's
 * `limit_data` toxic. What the client sends after that is read and dropped until it closes its side
 * (or the read timeout ends it): a socket closed with unread bytes would answer with RST instead.
 */
import { limit } from "./Fault.js"

export const fault = limit("close-after", "close it with FIN (reason fault-close)", (target) => target.finish())
