import type { JourneyFrameProps } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { lanesOutgrown, makeRoomForCard, topOf } from './makeRoomForCard'
import type { PlacedCard } from './relocateCards'

const props: JourneyFrameProps = {
  phases: [
    { id: 'for', name: 'Før', w: 400 },
    { id: 'under', name: 'Underveis', w: 500 },
  ],
  lanes: [
    { id: 'gjor', name: 'Gjør', h: 300, kind: 'steps' },
    { id: 'etat', name: 'Etatene', h: 200, kind: 'steps' },
  ],
}
// "for" spans x 200–600, "under" 600–1100; "gjor" y 84–384, "etat" 384–584.
const before = { x: 224, y: 108, w: 240, h: 148 }
const grown = { id: 'a', before, after: { ...before, h: 200 } }
const stacked = { id: 'b', box: { x: 224, y: 272, w: 240, h: 60 } }
const besideStack = { id: 'e', box: { x: 488, y: 272, w: 100, h: 40 } }
const nextColumn = { id: 'd', box: { x: 650, y: 110, w: 100, h: 60 } }
const laneBelow = { id: 'c', box: { x: 650, y: 410, w: 100, h: 60 } }
const cards: PlacedCard[] = [{ id: 'a', box: grown.after }, stacked, besideStack, nextColumn, laneBelow]

function apply(cards: PlacedCard[], moves: { id: string; x: number; y: number }[]): PlacedCard[] {
  return cards.map((card) => {
    const move = moves.find(({ id }) => id === card.id)
    return move ? { id: card.id, box: { ...card.box, x: move.x, y: move.y } } : card
  })
}

describe('makeRoomForCard', () => {
  it('pushes the card stacked under the grown one, grows the lane and moves the lanes below', () => {
    const room = makeRoomForCard(props, cards, grown)
    // b keeps 16 under a (108 + 200 + 16); the lane holds it with the cell padding: 324 + 60 + 24 − 84 = 324.
    expect(room.props.lanes.map((lane) => lane.h)).toEqual([324, 200])
    expect(room.moves).toEqual([
      { id: 'b', x: 224, y: 324 },
      { id: 'c', x: 650, y: 434 },
    ])
  })

  it('changes nothing when run again on the result (redo, a second peer, a second pass)', () => {
    const first = makeRoomForCard(props, cards, grown)
    const again = makeRoomForCard(first.props, apply(cards, first.moves), grown)
    expect(again.moves).toEqual([])
    expect(again.props).toBe(first.props)
  })

  it('leaves the lane alone when the grown card still fits in it', () => {
    const room = makeRoomForCard(props, [{ id: 'a', box: { ...before, h: 160 } }, laneBelow], { ...grown, after: { ...before, h: 160 } })
    expect(room).toEqual({ props, moves: [] })
  })

  it('does nothing for a card outside the grid (on the header or beside the frame)', () => {
    const outside = { x: 1200, y: 100, w: 240, h: 148 }
    expect(makeRoomForCard(props, cards, { id: 'z', before: outside, after: { ...outside, h: 400 } })).toEqual({ props, moves: [] })
  })
})

describe('lanesOutgrown', () => {
  it('finds a lane that lost its growth, and makeRoomForCard from the top of each of its cards repairs it once', () => {
    // a is 200 tall in a lane that never grew for it: b, pushed without the lane growing, reaches into the next lane.
    const lost: PlacedCard[] = [{ id: 'a', box: grown.after }, { id: 'b', box: { x: 224, y: 330, w: 240, h: 60 } }, laneBelow]
    expect([...lanesOutgrown(props, lost)]).toEqual(['gjor'])
    let state = { props, cards: lost }
    for (const id of ['a', 'b']) {
      const box = state.cards.find((card) => card.id === id)!.box
      const room = makeRoomForCard(state.props, state.cards, { id, before: topOf(box), after: box })
      state = { props: room.props, cards: apply(state.cards, room.moves) }
    }
    // b is far enough under a (never pulled up); the lane grows to hold it: 330 + 60 + 24 − 84.
    expect(state.cards.find(({ id }) => id === 'b')!.box.y).toBe(330)
    expect(state.props.lanes.map((lane) => lane.h)).toEqual([330, 200])
    expect(state.cards.find(({ id }) => id === 'c')!.box.y).toBe(440)
    expect(lanesOutgrown(state.props, state.cards).size).toBe(0)
  })

  it('finds nothing in a frame whose lanes hold their cards, even a card closer to the border than the padding', () => {
    expect(lanesOutgrown(props, cards.filter(({ id }) => id !== 'a')).size).toBe(0)
    expect(lanesOutgrown(props, [{ id: 'b', box: { x: 224, y: 300, w: 240, h: 80 } }]).size).toBe(0)
  })
})
