import type { JourneyFrameProps } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { movePhase, removeLane, resizePhase } from './gridEdits'
import { CELL_PADDING } from './cellPlacement'
import { cardsInGridItem, minimumSpan, relocateCards, spotsBesideFrame } from './relocateCards'

const props: JourneyFrameProps = {
  phases: [
    { id: 'for', name: 'Før', w: 400 },
    { id: 'under', name: 'Underveis', w: 500 },
  ],
  lanes: [
    { id: 'gjor', name: 'Gjør', h: 200, kind: 'steps' },
    { id: 'etat', name: 'Etatene', h: 200, kind: 'steps' },
  ],
}
// Label column 200 wide, header 84 high: "for" spans x 200–600, "under" 600–1100; "gjor" y 84–284, "etat" 284–484.
const inFor = { id: 'a', box: { x: 230, y: 110, w: 100, h: 60 } }
const inUnder = { id: 'b', box: { x: 650, y: 310, w: 100, h: 60 } }

describe('relocateCards', () => {
  it('moves the cards of later columns when a column gets wider, and leaves the others', () => {
    expect(relocateCards(props, resizePhase(props, 'for', 80), [inFor, inUnder])).toEqual([{ id: 'b', x: 730, y: 310 }])
  })

  it('moves cards with their column when phases swap', () => {
    const moves = relocateCards(props, movePhase(props, 'under', -1), [inFor, inUnder])
    expect(moves).toEqual([
      { id: 'a', x: 730, y: 110 },
      { id: 'b', x: 250, y: 310 },
    ])
  })

  it('moves cards up when a lane above them is removed', () => {
    expect(relocateCards(props, removeLane(props, 'gjor'), [inUnder])).toEqual([{ id: 'b', x: 650, y: 110 }])
  })

  it('keeps a card inside its cell when the column gets narrower than where it sits', () => {
    const card = { id: 'c', box: { x: 480, y: 110, w: 100, h: 60 } }
    expect(relocateCards(props, resizePhase(props, 'for', -160), [card])).toEqual([{ id: 'c', x: 200 + 240 - 24 - 100, y: 110 }])
  })
})

describe('cardsInGridItem and minimumSpan', () => {
  it('finds the cards of a phase or a lane', () => {
    expect(cardsInGridItem(props, [inFor, inUnder], { phaseId: 'under' })).toEqual([inUnder])
    expect(cardsInGridItem(props, [inFor, inUnder], { laneId: 'gjor' })).toEqual([inFor])
  })

  it('is the widest card plus the padding on both sides', () => {
    expect(minimumSpan(props, [inFor, inUnder], { phaseId: 'for' })).toBe(148)
    expect(minimumSpan(props, [], { phaseId: 'for' })).toBe(0)
  })
})

describe('spotsBesideFrame', () => {
  it('stacks kept cards right of the frame, from below what already stands there', () => {
    expect(spotsBesideFrame(props, [inFor, inUnder])).toEqual([
      { id: 'a', x: 1100 + 80, y: 0 },
      { id: 'b', x: 1100 + 80, y: 60 + CELL_PADDING },
    ])
    // A second removal starts under the first batch instead of on top of it.
    expect(spotsBesideFrame(props, [inFor], 2 * (60 + CELL_PADDING))[0]).toEqual({ id: 'a', x: 1180, y: 2 * (60 + CELL_PADDING) })
  })
})
