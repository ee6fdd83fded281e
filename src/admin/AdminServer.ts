/**
 * The admin HTTP server: probes and scrapes (`Routes`) on a port of their own, in the scope of the
 * program that runs the echo server, so that it opens before the echo server and closes after it.
 * Plain node:http: it starts in a few milliseconds and its limits are Node's own.
 *
 * A slow or malformed client holds neither this server nor the echo server (one event loop serves
 * both, and nothing here waits on a client): a request's head must arrive within `headersTimeout`
 * and fit in `maxHeaderSize`, the whole request within `requestTimeout`, its body in `maxBodySize`;
 * an idle connection is closed after `keepAliveTimeout`; at most `maxConnections` are open at once.
 */
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Runtime from "effect/Runtime"
import type * as Http from "node:http"
import type * as Net from "node:net"
import { hostPort } from "../net.js"
import { describeCode } from "../server/Listener.js"
import * as Router from "./Router.js"

export interface Config {
  /** Address or name to bind; `localhost` is 127.0.0.1, as for the echo server. */
  readonly host: string
  /** TCP port; 0 picks a free one (see `address`). */
  readonly port: number
  /**
   * How long a client may take to send a request's head, from when it connected or its previous
   * request ended; then it gets 408 and is closed. Checked every half second, so up to that later.
   */
  readonly headersTimeout: Duration.Duration
  /** How long a whole request (head and body) may take to arrive, measured the same way. */
  readonly requestTimeout: Duration.Duration
  /** How long a connection may stay open with no request after the previous response. */
  readonly keepAliveTimeout: Duration.Duration
  /** Bytes of a request's head (request line and headers) at most; 431 beyond. */
  readonly maxHeaderSize: number
  /** Bytes of a request's body at most; 413 beyond. */
  readonly maxBodySize: number
  /** Connections open at once; one more is closed at accept. */
  readonly maxConnections: number
}

export const defaultConfig: Config = {
  host: "127.0.0.1",
  port: 0,
  headersTimeout: Duration.seconds(5),
  requestTimeout: Duration.seconds(10),
  keepAliveTimeout: Duration.seconds(5),
  maxHeaderSize: 8 * 1024,
  maxBodySize: 64 * 1024,
  maxConnections: 64
}

/** The admin server could not listen; `code` is the errno name. */
export class AdminError extends Data.TaggedError("AdminError")<{
  readonly host: string
  readonly port: number
  readonly code: string
  readonly cause: unknown
}> {
  override get message(): string {
    return `admin server: cannot listen on ${hostPort(this.host, this.port)}: ${describeCode(this.code)}`
  }
}

/** Reads the body (413 beyond `maxBodySize`) and hands the request to the routes; a defect in a route is a 500. */
const serve = (
  routes: ReadonlyArray<Router.Route>,
  maxBodySize: number,
  run: <A>(effect: Effect.Effect<A>, onExit: (exit: Exit.Exit<A>) => void) => void
) =>
(request: Http.IncomingMessage, response: Http.ServerResponse) => {
  const send = ({ body, headers, status }: Router.Response) => {
    response.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) })
    response.end(body)
  }
  const parts: Array<Buffer> = []
  let size = 0
  request.on("data", (chunk: Buffer) => {
    if (size > maxBodySize) return
    size += chunk.length
    if (size <= maxBodySize) return void parts.push(chunk)
    // Node closes the connection once this response is out, whatever of the body is still coming.
    send(Router.text(413, `request body over ${maxBodySize} bytes\n`, { connection: "close" }))
  })
  request.on("end", () => {
    if (size > maxBodySize) return
    let url: URL
    try {
      url = new URL(request.url ?? "/", "http://admin")
    } catch {
      return send(Router.text(400, "malformed request target\n"))
    }
    const body = Buffer.concat(parts).toString("utf8")
    const handled = Router.dispatch(routes, { method: request.method ?? "GET", path: url.pathname, query: url.searchParams, body })
    run(handled, (exit) => send(Exit.isSuccess(exit) ? exit.value : Router.text(500, "internal error\n")))
  })
}

/**
 * Opens the admin server on `config.host:config.port` with `routes`, logs `admin on http://HOST:PORT`
 * and returns the bound address; closes it, and every connection it holds, with the scope.
 */
export const make = (config: Config, routes: ReadonlyArray<Router.Route>) =>
  Effect.gen(function*() {
    const runtime = yield* Effect.runtime<never>()
    const runCallback = Runtime.runCallback(runtime)
    // Loaded here, not at start-up: most servers run without an admin port (see README, Start-up).
    const Http = yield* Effect.promise(() => import("node:http"))
    const server = Http.createServer({
      headersTimeout: Duration.toMillis(config.headersTimeout),
      requestTimeout: Duration.toMillis(config.requestTimeout),
      keepAliveTimeout: Duration.toMillis(config.keepAliveTimeout),
      maxHeaderSize: config.maxHeaderSize,
      connectionsCheckingInterval: 500
    }, serve(routes, config.maxBodySize, (effect, onExit) => void runCallback(effect, { onExit })))
    server.maxConnections = config.maxConnections
    const host = config.host === "localhost" ? "127.0.0.1" : config.host
    yield* Effect.acquireRelease(
      Effect.async<void, AdminError>((resume) => {
        const onError = (cause: NodeJS.ErrnoException) =>
          resume(Effect.fail(new AdminError({ host, port: config.port, code: cause.code ?? "EUNKNOWN", cause })))
        server.once("error", onError)
        server.listen({ host, port: config.port }, () => {
          server.off("error", onError)
          // From now on the only errors are failed accepts: that client was reset; the server goes on.
          server.on("error", (error) => runCallback(Effect.logWarning(`admin server: ${error.message}`)))
          resume(Effect.void)
        })
      }),
      () =>
        Effect.async<void>((resume) => {
          server.close(() => resume(Effect.void))
          server.closeAllConnections()
        })
    )
    const bound = server.address() as Net.AddressInfo
    const address = { address: bound.address, port: bound.port }
    yield* Effect.logInfo(`admin on http://${hostPort(address.address, address.port)}`)
    return address
  })
