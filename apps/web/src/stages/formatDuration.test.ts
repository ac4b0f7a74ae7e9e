import { describe, expect, it } from 'vitest'
import { getDictionary } from '../i18n'
import { durationUnitFor, formatDuration, formatDurationPair } from './formatDuration'

const nb = getDictionary('nb').stages
const total = (days: number, read = 1) => ({ days, read, unreadable: 0, missing: 0 })

describe('formatDuration', () => {
  it('picks a unit that reads well', () => {
    expect([30 / 1440, 0.5, 3, 21, 120].map(durationUnitFor)).toEqual(['minutes', 'hours', 'days', 'weeks', 'months'])
  })

  it('writes the amount with at most one decimal, in the language', () => {
    expect(formatDuration(10.5, 'weeks', 'nb', nb.units)).toBe('1,5 uker')
    expect(formatDuration(7, 'weeks', 'nb', nb.units)).toBe('1 uke')
    expect(formatDuration(45 / 1440, 'minutes', 'nb', nb.units)).toBe('45 minutter')
    expect(formatDuration(10.5, 'weeks', 'en', getDictionary('en').stages.units)).toBe('1.5 weeks')
    expect(formatDuration(3, 'days', 'nn', getDictionary('nn').stages.units)).toBe('3 dagar')
  })

  it('writes before and after in one unit, and "ingen" where nothing could be read', () => {
    expect(formatDurationPair(total(84), total(17), 'nb', nb)).toEqual(['12 uker', '2,4 uker'])
    expect(formatDurationPair(total(0, 0), total(3), 'nb', nb)).toEqual(['ingen', '3 dager'])
  })
})
