import { describe, expect, it, vi } from 'vitest'
import { CARD_DETAIL_MIN_ZOOM, nextCardsDrawnSmall } from './cardDetail'

const below = CARD_DETAIL_MIN_ZOOM / 2
const above = CARD_DETAIL_MIN_ZOOM * 2

describe('cards drawn small', () => {
  it('follows the zoom at rest', () => {
    expect(nextCardsDrawnSmall(true, true, () => above)).toBe(false)
    expect(nextCardsDrawnSmall(false, true, () => below)).toBe(true)
  })

  it('drops the detail in the middle of a zoom out, and draws it again only once the camera rests', () => {
    expect(nextCardsDrawnSmall(false, false, () => above)).toBe(false)
    expect(nextCardsDrawnSmall(false, false, () => below)).toBe(true)
    expect(nextCardsDrawnSmall(true, false, () => above)).toBe(true)
    expect(nextCardsDrawnSmall(true, true, () => above)).toBe(false)
  })

  it('does not read the zoom while small cards move, so a pan does not depend on it', () => {
    const zoom = vi.fn(() => below)
    expect(nextCardsDrawnSmall(true, false, zoom)).toBe(true)
    expect(zoom).not.toHaveBeenCalled()
  })
})
