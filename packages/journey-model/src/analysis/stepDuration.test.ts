import { describe, expect, it } from 'vitest'
import { addDuration, durationDays, emptyDurationTotal, parseDuration } from './stepDuration'

describe('parseDuration', () => {
  it.each([
    ['3 dager', 3, 3],
    ['1 dag', 1, 1],
    ['2 uker', 14, 14],
    ['1 måned', 30, 30],
    ['45 minutter', 45 / 1440, 45 / 1440],
    ['2 timer', 2 / 24, 2 / 24],
    ['1 år', 365, 365],
    ['1,5 uker', 10.5, 10.5],
    ['to uker', 14, 14],
    ['ei veke', 7, 7],
    ['3 månader', 90, 90],
    ['10 virkedager', 14, 14],
    ['Ca. 3 uker', 21, 21],
    ['omtrent 2 dager', 2, 2],
    ['1-2 uker', 7, 14],
    ['1–2 uker', 7, 14],
    ['2 – 6 uker', 14, 42],
    ['1 til 2 uker', 7, 14],
    ['mellom 2 og 4 uker', 14, 28],
    ['3 dager–2 uker', 3, 14],
    ['3 dager til 1 uke', 3, 7],
    ['4–8 uker til vedtak', 28, 56],
    ['3 uker (i høysesong)', 21, 21],
    ['Samme dag', 0, 1],
    ['  3   DAGER ', 3, 3],
  ])('reads %j as %d to %d days', (text, from, to) => {
    const range = parseDuration(text)
    expect(range?.fromDays).toBeCloseTo(from, 10)
    expect(range?.toDays).toBeCloseTo(to, 10)
  })

  it.each([
    'Flere uker',
    'Uker',
    'Dager til uker',
    'Senest 4 uker før permisjonen',
    'Innen 6 måneder',
    'Opptil 90 dager',
    'Hver 14. dag',
    'Hver annen måned',
    'Frist for hovedopptaket 1. mars',
    '3 dager før fristen',
    '2 uker og 3 dager',
    '5–2 uker',
    '3',
    'dager',
    '',
    '3 uker til',
  ])('does not guess at %j', (text) => {
    expect(parseDuration(text)).toBeNull()
  })

  it('counts a range by its upper end or its middle', () => {
    const range = parseDuration('1–2 uker')!
    expect(durationDays(range, 'upper')).toBe(14)
    expect(durationDays(range, 'mean')).toBe(10.5)
  })
})

describe('addDuration', () => {
  it('adds what it can read and counts the rest', () => {
    const total = emptyDurationTotal()
    for (const text of ['3 dager', '1–2 uker', 'Flere uker', undefined, '  ']) addDuration(total, text, 'upper')
    // 3 + 14 days read; "Flere uker" unreadable; two steps without a duration.
    expect(total).toEqual({ days: 17, read: 2, unreadable: 1, missing: 2 })
    const mean = emptyDurationTotal()
    for (const text of ['3 dager', '1–2 uker']) addDuration(mean, text, 'mean')
    expect(mean.days).toBe(13.5)
  })
})
