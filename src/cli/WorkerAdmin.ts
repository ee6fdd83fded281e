/**
 * The admin endpoint (`--admin-port`) with `--workers`: served once, by the supervisor, for all the
 * workers. `/readyz` is ready while every worker serves; `/metrics` is every worker's scrape, asked
 * over the IPC channel at each request, with a `worker` label on each sample (counters and gauges
 * stay true per worker; Prometheus sums them with `sum without (worker)`).
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as ChildProcess from "node:child_process"
import * as AdminServer from "../admin/AdminServer.js"
import type * as Prometheus from "../admin/Prometheus.js"
import { route } from "../admin/Router.js"
import * as Routes from "../admin/Routes.js"

/** How long the supervisor waits for a worker's scrape; a worker that does not answer is left out. */
const scrapeTimeoutMs = 2000

interface ScrapeAsked {
  readonly type: "scrape"
  readonly id: number
}

interface ScrapeAnswered {
  readonly type: "scraped"
  readonly id: number
  readonly families: ReadonlyArray<Prometheus.Family>
}

const isMessage = <T extends { readonly type: string }>(type: T["type"]) => (message: unknown): message is T =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === type

/** In a worker: answers the supervisor's scrapes with this process's families. */
export const answerScrapes = (): void => {
  process.on("message", (message) => {
    if (!isMessage<ScrapeAsked>("scrape")(message)) return
    Effect.runPromise(Routes.scrape(Routes.echoServerMetrics)).then((families) => {
      if (process.connected) process.send!({ type: "scraped", id: message.id, families } satisfies ScrapeAnswered)
    })
  })
}

let nextScrape = 0

/** One worker's scrape, or none if it does not answer in time. */
const scrapeOf = (child: ChildProcess.ChildProcess): Promise<ReadonlyArray<Prometheus.Family> | undefined> =>
  new Promise((resolve) => {
    if (!child.connected) return resolve(undefined)
    const id = ++nextScrape
    const done = (families: ReadonlyArray<Prometheus.Family> | undefined) => {
      clearTimeout(timer)
      child.off("message", onMessage)
      resolve(families)
    }
    const onMessage = (message: unknown) => {
      if (isMessage<ScrapeAnswered>("scraped")(message) && message.id === id) done(message.families)
    }
    const timer = setTimeout(() => done(undefined), scrapeTimeoutMs)
    child.on("message", onMessage)
    child.send({ type: "scrape", id } satisfies ScrapeAsked)
  })

/** The families of several workers as one scrape: each sample labelled with its worker's number. */
export const labelled = (
  scrapes: ReadonlyArray<readonly [index: number, families: ReadonlyArray<Prometheus.Family>]>
): ReadonlyArray<Prometheus.Family> => {
  const families = new Map<string, Prometheus.Family & { readonly samples: Array<Prometheus.Sample> }>()
  for (const [index, list] of scrapes) {
    for (const family of list) {
      const samples = family.samples.map((sample) => ({ ...sample, labels: [["worker", String(index)] as const, ...sample.labels] }))
      const known = families.get(family.name)
      if (known === undefined) families.set(family.name, { ...family, samples })
      else known.samples.push(...samples)
    }
  }
  return [...families.values()]
}

export interface Workers {
  /** The workers running now, by number. */
  readonly running: () => ReadonlyArray<readonly [number, ChildProcess.ChildProcess]>
  /** Whether every worker serves and no shutdown has begun. */
  readonly serving: () => boolean
}

/** The admin server of a supervisor, when `adminPort` is set; scoped. */
export const serve = (admin: { readonly adminPort: Option.Option<number>; readonly adminHost: string }, workers: Workers) =>
  Option.match(admin.adminPort, {
    onNone: () => Effect.void,
    onSome: (port) =>
      AdminServer.make({ ...AdminServer.defaultConfig, host: admin.adminHost, port }, [
        ...Routes.health(Effect.sync(workers.serving)),
        route("GET", "/metrics", () =>
          Effect.promise(async () => {
            const running = workers.running()
            const scrapes = await Promise.all(running.map(([, child]) => scrapeOf(child)))
            return Routes.exposition(labelled(running.flatMap(([index], i) => {
              const families = scrapes[i]
              return families === undefined ? [] : [[index, families] as const]
            })))
          }))
      ])
  })
