/**
 * tcp-echo as a library: the services a program composes, each in its own module.
 */
export * as Bench from "./client/Bench.js"
export * as Connection from "./Connection.js"
export * as EchoServer from "./EchoServer.js"
export * as Probe from "./client/Probe.js"
export * as SocketOptions from "./SocketOptions.js"
export * as SocketTuning from "./SocketTuning.js"
export * as Sysctl from "./Sysctl.js"
