/**
 * The admin server's routes: a route is a method, an exact path and a handler, so adding an endpoint
 * is one `route(...)` in a list. A path no route has is 404; a path with routes for other methods is
 * 405 with an `Allow` header; HEAD is served by the GET route (Node sends no body).
 */
import * as Effect from "effect/Effect"

export type Method = "GET" | "PUT" | "POST" | "DELETE"

export interface Request {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  /** The body as text, already read whole (its size is capped by the server). */
  readonly body: string
}

export interface Response {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body: string
}

export type Handler = (request: Request) => Effect.Effect<Response>

export interface Route {
  readonly method: Method
  readonly path: string
  readonly handler: Handler
}

export const route = (method: Method, path: string, handler: Handler): Route => ({ method, path, handler })

export const text = (status: number, body: string, headers: Readonly<Record<string, string>> = {}): Response => ({
  status,
  headers: { "content-type": "text/plain; charset=utf-8", ...headers },
  body
})

/** The response of the route for `request`, or 404 / 405. */
export const dispatch = (routes: ReadonlyArray<Route>, request: Request): Effect.Effect<Response> => {
  const method = request.method === "HEAD" ? "GET" : request.method
  const forPath = routes.filter((route) => route.path === request.path)
  if (forPath.length === 0) return Effect.succeed(text(404, "not found\n"))
  const match = forPath.find((route) => route.method === method)
  if (match !== undefined) return match.handler(request)
  const allowed = [...new Set(forPath.flatMap((route) => (route.method === "GET" ? ["GET", "HEAD"] : [route.method])))]
  return Effect.succeed(text(405, "method not allowed\n", { allow: allowed.join(", ") }))
}
