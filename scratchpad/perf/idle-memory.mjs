// Heap and RSS per idle connection, tcp-echo's EchoServer against a plain net echo, measured after
// a forced GC. Run: node --expose-gc scratchpad/perf/idle-memory.mjs [tcp-echo|node] PORT
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Net from "node:net"
import * as V8 from "node:v8"
import { EchoServer, SocketOptions, SocketTuning, Sysctl } from "../../dist/index.js"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"

const [kind, port] = [process.argv[2], Number(process.argv[3])]
const report = () => {
  globalThis.gc()
  const m = process.memoryUsage()
  const spaces = Object.fromEntries(V8.getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_size / 1024)]))
  console.log(JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss, spacesKB: spaces }))
}
process.on("SIGUSR2", report)
if (kind === "node") {
  Net.createServer({ allowHalfOpen: true }, (socket) => {
    socket.on("data", (chunk) => { if (!socket.write(chunk)) { socket.pause(); socket.once("drain", () => socket.resume()) } })
    socket.on("end", () => socket.end())
    socket.on("error", () => socket.destroy())
  }).listen(port, "127.0.0.1", () => console.log("listening"))
} else {
  const platform = Layer.provideMerge(SocketTuning.layer(SocketTuning.defaultConfig), Layer.merge(Sysctl.layerLinux, SocketOptions.layerLinux))
  Effect.runFork(Effect.gen(function*() {
    yield* EchoServer.make({ ...EchoServer.defaultConfig, host: "127.0.0.1", port, readTimeout: EchoServer.defaultConfig.readTimeout, writeTimeout: EchoServer.defaultConfig.writeTimeout, shutdownTimeout: EchoServer.defaultConfig.shutdownTimeout })
    console.log("listening")
    yield* Effect.never
  }).pipe(Effect.scoped, Effect.provide(platform), Effect.provide(NodeFileSystem.layer), Logger.withMinimumLogLevel(LogLevel.Warning)))
}
