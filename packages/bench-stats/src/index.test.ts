import { describe, expect, it } from 'vitest'
import { median, percentile, round } from './index'

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles: always a measured value', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 90)).toBe(9)
    expect(percentile(values, 99)).toBe(10)
    expect(percentile(values, 0)).toBe(1)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2)
    expect(percentile([], 50)).toBeNaN()
  })

  it('leaves the input alone and rounds to the digits asked for', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
    expect(round(1.23456)).toBe(1.23)
    expect(round(1.25, 1)).toBe(1.3)
  })
})
