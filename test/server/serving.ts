/** A real server on 127.0.0.1 port 0 with the Linux layers, for the server's tests; closed with the test's scope. */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Layer from "effect/Layer"
import * as EchoServer from "../../src/server/EchoServer.js"
import * as SocketOptions from "../../src/kernel/SocketOptions.js"
import * as SocketTuning from "../../src/kernel/SocketTuning.js"
import * as Sysctl from "../../src/kernel/Sysctl.js"

const platform = Layer.mergeAll(Sysctl.layerLinux.pipe(Layer.provide(NodeFileSystem.layer)), SocketOptions.layerLinux)

export const tuning = Layer.provideMerge(SocketTuning.layer(SocketTuning.defaultConfig), platform)

export const serve = (overrides: Partial<EchoServer.Config> = {}) =>
  EchoServer.make({ ...EchoServer.defaultConfig, host: "127.0.0.1", port: 0, ...overrides })
