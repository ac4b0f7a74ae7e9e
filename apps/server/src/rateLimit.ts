// Fixed-window counters for the two per-client limits (connections per IP per minute, messages per
// connection per second). A fixed window is crude next to a token bucket, but it is O(1), has no
// timers and is easy to reason about; the limits are generous, they only stop runaway clients.

/** Counts events per key in windows of `windowMs`; `take` says whether one more is allowed. */
export class WindowCounter {
  private windowStart: number
  private readonly counts = new Map<string, number>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now()
  }

  take(key: string): boolean {
    this.roll()
    const count = (this.counts.get(key) ?? 0) + 1
    this.counts.set(key, count)
    return count <= this.limit
  }

  /** Keys seen in the current window (the map is emptied every window, so memory stays bounded). */
  get size(): number {
    this.roll()
    return this.counts.size
  }

  private roll(): void {
    const now = this.now()
    if (now - this.windowStart < this.windowMs) return
    this.windowStart = now
    this.counts.clear()
  }
}

/** Per-connection message limit: one counter without keys, so a connection needs no map entry. */
export class MessageRate {
  private windowStart = 0
  private count = 0

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(): boolean {
    const now = this.now()
    if (now - this.windowStart >= 1000) {
      this.windowStart = now
      this.count = 0
    }
    return ++this.count <= this.perSecond
  }
}

/**
 * A token bucket for costly requests of one connection (sync step 1 answers encode the whole document; new
 * annotations stay forever): `burst` at once, then `perMinute` more every minute.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly burst: number,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst
    this.last = now()
  }

  take(count = 1): boolean {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perMinute) / 60_000)
    this.last = now
    if (this.tokens < count) return false
    this.tokens -= count
    return true
  }
}
