import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Net from "node:net"
import * as EchoServer from "../../src/EchoServer.js"
import * as SocketOptions from "../../src/SocketOptions.js"
import * as SocketTuning from "../../src/SocketTuning.js"
import * as Sysctl from "../../src/Sysctl.js"
const platform = Layer.mergeAll(Sysctl.layerLinux.pipe(Layer.provide(NodeFileSystem.layer)), SocketOptions.layerLinux)
const program = Effect.gen(function*() {
  const server = yield* EchoServer.make({ ...EchoServer.defaultConfig, port: 0 })
  console.error("port", server.address.port)
  yield* Effect.async<void>((resume) => {
    const c = Net.connect(server.address.port, "127.0.0.1", () => { console.error("connected"); c.write("hello") })
    c.on("data", (d) => { console.error("got", d.toString()); c.end() })
    c.on("close", () => resume(Effect.void))
  })
  console.error("done")
}).pipe(Effect.scoped, Effect.provide(Layer.provideMerge(SocketTuning.layer(SocketTuning.defaultConfig), platform)))
Effect.runPromise(program).then(() => console.error("exit"))
