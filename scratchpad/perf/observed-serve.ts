/**
 * The echo server as a library user runs it with everything observing it: one events subscriber
 * that reads every event, the admin server, and a Prometheus-like scrape of /metrics once a second.
 * For `compare.sh`, beside `tcp-echo serve` with neither (issue 11: "<= 5% with both on").
 * Build: npx esbuild scratchpad/perf/observed-serve.ts --bundle --platform=node --format=cjs \
 *          --external:koffi --outfile=dist/observed-serve.cjs --log-level=error
 * Run:   [READ=each] node dist/observed-serve.cjs PORT   (prints `listening on 127.0.0.1:PORT`, stops
 *        on SIGTERM). READ=each runs an Effect per event; by default the subscriber reads chunks.
 */
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Stream from "effect/Stream"
import * as Http from "node:http"
import * as AdminServer from "../../src/admin/AdminServer.js"
import * as Routes from "../../src/admin/Routes.js"
import { EchoServer, SocketOptions, SocketTuning, Sysctl } from "../../src/index.js"

const port = Number(process.argv[2] ?? 0)

/** One GET of /metrics, its body read to the end (a scraper that fails says so and stops the run). */
let scrapes = 0
const scrape = (adminPort: number) =>
  Http.get({ host: "127.0.0.1", port: adminPort, path: "/metrics" }, (response) => {
    if (response.statusCode === 200) scrapes++
    response.resume()
  })
    .on("error", (error) => {
      console.error(`scrape failed: ${error.message}`)
      process.exit(1)
    })

const program = Effect.gen(function*() {
  const admin = yield* AdminServer.make(AdminServer.defaultConfig, [...Routes.metrics()])
  const server = yield* EchoServer.EchoServer
  const events = yield* server.subscribe()
  let seen = 0
  // How the subscriber reads: a chunk at a time (the cheap way), or an Effect per event.
  yield* Effect.forkScoped(
    process.env.READ === "each"
      ? Stream.runForEach(events, () => Effect.sync(() => seen++))
      : Stream.runForEachChunk(events, (chunk) => Effect.sync(() => (seen += chunk.length)))
  )
  const timer = setInterval(() => scrape(admin.port), 1000)
  yield* Effect.addFinalizer(() => Effect.sync(() => clearInterval(timer)))
  console.error(`listening on 127.0.0.1:${server.address.port}`)
  yield* Effect.addFinalizer(() => Effect.sync(() => console.error(`${seen} events read, ${scrapes} scrapes answered`)))
  return yield* Effect.never
})

program.pipe(
  Effect.provide(EchoServer.layer({ ...EchoServer.defaultConfig, host: "127.0.0.1", port })),
  Effect.provide(SocketTuning.layer(SocketTuning.defaultConfig)),
  Effect.provide(Layer.merge(Sysctl.layerLinux, SocketOptions.layerLinux)),
  Effect.provide(NodeContext.layer),
  Effect.scoped,
  Logger.withMinimumLogLevel(LogLevel.Warning),
  NodeRuntime.runMain
)
