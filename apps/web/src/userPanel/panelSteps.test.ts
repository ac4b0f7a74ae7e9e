import { FRAME_HEADER_H, FRAME_LABEL_W, sammenShapeSchemas } from '@sammen/journey-shapes'
import { createTLSchema, defaultBindingSchemas, defaultShapeSchemas, type TLRecord } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { panelJourney } from './panelSteps'

const schema = createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas }, bindings: defaultBindingSchemas })

let index = 0
function shape(id: string, type: string, x: number, y: number, props: object, parentId = 'page:page'): TLRecord {
  index += 1
  const record = {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x,
    y,
    rotation: 0,
    index: `a1${String.fromCharCode(65 + index)}`,
    parentId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props,
  }
  return schema.types.shape.validate(record) as TLRecord
}

const PHASE_W = 600
const LANE_H = 400
const frame = shape('frame', 'journey-frame', 0, 0, {
  phases: [
    { id: 'foer', name: 'Før jeg søker', w: PHASE_W },
    { id: 'tom', name: 'Ingen steg her', w: PHASE_W },
    { id: 'etter', name: 'Etterpå', w: PHASE_W },
  ],
  lanes: [{ id: 'person', name: 'Det personen gjør', h: LANE_H, kind: 'steps' }],
})
const stepIn = (id: string, phase: number, text: string, dx = 20) =>
  shape(
    id,
    'step-card',
    FRAME_LABEL_W + phase * PHASE_W + dx,
    FRAME_HEADER_H + 20,
    { w: 240, h: 148, text, agencyId: 'nav', channel: 'digital', emotion: null, duration: '' },
    'shape:frame',
  )
const loose = (id: string, x: number, y: number, text: string) =>
  shape(id, 'step-card', x, y, { w: 240, h: 148, text, agencyId: 'nav', channel: 'digital', emotion: null, duration: '' })

describe('panelJourney', () => {
  it('groups the framed steps by phase in journey order and drops phases without steps', () => {
    const result = panelJourney([frame, stepIn('b', 0, 'Jeg ringer NAV', 300), stepIn('a', 0, 'Jeg leser brevet'), stepIn('c', 2, 'Jeg får svar')])
    expect(result.phases).toEqual([
      {
        id: 'foer',
        name: 'Før jeg søker',
        steps: [
          { shapeId: 'shape:a', text: 'Jeg leser brevet' },
          { shapeId: 'shape:b', text: 'Jeg ringer NAV' },
        ],
      },
      { id: 'etter', name: 'Etterpå', steps: [{ shapeId: 'shape:c', text: 'Jeg får svar' }] },
    ])
    expect(result.otherSteps).toEqual([])
  })

  it('lists step cards outside the frame, top to bottom, and skips empty ones', () => {
    const result = panelJourney([frame, loose('y2', 0, 5000, 'Nederst'), loose('y1', 100, 4000, 'Øverst'), loose('empty', 0, 4500, '  ')])
    expect(result.phases).toEqual([])
    expect(result.otherSteps).toEqual([
      { shapeId: 'shape:y1', text: 'Øverst' },
      { shapeId: 'shape:y2', text: 'Nederst' },
    ])
  })

  it('reads a board without any frame', () => {
    expect(panelJourney([loose('only', 0, 0, 'Jeg søker')])).toEqual({ phases: [], otherSteps: [{ shapeId: 'shape:only', text: 'Jeg søker' }] })
  })
})
