/**
 * tcp-echo's client tools as a library (`tcp-echo/client`): probe and bench talk to any echo server,
 * so they are an entry of their own, apart from the server's services.
 */
export * as Bench from "./Bench.js"
export * as Probe from "./Probe.js"
