import { BENEFIT_TYPE, OPPORTUNITY_TYPE, STEP_CARD_TYPE } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { cardChromeHeight, cardTextWidth, fittedCardHeight, heightAfterUpdate } from './cardTextFit'

// A stand-in for the browser: 10 characters a line, 23 px a line.
const measure = (text: string, width: number) => Math.ceil(text.length / Math.floor(width / 20)) * 23

describe('fittedCardHeight', () => {
  it('is the chrome plus the measured text, wrapped at the text width', () => {
    expect(cardTextWidth(240)).toBe(206)
    const text = 'x'.repeat(35) // 4 lines at 10 a line
    expect(fittedCardHeight(STEP_CARD_TYPE, { w: 240, text }, measure)).toBe(Math.ceil(cardChromeHeight(STEP_CARD_TYPE, { w: 240, text }) + 4 * 23 + 3))
  })

  it('keeps room for one line on an empty card', () => {
    expect(fittedCardHeight(STEP_CARD_TYPE, { w: 240, text: '' }, () => 0)).toBeGreaterThan(cardChromeHeight(STEP_CARD_TYPE, { w: 240, text: '' }) + 22)
  })

  it('counts a second row of agency chips', () => {
    const one = cardChromeHeight(OPPORTUNITY_TYPE, { w: 240, text: '', agencyIds: ['nav'] })
    expect(cardChromeHeight(OPPORTUNITY_TYPE, { w: 240, text: '', agencyIds: ['nav', 'skatteetaten'] })).toBeGreaterThan(one)
    expect(cardChromeHeight(BENEFIT_TYPE, { w: 240, text: '', contributorIds: [] })).toBeGreaterThan(cardChromeHeight(STEP_CARD_TYPE, { w: 240, text: '' }))
  })
})

describe('heightAfterUpdate', () => {
  const minH = 148
  it('follows the text both ways on a card whose height was its text', () => {
    expect(heightAfterUpdate({ before: { h: 148, fit: 120 }, after: { h: 148, fit: 210 }, minH })).toBe(210)
    expect(heightAfterUpdate({ before: { h: 210, fit: 210 }, after: { h: 210, fit: 170 }, minH })).toBe(170)
    expect(heightAfterUpdate({ before: { h: 170, fit: 170 }, after: { h: 170, fit: 100 }, minH })).toBe(148)
  })

  it('keeps a card made taller by hand, and only grows it', () => {
    expect(heightAfterUpdate({ before: { h: 300, fit: 120 }, after: { h: 300, fit: 100 }, minH })).toBe(300)
    expect(heightAfterUpdate({ before: { h: 300, fit: 120 }, after: { h: 300, fit: 340 }, minH })).toBe(340)
  })

  it('never lets a resize make the card shorter than its text', () => {
    expect(heightAfterUpdate({ before: { h: 210, fit: 210 }, after: { h: 150, fit: 210 }, minH })).toBe(210)
    expect(heightAfterUpdate({ before: { h: 210, fit: 210 }, after: { h: 260, fit: 210 }, minH })).toBe(260)
  })

  it('grows a card stored too short (an older board) on its next edit', () => {
    expect(heightAfterUpdate({ before: { h: 148, fit: 172 }, after: { h: 148, fit: 172 }, minH })).toBe(172)
  })
})
