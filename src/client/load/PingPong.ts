/**
 * pingpong: each connection sends `size` bytes, waits for the whole echo, and sends again; the
 * latency is per round trip, from the write to the last byte back.
 */
import type * as Net from "node:net"
import { performance } from "node:perf_hooks"
import { Held } from "./Held.js"
import type * as Load from "./Load.js"

export class PingPong extends Held {
  protected connected(conn: Load.Conn, socket: Net.Socket, now: number): void {
    this.send(conn, socket, now)
  }

  protected received(conn: Load.Conn, socket: Net.Socket): void {
    if (conn.state === "active" && conn.echoed >= conn.messageEnd && !this.stopping) {
      const now = performance.now()
      this.latency.record((now - conn.messageAt) * 1e6)
      this.operations++
      this.send(conn, socket, now)
    }
  }
}
