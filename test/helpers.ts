import * as Effect from "effect/Effect"
import * as Net from "node:net"

/** A connected pair on 127.0.0.1: the client socket and the server's accepted socket; closed with the scope. */
export const acceptedPair = (server: Net.Server) =>
  Effect.acquireRelease(
    Effect.async<{ readonly client: Net.Socket; readonly accepted: Net.Socket }>((resume) => {
      const address = server.address() as Net.AddressInfo
      server.once("connection", (accepted) => resume(Effect.succeed({ client, accepted })))
      const client = Net.connect(address.port, "127.0.0.1")
    }),
    ({ accepted, client }) => Effect.sync(() => (accepted.destroy(), client.destroy()))
  )

/** A listening `net.Server` on 127.0.0.1 port 0; closed with the scope. */
export const listening = (make: (server: Net.Server) => void = (server) => server.listen(0, "127.0.0.1")) =>
  Effect.acquireRelease(
    Effect.async<Net.Server>((resume) => {
      const server = Net.createServer()
      server.once("listening", () => resume(Effect.succeed(server)))
      make(server)
    }),
    (server) => Effect.async<void>((resume) => void server.close(() => resume(Effect.void)))
  )
