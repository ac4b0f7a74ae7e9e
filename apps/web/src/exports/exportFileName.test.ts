import { describe, expect, it } from 'vitest'
import { exportFileName } from './exportFileName'

describe('exportFileName', () => {
  // Local time (month is 0-based), so the tests hold in every time zone the suite runs in.
  const day = new Date(2026, 10, 23, 12, 0)

  it('joins title, content and date', () => {
    expect(exportFileName('Bygge hus', 'problemer per fase', 'csv', day)).toBe('bygge-hus-problemer-per-fase-2026-11-23.csv')
  })

  it('keeps Norwegian letters and drops punctuation', () => {
    expect(exportFileName('Dødsfall & arv: «Mor»', 'reise', 'json', day)).toBe('dødsfall-arv-mor-reise-2026-11-23.json')
  })

  it('leaves out an empty title', () => {
    expect(exportFileName('  ', 'tavle', 'png', day)).toBe('tavle-2026-11-23.png')
  })

  it('uses the local calendar day, not the UTC one', () => {
    expect(exportFileName('Bygge hus', 'reise', 'json', new Date(2026, 10, 24, 0, 30))).toBe('bygge-hus-reise-2026-11-24.json')
    expect(exportFileName('Bygge hus', 'reise', 'json', new Date(2026, 0, 5, 23, 59))).toBe('bygge-hus-reise-2026-01-05.json')
  })

  it('gives today\'s Norwegian date just after midnight, while UTC is still on yesterday', () => {
    // Node applies a changed TZ at once; restored so other tests keep the runner's zone.
    const zone = process.env.TZ
    process.env.TZ = 'Europe/Oslo'
    try {
      expect(exportFileName('Bygge hus', 'reise', 'json', new Date('2026-11-23T23:30:00Z'))).toBe('bygge-hus-reise-2026-11-24.json')
      expect(exportFileName('Bygge hus', 'reise', 'json', new Date('2026-06-30T22:15:00Z'))).toBe('bygge-hus-reise-2026-07-01.json')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})
