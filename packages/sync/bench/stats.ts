/** Small helpers for benchmarks: medians and percentiles of repeated measurements. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

export const median = (values: number[]) => percentile(values, 50)

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits
