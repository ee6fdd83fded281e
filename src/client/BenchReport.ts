/**
 * What a bench run measured, for people (`resultText`, and `progressText` once a second on a
 * terminal) and for programs (`resultJson`, the object `tcp-echo bench --json` prints and
 * `npm run bench` reads): the fields every mode has, then the mode's own.
 */
import * as Duration from "effect/Duration"
import { hostPort } from "../net.js"
import type * as Bench from "./Bench.js"
import type * as Histogram from "./Histogram.js"

const round = (value: number, digits: number) => Number(value.toFixed(digits))

const perSecond = (count: number, seconds: number) => (seconds > 0 ? count / seconds : 0)

const latencyUs = (summary: Histogram.Summary | undefined) =>
  summary === undefined ? null : {
    p50: round(summary.p50 / 1000, 1),
    p99: round(summary.p99 / 1000, 1),
    p999: round(summary.p999 / 1000, 1),
    max: round(summary.max / 1000, 1)
  }

/** One JSON object: the fields every mode has, then the mode's own. */
export const resultJson = (result: Bench.Result) => {
  const { config } = result
  const common = {
    host: config.host,
    port: config.port,
    connections: config.connections,
    size: config.size,
    seconds: round(result.seconds, 3),
    opened: result.opened,
    errors: result.errors,
    mismatches: result.mismatches,
    unexpectedBytes: result.unexpectedBytes,
    closedByServer: result.closedByServer,
    firstError: result.firstError ?? null,
    clientCpuPercent: round(result.clientCpuPercent, 1)
  }
  switch (config.mode) {
    case "pingpong":
      return {
        mode: config.mode,
        ...common,
        roundTrips: result.operations,
        roundTripsPerSecond: round(perSecond(result.operations, result.seconds), 1),
        latencyUs: latencyUs(result.latency)
      }
    case "bulk":
      return {
        mode: config.mode,
        ...common,
        bytesSent: result.bytesSent,
        bytesEchoed: result.bytesEchoed,
        megabytesPerSecond: round(perSecond(result.bytesEchoed, result.seconds) / 1e6, 1)
      }
    case "churn":
      return {
        mode: config.mode,
        ...common,
        completed: result.operations,
        connectionsPerSecond: round(perSecond(result.operations, result.seconds), 1),
        latencyUs: latencyUs(result.latency),
        eofMissing: result.eofMissing,
        closedEarly: result.closedEarly
      }
    case "idle":
      return {
        mode: config.mode,
        ...common,
        stillOpen: result.stillOpen,
        openMs: result.openMs === undefined ? null : round(result.openMs, 1),
        closeMs: result.closeTimes === undefined ? null : {
          p50: round(result.closeTimes.p50 / 1e6, 1),
          min: round(result.closeTimes.min / 1e6, 1),
          max: round(result.closeTimes.max / 1e6, 1)
        }
      }
  }
}

const whole = (value: number) => Math.round(value).toLocaleString("en-US")

const us = (ns: number) => {
  const micros = ns / 1000
  return micros < 100 ? `${micros.toFixed(1)} µs` : `${whole(micros)} µs`
}

const latencyLine = (label: string, summary: Histogram.Summary | undefined) =>
  summary === undefined
    ? `  ${label}: no samples`
    : `  ${label}: p50 ${us(summary.p50)}, p99 ${us(summary.p99)}, p99.9 ${us(summary.p999)}, max ${us(summary.max)}`

export const resultText = (result: Bench.Result): string => {
  const { config, seconds } = result
  const head = config.mode === "idle"
    ? `bench idle ${hostPort(config.host, config.port)}: ${config.connections} connections held ${Duration.toSeconds(config.duration)} s`
    : `bench ${config.mode} ${hostPort(config.host, config.port)}: ${config.connections} connections, ${config.size} B ${
      config.mode === "bulk" ? "writes" : "messages"
    }, ${seconds.toFixed(2)} s`
  const body = (() => {
    switch (config.mode) {
      case "pingpong":
        return [
          `  throughput: ${whole(perSecond(result.operations, seconds))} round trips/s (${whole(result.operations)} round trips)`,
          latencyLine("latency", result.latency)
        ]
      case "bulk":
        return [
          `  throughput: ${(perSecond(result.bytesEchoed, seconds) / 1e6).toFixed(1)} MB/s echoed and verified (${
            whole(result.bytesEchoed / 1e6)
          } MB; ${whole(result.bytesSent / 1e6)} MB sent)`
        ]
      case "churn":
        return [
          `  throughput: ${whole(perSecond(result.operations, seconds))} connections/s (${whole(result.operations)} completed)`,
          latencyLine("latency, connect to EOF", result.latency),
          `  EOF missing ${result.eofMissing}, closed early ${result.closedEarly}`
        ]
      case "idle": {
        const close = result.closeTimes
        return [
          `  opened ${result.opened} of ${config.connections}${
            result.openMs === undefined ? "" : ` in ${whole(result.openMs)} ms`
          }; ${result.stillOpen} still open at the end`,
          `  closed by the server: ${result.closedByServer}${
            close === undefined
              ? ""
              : ` (after p50 ${(close.p50 / 1e9).toFixed(2)} s, min ${(close.min / 1e9).toFixed(2)} s, max ${
                (close.max / 1e9).toFixed(2)
              } s from connect)`
          }`
        ]
      }
    }
  })()
  return [
    head,
    ...body,
    `  errors ${result.errors}${
      result.firstError === undefined ? "" : ` (first: ${result.firstError})`
    }, mismatches ${result.mismatches}${
      config.mode === "idle" ? "" : `, closed by server ${result.closedByServer}`
    }; client CPU ${Math.round(result.clientCpuPercent)} %`
  ].join("\n")
}

export const progressText = (progress: Bench.Progress): string => {
  const rate = (count: number) => whole(perSecond(count, progress.elapsedSeconds))
  const done = progress.mode === "pingpong"
    ? `${whole(progress.operations)} round trips (${rate(progress.operations)}/s)`
    : progress.mode === "churn"
    ? `${whole(progress.operations)} connections (${rate(progress.operations)}/s)`
    : progress.mode === "bulk"
    ? `${whole(progress.bytesEchoed / 1e6)} MB echoed (${rate(progress.bytesEchoed / 1e6)} MB/s)`
    : `${progress.closedByServer} closed by the server`
  return `bench ${progress.mode}: ${progress.elapsedSeconds.toFixed(0)} s, ${done}, ${progress.open} open, ${progress.errors} errors, ${progress.mismatches} mismatches`
}
