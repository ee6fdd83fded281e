/**
 * bulk: each connection writes `size`-byte chunks as fast as backpressure allows and verifies the
 * echo as it comes; the figure is bytes echoed and verified.
 */
import type * as Net from "node:net"
import { Held } from "./Held.js"
import type * as Load from "./Load.js"

export class Bulk extends Held {
  protected connected(conn: Load.Conn, socket: Net.Socket): void {
    socket.on("drain", () => this.pump(conn, socket))
    this.pump(conn, socket)
  }

  protected received(_conn: Load.Conn, socket: Net.Socket, right: boolean): void {
    // Once a byte is wrong the stream is out of step: every later check would fail too.
    if (!right) socket.destroy()
  }

  /** Writes until the socket asks to wait; its 'drain' calls this again. */
  private pump(conn: Load.Conn, socket: Net.Socket): void {
    while (!this.stopping && conn.socket === socket && conn.state === "active") {
      if (!this.writeTo(conn, socket, conn.sent + this.config.size)) return
    }
  }
}
