/**
 * The layers tests run the real services on: this host's /proc/sys and libc, the socket tuning on
 * top, and a server on 127.0.0.1 port 0 closed with the test's scope.
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as SocketOptions from "../src/kernel/SocketOptions.js"
import * as SocketTuning from "../src/kernel/SocketTuning.js"
import * as Sysctl from "../src/kernel/Sysctl.js"
import * as EchoServer from "../src/server/EchoServer.js"

/** Linux's readings and native socket options, as the CLI picks them on this host. */
export const linux = Layer.mergeAll(Sysctl.layerLinux.pipe(Layer.provide(NodeFileSystem.layer)), SocketOptions.layerLinux)

/** `SocketTuning` with `overrides` on the defaults, over `linux` (whose services it also provides). */
export const tuned = (overrides: Partial<SocketTuning.TuningConfig> = {}) =>
  Layer.provideMerge(SocketTuning.layer({ ...SocketTuning.defaultConfig, ...overrides }), linux)

/** `tuned()` with warnings only: a server's per-connection info lines would drown a client test's output. */
export const quietlyTuned = Layer.merge(tuned(), Logger.minimumLogLevel(LogLevel.Warning))

/** A real server on 127.0.0.1 port 0, `overrides` on the defaults; closed with the test's scope. */
export const serve = (overrides: Partial<EchoServer.Config> = {}) =>
  EchoServer.make({ ...EchoServer.defaultConfig, host: "127.0.0.1", port: 0, ...overrides })
