import { journeyFrameGeometry } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { CARD_SPACING, CELL_PADDING, findCellBox, freeSpotInCell, snapIntoCell } from './cellPlacement'

const card = { w: 100, h: 50 }
const cell = { x: 200, y: 84, w: 300, h: 200 }

describe('findCellBox', () => {
  it('finds the column and row of a phase and a lane', () => {
    const geometry = journeyFrameGeometry({
      phases: [
        { id: 'for', name: 'Før', w: 300 },
        { id: 'under', name: 'Underveis', w: 400 },
      ],
      lanes: [
        { id: 'gjor', name: 'Gjør', h: 200, kind: 'steps' },
        { id: 'etat', name: 'Etatene', h: 160, kind: 'steps' },
      ],
    })
    expect(findCellBox(geometry, 'under', 'etat')).toEqual({ x: 500, y: 284, w: 400, h: 160 })
    expect(findCellBox(geometry, 'nope', 'etat')).toBeNull()
  })
})

describe('freeSpotInCell', () => {
  it('puts the first card at the padded corner', () => {
    expect(freeSpotInCell(cell, [], card)).toEqual({ x: 200 + CELL_PADDING, y: 84 + CELL_PADDING })
  })

  it('puts the next card to the right of the last one when it fits', () => {
    const first = { x: 224, y: 108, ...card }
    expect(freeSpotInCell(cell, [first], card)).toEqual({ x: 224 + 100 + CARD_SPACING, y: 108 })
  })

  it('starts a new line when the row is full', () => {
    const first = { x: 224, y: 108, ...card }
    const second = { x: 348, y: 108, ...card }
    expect(freeSpotInCell(cell, [first, second], card)).toEqual({ x: 224, y: 108 + 50 + CARD_SPACING })
  })

  it('fills a gap left by a removed card before going further', () => {
    const second = { x: 348, y: 108, ...card }
    expect(freeSpotInCell(cell, [second], card)).toEqual({ x: 224, y: 108 })
  })

  it('goes below the lowest card when the cell is full', () => {
    const full = [0, 1].flatMap((line) => [
      { x: 224, y: 108 + line * 74, ...card },
      { x: 348, y: 108 + line * 74, ...card },
    ])
    expect(freeSpotInCell(cell, full, card)).toEqual({ x: 224, y: 108 + 74 + 50 + CARD_SPACING })
  })

  it('never overlaps a card placed by hand in the middle', () => {
    const middle = { x: 240, y: 120, w: 200, h: 60 }
    const spot = freeSpotInCell(cell, [middle], card)
    const clear = spot.y >= middle.y + middle.h || spot.x >= middle.x + middle.w || spot.x + card.w <= middle.x
    expect(clear).toBe(true)
  })
})

describe('snapIntoCell', () => {
  it('keeps a card inside the padding', () => {
    expect(snapIntoCell(cell, { x: 190, y: 70 }, card)).toEqual({ x: 224, y: 108 })
    expect(snapIntoCell(cell, { x: 480, y: 280 }, card)).toEqual({ x: 500 - 24 - 100, y: 284 - 24 - 50 })
  })

  it('leaves a card that is already inside where it is', () => {
    expect(snapIntoCell(cell, { x: 300, y: 150 }, card)).toEqual({ x: 300, y: 150 })
  })

  it('keeps the top-left padding of a card bigger than the cell', () => {
    expect(snapIntoCell(cell, { x: 100, y: 400 }, { w: 400, h: 300 })).toEqual({ x: 224, y: 108 })
  })
})
