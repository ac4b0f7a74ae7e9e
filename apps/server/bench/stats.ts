// Statistics the server benchmarks share: medians and percentiles of noisy measurements on a shared machine.
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Linear-interpolated percentile (0–100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = ((sorted.length - 1) * p) / 100
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

export function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits
}
