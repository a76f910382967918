export type Random = {
  /** In [0, 1). */
  next: () => number
  range: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
}

/**
 * mulberry32 seeded with the FNV-1a hash of a string: tiny, fast, and the same numbers on every
 * machine, which is what a deterministic seed needs (Math.random and sharp's noise are not).
 */
export function seededRandom(seed: string): Random {
  let h = 2166136261
  for (const c of seed) h = Math.imul(h ^ c.codePointAt(0)!, 16777619)
  let a = h >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const range = (min: number, max: number) => min + (max - min) * next()
  return { next, range, pick: (items) => items[Math.floor(next() * items.length)]! }
}
