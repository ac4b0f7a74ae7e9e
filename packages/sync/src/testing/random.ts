/** mulberry32: a tiny seeded PRNG, so a failing randomized run can be replayed from its seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (maxExclusive: number) => Math.floor(next() * maxExclusive),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!
    },
    chance: (p: number) => next() < p,
  }
}
export type Random = ReturnType<typeof createRandom>
