/**
 * tcp-echo as a library: the services a program composes, each in its own module.
 */
export * as Bench from "./client/Bench.js"
export * as EchoServer from "./server/EchoServer.js"
export * as Faults from "./server/faults/Faults.js"
export * as Probe from "./client/Probe.js"
export * as SocketOptions from "./kernel/SocketOptions.js"
export * as SocketTuning from "./kernel/SocketTuning.js"
export * as Sysctl from "./kernel/Sysctl.js"
