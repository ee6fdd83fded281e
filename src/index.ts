/**
 * tcp-echo as a library: the services a program composes, their layers, configs, models and errors.
 * Internals (the per-connection state machine, the timer wheel, parsers, Node handles) stay out, and
 * so does the CLI; the client tools are `tcp-echo/client`.
 */
export * as EchoServer from "./server/EchoServer.js"
export * as Metrics from "./server/Metrics.js"
export * as Faults from "./server/faults/Faults.js"
export * as SocketOptions from "./kernel/SocketOptions.js"
export * as SocketTuning from "./kernel/SocketTuning.js"
export * as Sysctl from "./kernel/Sysctl.js"
