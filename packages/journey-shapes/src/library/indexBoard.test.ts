import { describe, expect, it } from 'vitest'
import type { TLRecord } from '@tldraw/tlschema'
import { withBoardJourneyMeta } from '../board/boardJourneyMeta'
import { toBeLinkMeta } from '../board/boardStage'
import { UNKNOWN_AGENCY_COLOUR } from '../board/journeyDraft'
import { sammenBoardSchema } from '../boardSchema'
import { FRAME_HEADER_H, FRAME_LABEL_W } from '../journeyFrame/journeyFrameGeometry'
import { indexBoard } from './indexBoard'

let index = 0
function shape(id: string, type: string, x: number, y: number, props: object, extra: Partial<Record<'parentId' | 'meta', unknown>> = {}): TLRecord {
  index += 1
  const record = {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x,
    y,
    rotation: 0,
    index: `a1${String.fromCharCode(65 + (index % 26))}${Math.floor(index / 26) + 1}`,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props,
    ...extra,
  }
  return sammenBoardSchema.types.shape.validate(record) as TLRecord
}

const richText = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : undefined }] })

function arrow(id: string, from: string, to: string, label: string, meta: object = {}): TLRecord[] {
  const props = {
    kind: 'arc', elbowMidPoint: 0.5, dash: 'draw', size: 'm', fill: 'none', color: 'black', labelColor: 'black', bend: 0,
    start: { x: 0, y: 0 }, end: { x: 10, y: 10 }, arrowheadStart: 'none', arrowheadEnd: 'arrow', richText: richText(label),
    labelPosition: 0.5, font: 'draw', scale: 1,
  }
  const binding = (terminal: 'start' | 'end', target: string) =>
    ({
      id: `binding:${id}-${terminal}`, typeName: 'binding', type: 'arrow', fromId: `shape:${id}`, toId: `shape:${target}`, meta: {},
      props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
    }) as unknown as TLRecord
  return [shape(id, 'arrow', 0, 0, props, { meta }), binding('start', from), binding('end', to)]
}

const PHASE_W = 600
const frame = shape('frame', 'journey-frame', 0, 0, {
  phases: [
    { id: 'foer', name: 'Før', w: PHASE_W },
    { id: 'etter', name: 'Etter', w: PHASE_W },
  ],
  lanes: [{ id: 'person', name: 'Det jeg gjør', h: 400, kind: 'steps' }],
})
const cell = (phase: number, dx = 20) => ({ x: FRAME_LABEL_W + phase * PHASE_W + dx, y: FRAME_HEADER_H + 20 })
const step = (id: string, phase: number, text: string, agencyId: string, dx = 20) =>
  shape(id, 'step-card', cell(phase, dx).x, cell(phase, dx).y, { w: 240, h: 148, text, agencyId, channel: 'digital', emotion: null, duration: '' }, { parentId: 'shape:frame' })

const documentRecord = {
  id: 'document:document',
  typeName: 'document',
  gridSize: 10,
  name: '',
  meta: {
    ...withBoardJourneyMeta(
      {},
      {
        lifeEvent: { id: 'bygge-hus' as never, name: 'Bygge hus' },
        situation: 'Jeg skal bygge hus',
        agencies: [{ id: 'nordby-kommune' as never, name: 'Nordby kommune', shortName: 'Nordby', level: 'kommune', colour: '#2a7a3b' }],
      },
    ),
    ...toBeLinkMeta('toBeBoard1', 5),
  },
} as unknown as TLRecord

/**
 * Three steps in the frame (Nordby, Kartverket, an agency nobody knows), one outside it (Husbanken: named but no
 * step), two pain points, two handoffs (one carried by the person), an opportunity, a benefit, a note, a blank note,
 * an invalid card and two values that are no records at all.
 */
function records(): unknown[] {
  return [
    documentRecord,
    frame,
    step('s1', 0, 'Jeg spør kommunen', 'nordby-kommune'),
    step('s2', 1, 'Kartverket måler tomten', 'kartverket'),
    step('s3', 1, 'Ukjent etat svarer', 'ukjent-etat', 300),
    shape('loose', 'step-card', 3000, 0, { w: 240, h: 148, text: 'Søker lån', agencyId: 'husbanken', channel: 'brev', emotion: null, duration: '' }),
    shape('p1', 'pain-point', 2000, 2000, { w: 240, h: 148, text: 'Ingen svarer', ownerAgencyId: 'nordby-kommune', severity: 3, category: 'venting' }),
    shape('p2', 'pain-point', 2400, 2000, { w: 240, h: 148, text: 'Må sende kart selv', ownerAgencyId: 'kartverket', severity: 2, category: 'kasteball' }),
    ...arrow('h1', 's1', 's2', 'tomtegrenser, gårdsnummer', { carriedBy: 'personen' }),
    ...arrow('h2', 's2', 's3', ''),
    shape('o1', 'opportunity', 0, 900, { w: 240, h: 148, text: 'Del kartet direkte', agencyIds: ['kartverket'] }),
    shape('b1', 'benefit', 0, 1200, { w: 240, h: 148, text: 'Raskere byggesak', landsWith: 'personen', contributorIds: ['kartverket', 'nordby-kommune'] }),
    shape('n1', 'note', 0, 1500, { color: 'yellow', labelColor: 'black', size: 'm', font: 'draw', fontSizeAdjustment: 0, align: 'middle', verticalAlign: 'middle', growY: 0, url: '', richText: richText('Husk nabovarsel'), scale: 1 }),
    shape('n2', 'note', 300, 1500, { color: 'yellow', labelColor: 'black', size: 'm', font: 'draw', fontSizeAdjustment: 0, align: 'middle', verticalAlign: 'middle', growY: 0, url: '', richText: richText(''), scale: 1 }),
    // Emotion 7 is out of range: no valid step card.
    { ...(step('bad', 0, 'Ugyldig', 'nav', 300) as object), props: { w: 240, h: 148, text: 'Ugyldig', agencyId: 'nav', channel: 'digital', emotion: 7, duration: '' } },
    null,
    42,
  ]
}

