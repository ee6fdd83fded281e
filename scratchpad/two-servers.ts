/**
 * Two echo servers with different timeouts in one Effect program, stopped together by closing
 * their scope. Run: npx esbuild scratchpad/two-servers.ts --bundle --platform=node --external:koffi | node
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import * as Net from "node:net"
import { EchoServer, SocketOptions, SocketTuning, Sysctl } from "../src/index.js"

const platform = Layer.provideMerge(
  SocketTuning.layer(SocketTuning.defaultConfig),
  Layer.merge(Sysctl.layerLinux, SocketOptions.layerLinux)
)

/** Connects, stays silent, and reports after how long the server closed the connection. */
const silentClient = (port: number) =>
  Effect.async<number>((resume) => {
    const started = Date.now()
    const socket = Net.connect(port, "127.0.0.1")
    socket.on("error", () => {})
    socket.on("close", () => resume(Effect.succeed(Date.now() - started)))
  })

const program = Effect.gen(function*() {
  const scope = yield* Scope.make()
  const quick = yield* EchoServer.make({ ...EchoServer.defaultConfig, port: 0, readTimeout: Duration.millis(200) }).pipe(
    Scope.extend(scope)
  )
  const patient = yield* EchoServer.make({ ...EchoServer.defaultConfig, port: 0, readTimeout: Duration.seconds(1) }).pipe(
    Scope.extend(scope)
  )
  const [quickMs, patientMs] = yield* Effect.all(
    [silentClient(quick.address.port), silentClient(patient.address.port)],
    { concurrency: "unbounded" }
  )
  yield* Effect.log(`silent client closed after ${quickMs} ms by one server, ${patientMs} ms by the other`)
  yield* Scope.close(scope, Exit.void)
  yield* Effect.log("both servers stopped")
})

program.pipe(Effect.provide(platform), Effect.provide(NodeContext.layer), Effect.runPromise)
