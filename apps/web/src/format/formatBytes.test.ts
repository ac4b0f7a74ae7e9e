import { describe, expect, it } from 'vitest'
import { formatBytes } from './formatBytes'

describe('formatBytes', () => {
  it('uses decimal units and the language’s decimal sign', () => {
    expect(formatBytes(3_200_000, 'nb')).toBe('3,2 MB')
    expect(formatBytes(1_234_567_890, 'nn')).toBe('1,2 GB')
    expect(formatBytes(3_200_000, 'en')).toBe('3.2 MB')
  })

  it('handles small and odd numbers', () => {
    expect(formatBytes(0, 'nb')).toBe('0 B')
    expect(formatBytes(999, 'nb')).toBe('999 B')
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB')
    expect(formatBytes(-5, 'en')).toBe('0 B')
  })
})
