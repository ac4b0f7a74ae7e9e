import { MIN_PHASE_W, type JourneyFrameProps } from '@sammen/journey-shapes'
import { describe, expect, it } from 'vitest'
import { dragGridHandle, gridHandles } from './gridHandles'

const props: JourneyFrameProps = {
  phases: [
    { id: 'for', name: 'Før', w: 400 },
    { id: 'etter', name: 'Etter', w: 400 },
  ],
  lanes: [{ id: 'gjor', name: 'Gjør', h: 200, kind: 'steps' }],
}

describe('grid handles', () => {
  it('sit on the right border of each column and the bottom border of each row', () => {
    expect(gridHandles(props)).toEqual([
      { id: 'phase:for', x: 600, y: 42 },
      { id: 'phase:etter', x: 1000, y: 42 },
      { id: 'lane:gjor', x: 100, y: 284 },
    ])
  })

  it('resize only the column or row they belong to', () => {
    const wider = dragGridHandle(props, 'phase:for', { x: 700, y: 50 }, [])
    expect(wider.phases.map((phase) => phase.w)).toEqual([500, 400])
    expect(dragGridHandle(props, 'lane:gjor', { x: 0, y: 330 }, []).lanes[0]!.h).toBe(246)
  })

  it('stop at the minimum and at the widest card in the column', () => {
    expect(dragGridHandle(props, 'phase:for', { x: 0, y: 0 }, []).phases[0]!.w).toBe(MIN_PHASE_W)
    const card = { id: 'a', box: { x: 230, y: 110, w: 240, h: 100 } }
    expect(dragGridHandle(props, 'phase:for', { x: 0, y: 0 }, [card]).phases[0]!.w).toBe(240 + 48)
  })

  it('ignore unknown handles', () => {
    expect(dragGridHandle(props, 'phase:nope', { x: 0, y: 0 }, [])).toBe(props)
  })
})
