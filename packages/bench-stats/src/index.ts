// Statistics every benchmark shares (server, packages, browser benchmarks): medians and percentiles of repeated,
// noisy measurements on a shared machine. One definition, so figures in docs/benchmarks.md mean the same everywhere.

/**
 * The nearest-rank percentile (0–100): the smallest measured value with at least p % of the values at or below
 * it. Always a value that was measured, never one interpolated between two runs.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

/** The nearest-rank median: for an even count, the lower of the two middle values. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits
}

/** Milliseconds on a monotonic clock (Node and browsers alike). */
export function nowMs(): number {
  return performance.now()
}
