/**
 * tcp-echo as a library: the services a program composes, each in its own module.
 */
export * as Bench from "./Bench.js"
export * as Connection from "./Connection.js"
export * as EchoServer from "./EchoServer.js"
export * as Logging from "./Logging.js"
export * as Probe from "./Probe.js"
export * as SocketOptions from "./SocketOptions.js"
export * as SocketTuning from "./SocketTuning.js"
export * as Sysctl from "./Sysctl.js"