describe('indexBoard', () => {
  const entry = indexBoard(records(), { boardId: 'board1', title: 'Byggesak i Nordby', editedAt: 1000, indexedAt: 2000 })

  it('gives the board its library line: life event, stage and links, counts, times', () => {
    expect(entry.board).toMatchObject({
      boardId: 'board1',
      title: 'Byggesak i Nordby',
      lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' },
      situation: 'Jeg skal bygge hus',
      stage: 'as-is',
      asIsBoardId: null,
      toBeBoardIds: ['toBeBoard1'],
      editedAt: 1000,
      indexedAt: 2000,
    })
    // Steps: s1, s2, s3 (loose is outside the frame, bad is invalid). Handoffs: h1 (person), h2 (agencies).
    expect(entry.board.counts).toEqual({ steps: 3, painPoints: 2, handoffs: 2, kasteball: 1, opportunities: 1, benefits: 1 })
    expect(entry.skippedRecords).toBe(1)
    expect(entry.journey.steps.map((item) => item.id)).toEqual(['shape:s1', 'shape:s2', 'shape:s3'])
  })

  it('lists the board’s own agencies first, then every agency a card names, with catalogue names', () => {
    expect(entry.board.agencies).toEqual([
      { id: 'nordby-kommune', name: 'Nordby kommune', shortName: 'Nordby', colour: '#2a7a3b' },
      { id: 'kartverket', name: 'Kartverket', shortName: 'Kartverket', colour: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      { id: 'ukjent-etat', name: 'ukjent-etat', shortName: 'ukjent-etat', colour: UNKNOWN_AGENCY_COLOUR },
      { id: 'husbanken', name: 'Husbanken', shortName: 'Husbanken', colour: '#6840a0' },
    ])
    expect(Object.keys(entry.agencyNames)).toEqual(['nordby-kommune', 'kartverket', 'ukjent-etat', 'husbanken'])
    expect(entry.agencyNames.husbanken).toEqual(entry.board.agencies[3])
  })

  it('keeps the text of every shape with text, cards, notes and arrow labels alike', () => {
    expect(entry.cards).toEqual([
      { shapeId: 'shape:frame', cardType: 'journey-frame', text: 'Før Etter Det jeg gjør', agencyIds: [] },
      { shapeId: 'shape:s1', cardType: 'step-card', text: 'Jeg spør kommunen', agencyIds: ['nordby-kommune'] },
      { shapeId: 'shape:s2', cardType: 'step-card', text: 'Kartverket måler tomten', agencyIds: ['kartverket'] },
      { shapeId: 'shape:s3', cardType: 'step-card', text: 'Ukjent etat svarer', agencyIds: ['ukjent-etat'] },
      { shapeId: 'shape:loose', cardType: 'step-card', text: 'Søker lån', agencyIds: ['husbanken'] },
      { shapeId: 'shape:p1', cardType: 'pain-point', text: 'Ingen svarer', agencyIds: ['nordby-kommune'] },
      { shapeId: 'shape:p2', cardType: 'pain-point', text: 'Må sende kart selv', agencyIds: ['kartverket'] },
      { shapeId: 'shape:h1', cardType: 'arrow', text: 'tomtegrenser, gårdsnummer', agencyIds: [] },
      { shapeId: 'shape:o1', cardType: 'opportunity', text: 'Del kartet direkte', agencyIds: ['kartverket'] },
      { shapeId: 'shape:b1', cardType: 'benefit', text: 'Raskere byggesak', agencyIds: ['kartverket', 'nordby-kommune'] },
      { shapeId: 'shape:n1', cardType: 'note', text: 'Husk nabovarsel', agencyIds: [] },
    ])
  })

  it('reads a to-be board and a board without meta or life event, named after its title', () => {
    const toBe = { ...documentRecord, meta: { sammenStage: { stage: 'to-be', asIsBoardId: 'asIsBoard1' } } }
    const read = indexBoard([toBe, frame], { boardId: 'board2', title: 'Ønsket reise', editedAt: 1, indexedAt: 2 })
    expect(read.board).toMatchObject({ stage: 'to-be', asIsBoardId: 'asIsBoard1', toBeBoardIds: [], lifeEvent: null, situation: '', agencies: [] })
    expect(read.journey.lifeEvent.name).toBe('Ønsket reise')
    const bare = indexBoard([{ typeName: 'document', meta: 'not an object' }], { boardId: 'board3', title: '', editedAt: 1, indexedAt: 2 })
    expect(bare.board.counts).toEqual({ steps: 0, painPoints: 0, handoffs: 0, kasteball: 0, opportunities: 0, benefits: 0 })
    expect(bare.cards).toEqual([])
  })
})
