/**
 * What a probe found, for people (`reportText`, and `failureLine` for stderr) and for programs
 * (`reportJson`, the shape `tcp-echo probe --json` prints).
 */
import * as Duration from "effect/Duration"
import { hostPort } from "../net.js"
import * as Probe from "./Probe.js"

interface Spread {
  readonly min: number
  readonly median: number
  readonly max: number
}

const spread = (values: ReadonlyArray<number>): Spread | undefined => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! }
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** The one line a failed probe leaves on stderr (after `tcp-echo: `). */
export const failureLine = (report: Probe.Report, error: Probe.ProbeError): string =>
  `probe: ${error.message}; ${report.roundTripsMs.length} of ${report.config.count} echoes verified`

const closeText = (close: Probe.Close | undefined): string => {
  if (close === undefined) return "the server did not close the connection while the probe watched"
  const during = close.phase === "waiting"
    ? "while the probe stayed silent"
    : close.phase === "echo"
    ? `while the probe waited for echo ${close.echo}`
    : "after the probe's FIN"
  return `the server closed the connection ${(close.afterMs / 1000).toFixed(3)} s after connect (${close.how}) ${during}`
}

export const reportText = (report: Probe.Report): string => {
  const { config } = report
  const what = config.payload._tag === "Random" ? `${report.bytes} random bytes` : `the ${report.bytes}-byte message`
  const times = spread(report.roundTripsMs)
  const ms = (value: number) => `${value.toFixed(3)} ms`
  return [
    `probe ${hostPort(config.host, config.port)}: ${report.roundTripsMs.length} of ${config.count} echoes verified (${what} each)`,
    ...(report.connectMs === undefined ? [] : [`connected in ${ms(report.connectMs)}`]),
    ...(Duration.isZero(config.wait) ? [] : [`stayed silent ${Probe.secondsText(Duration.toMillis(config.wait))} s after connecting`]),
    ...(times === undefined ? [] : [`round trip: min ${ms(times.min)}, median ${ms(times.median)}, max ${ms(times.max)}`]),
    ...(report.connectMs === undefined ? [] : [closeText(report.close)]),
    report.error === undefined ? "result: every echo verified" : `result: failed: ${report.error.message}`
  ].join("\n")
}

export const reportJson = (report: Probe.Report) => {
  const times = spread(report.roundTripsMs)
  return {
    host: report.config.host,
    port: report.config.port,
    bytes: report.bytes,
    count: report.config.count,
    waitSeconds: Duration.toSeconds(report.config.wait),
    timeoutSeconds: Duration.toSeconds(report.config.timeout),
    ok: report.error === undefined,
    verified: report.roundTripsMs.length,
    connectMs: report.connectMs === undefined ? null : round(report.connectMs, 3),
    roundTripMs: times === undefined
      ? null
      : { min: round(times.min, 3), median: round(times.median, 3), max: round(times.max, 3) },
    closed: report.close === undefined ? null : {
      afterSeconds: round(report.close.afterMs / 1000, 3),
      how: report.close.how,
      while: report.close.phase,
      echo: report.close.phase === "echo" ? report.close.echo : null
    },
    error: report.error === undefined ? null : report.error.message
  }
}
