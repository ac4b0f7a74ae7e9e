import { journeyFrameGeometry } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { targetCell } from './snapDroppedCards'

const geometry = journeyFrameGeometry({
  phases: [
    { id: 'for', name: 'Før', w: 400 },
    { id: 'etter', name: 'Etter', w: 400 },
  ],
  lanes: [
    { id: 'gjor', name: 'Gjør', h: 200, kind: 'steps' },
    { id: 'folelser', name: 'Følelser', h: 200, kind: 'emotion' },
    { id: 'etat', name: 'Etatene', h: 200, kind: 'steps' },
  ],
})
const card = { w: 100, h: 60 }

describe('targetCell', () => {
  it('is the cell under the card centre', () => {
    expect(targetCell(geometry, { x: 650, y: 100, ...card })).toEqual({ x: 600, y: 84, w: 400, h: 200 })
  })

  it('takes a card released on the header into the first lane below it', () => {
    expect(targetCell(geometry, { x: 250, y: 0, ...card })).toEqual({ x: 200, y: 84, w: 400, h: 200 })
  })

  it('takes a card released on the lane names into the first column', () => {
    expect(targetCell(geometry, { x: 10, y: 500, ...card })).toEqual({ x: 200, y: 484, w: 400, h: 200 })
  })

  it('moves a card out of an emotion lane into the nearest card lane', () => {
    expect(targetCell(geometry, { x: 650, y: 440, ...card })?.y).toBe(484)
    expect(targetCell(geometry, { x: 650, y: 300, ...card })?.y).toBe(84)
  })
})
