/**
 * The bytes bench sends: every connection sends a deterministic pseudo-random stream, byte p of
 * the connection with serial s being `pattern()[(offsetOf(s) + p) mod period]`. A write is then a
 * slice of one shared table and checking an echo one compare at the right position, with no
 * per-byte work or allocation; and two connections' streams do not line up.
 */

export const period = 1_048_573 // prime, so streams do not line up on powers of two
/** The longest slice written or compared at once: the table repeats this much past `period`. */
export const sliceMax = 1 << 20

let table: Buffer | undefined

/** The pattern table, built on first use (2 MiB) so that other commands do not pay for it. */
export const pattern = (): Buffer => {
  if (table === undefined) {
    const built = Buffer.allocUnsafe(period + sliceMax)
    // xorshift32 from a fixed seed: every run and every process makes the same table.
    let state = 0x9e3779b9
    for (let i = 0; i < period; i += 4) {
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      built.writeUInt32LE(state >>> 0, i)
    }
    // The tail repeats the head. sliceMax exceeds period, so one copy of [0, sliceMax) would overlap
    // its own target and repeat the last word's spill past `period` instead of the table's start.
    built.copy(built, period, 0, period)
    built.copy(built, 2 * period, 0, sliceMax - period)
    table = built
  }
  return table
}

/** Where connection `serial`'s stream starts in the table (a murmur3 finalizer of the serial). */
export const offsetOf = (serial: number): number => {
  let h = serial ^ (serial >>> 16)
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) % period
}
