/** The text exposition format: exact text for each metric type, escapes, and promtool's verdict on a full scrape. */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import type { TestContext } from "vitest"
import * as Prometheus from "../../src/admin/Prometheus.js"
import * as Routes from "../../src/admin/Routes.js"
import * as Router from "../../src/admin/Router.js"
import { serve, tuning } from "../server/serving.js"
import { promtoolCheck, samples } from "./promtool.js"

describe("Prometheus", () => {
  it("renders counters, gauges and histograms of Effect's registry, grouped by name, labels escaped", () => {
    const requests = Metric.counter("test_render_requests_total", { description: "Requests\nserved \\ so far." })
    requests.pipe(Metric.tagged("path", "/a\"b\\c\nd")).unsafeUpdate(2, [])
    requests.pipe(Metric.tagged("path", "/")).unsafeUpdate(1, [])
    Metric.gauge("test render.level").unsafeUpdate(-1.5, [])
    const latency = Metric.histogram("test_render_seconds", MetricBoundaries.fromIterable([0.1, 1]), "Latency.")
    for (const value of [0.05, 0.5, 0.5, 7]) latency.unsafeUpdate(value, [])
    const text = Prometheus.render(Prometheus.registryFamilies().filter((family) => family.name.startsWith("test_render")))
    const lines = text.split("\n")
    expect(lines.slice(0, 5)).toEqual([
      "# HELP test_render_level test render.level",
      "# TYPE test_render_level gauge",
      "test_render_level -1.5",
      "# HELP test_render_requests_total Requests\\nserved \\\\ so far.",
      "# TYPE test_render_requests_total counter"
    ])
    expect(lines.slice(5, 7).sort()).toEqual([
      "test_render_requests_total{path=\"/\"} 1",
      "test_render_requests_total{path=\"/a\\\"b\\\\c\\nd\"} 2"
    ])
    expect(lines.slice(7)).toEqual([
      "# HELP test_render_seconds Latency.",
      "# TYPE test_render_seconds histogram",
      "test_render_seconds_bucket{le=\"0.1\"} 1",
      "test_render_seconds_bucket{le=\"1\"} 3",
      "test_render_seconds_bucket{le=\"+Inf\"} 4",
      "test_render_seconds_sum 8.05",
      "test_render_seconds_count 4",
      ""
    ])
  })

  it.scoped("GET /metrics: the server's and the process's metrics, which promtool passes without a problem", (ctx: TestContext) =>
    Effect.gen(function*() {
      yield* serve()
      const response = yield* Router.dispatch(Routes.metrics(), { method: "GET", path: "/metrics", query: new URLSearchParams(), body: "" })
      expect(response.status).toBe(200)
      expect(response.headers?.["content-type"]).toBe("text/plain; version=0.0.4; charset=utf-8")
      const found = samples(response.body)
      for (const name of ["tcp_echo_connections_accepted_total", "tcp_echo_connections_active", "tcp_echo_received_bytes_total",
        "tcp_echo_sent_bytes_total", "tcp_echo_connection_duration_seconds_count", "process_resident_memory_bytes",
        "process_open_fds", "process_cpu_seconds_total", "process_start_time_seconds"]) {
        expect(found.has(name), name).toBe(true)
      }
      expect(found.get("tcp_echo_connections_closed_total{reason=\"client-fin\"}")).toBeTypeOf("number")
      expect(found.get("process_start_time_seconds")).toBeCloseTo((Date.now() - process.uptime() * 1000) / 1000, -1)
      const checked = promtoolCheck(response.body)
      if ("skip" in checked) {
        console.log(`skipped promtool check: ${checked.skip}`)
        return ctx.skip()
      }
      expect(checked).toEqual({ problems: "", ok: true })
    }).pipe(Effect.provide(tuning)))
})
