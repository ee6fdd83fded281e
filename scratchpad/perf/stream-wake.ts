/**
 * What one accepted connection costs the accept Stream when connections arrive one per event-loop
 * turn (churn): Stream.asyncPush + runForEachChunk, against a plain callback.
 * Run: npx esbuild scratchpad/perf/stream-wake.ts --bundle --platform=node | node
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

const N = 100_000

const viaStream = Effect.gen(function*() {
  let seen = 0
  const started = process.hrtime.bigint()
  yield* Stream.asyncPush<number>((emit) =>
    Effect.sync(() => {
      let i = 0
      const next = () => {
        emit.single(i++)
        if (i < N) setImmediate(next)
        else setImmediate(() => emit.end())
      }
      setImmediate(next)
    }), { bufferSize: "unbounded" }).pipe(Stream.runForEachChunk((chunk) => Effect.sync(() => (seen += chunk.length))))
  return { seen, ns: Number(process.hrtime.bigint() - started) / N }
})

const viaCallback = () =>
  new Promise<{ seen: number; ns: number }>((resolve) => {
    let seen = 0
    let i = 0
    const started = process.hrtime.bigint()
    const next = () => {
      seen++
      i++
      if (i < N) setImmediate(next)
      else resolve({ seen, ns: Number(process.hrtime.bigint() - started) / N })
    }
    setImmediate(next)
  })

const main = async () => {
  for (let round = 0; round < 3; round++) {
    const callback = await viaCallback()
    const stream = await Effect.runPromise(viaStream)
    console.log(`per item: callback ${callback.ns.toFixed(0)} ns, stream ${stream.ns.toFixed(0)} ns (${stream.seen} items)`)
  }
}
main()
