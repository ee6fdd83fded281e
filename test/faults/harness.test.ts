/** The fault suite's own check: the pattern verifier catches what it must and nothing else. */
import { expect, it } from "vitest"
import { Pattern, random, Verifier } from "./harness.js"

/** Feeds `stream` to a fresh verifier in pieces of random sizes (as sockets deliver them). */
const verify = (seed: number, stream: Buffer) => {
  const verifier = new Verifier(seed)
  const draw = random(seed)
  for (let at = 0; at < stream.length;) {
    const length = 1 + Math.floor(draw() * 100_000)
    verifier.check(stream.subarray(at, at + length))
    at += length
  }
  return verifier
}

it("the pattern verifier passes the stream in any cut and catches a dropped, repeated or changed byte", () => {
  const size = 300_000
  const stream = new Pattern(11).bytes(0, size)
  // The same bytes made in pieces at odd offsets.
  const pieced = Buffer.concat([0, 1, 70_001, 200_003].map((from, i, all) =>
    new Pattern(11).bytes(from, (all[i + 1] ?? size) - from)
  ))
  expect(pieced.equals(stream)).toBe(true)
  expect(verify(11, stream).mismatches).toBe(0)
  expect(verify(11, stream).offset).toBe(size)
  expect(verify(12, stream).mismatches).toBeGreaterThan(size * 0.99)

  const dropped = Buffer.concat([stream.subarray(0, 1234), stream.subarray(1235)])
  const repeated = Buffer.concat([stream.subarray(0, 1235), stream.subarray(1234)])
  const changed = Buffer.from(stream)
  changed[250_000] = changed[250_000]! ^ 1
  expect(verify(11, dropped).mismatches).toBeGreaterThan(1_000)
  expect(verify(11, repeated).mismatches).toBeGreaterThan(1_000)
  expect(verify(11, changed).mismatches).toBe(1)
})
