import { describe, expect, it } from 'vitest'
import { MessageRate, WindowCounter } from './rateLimit'

describe('rate limits', () => {
  it('allows `limit` events per key and window, then refuses until the window rolls', () => {
    let now = 1000
    const counter = new WindowCounter(2, 60_000, () => now)
    expect([counter.take('a'), counter.take('a'), counter.take('a')]).toEqual([true, true, false])
    expect(counter.take('b')).toBe(true) // keys are independent
    now += 59_999
    expect(counter.take('a')).toBe(false)
    now += 1
    expect(counter.take('a')).toBe(true)
    expect(counter.size).toBe(1) // old keys are forgotten with their window
  })

  it('limits messages per second', () => {
    let now = 0
    const rate = new MessageRate(3, () => now)
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false])
    now = 1000
    expect(rate.take()).toBe(true)
  })
})
