import { describe, expect, it } from 'vitest'
import { exportFileName } from './exportFileName'

describe('exportFileName', () => {
  const day = new Date('2026-11-23T12:00:00Z')

  it('joins title, content and date', () => {
    expect(exportFileName('Bygge hus', 'problemer per fase', 'csv', day)).toBe('bygge-hus-problemer-per-fase-2026-11-23.csv')
  })

  it('keeps Norwegian letters and drops punctuation', () => {
    expect(exportFileName('Dødsfall & arv: «Mor»', 'reise', 'json', day)).toBe('dødsfall-arv-mor-reise-2026-11-23.json')
  })

  it('leaves out an empty title', () => {
    expect(exportFileName('  ', 'tavle', 'png', day)).toBe('tavle-2026-11-23.png')
  })
})
