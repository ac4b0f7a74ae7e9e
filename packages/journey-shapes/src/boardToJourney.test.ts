import { journeySchema, kasteballHandoffs, painPointsByAgencyAndPhase } from '@sammen/journey-model'
import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { FRAME_HEADER_H, FRAME_LABEL_W } from './journeyFrame/journeyFrameGeometry'
import { sammenBoardSchema } from './boardSchema'
import { boardToJourney } from './boardToJourney'
import { readBoardJourneyMeta, withBoardJourneyMeta } from './board/boardJourneyMeta'
import { richTextToPlain } from './board/richTextToPlain'


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
  } as unknown as TLRecord
  // Every record goes through tldraw's validators, as it would in a store or on the server.
  return sammenBoardSchema.types.shape.validate(record) as TLRecord
}

function arrow(id: string, from: string, to: string, label: string, meta: object = {}): TLRecord[] {
  const richText = { type: 'doc', content: label ? [{ type: 'paragraph', content: [{ type: 'text', text: label }] }] : [{ type: 'paragraph' }] }
  const arrowShape = shape(
    id,
    'arrow',
    0,
    0,
    {
      kind: 'arc',
      elbowMidPoint: 0.5,
      dash: 'draw',
      size: 'm',
      fill: 'none',
      color: 'black',
      labelColor: 'black',
      bend: 0,
      start: { x: 0, y: 0 },
      end: { x: 10, y: 10 },
      arrowheadStart: 'none',
      arrowheadEnd: 'arrow',
      richText,
      labelPosition: 0.5,
      font: 'draw',
      scale: 1,
    },
    { meta },
  )
  const binding = (terminal: 'start' | 'end', target: string): TLRecord =>
    ({
      id: `binding:${id}-${terminal}`,
      typeName: 'binding',
      type: 'arrow',
      fromId: `shape:${id}`,
      toId: `shape:${target}`,
      meta: {},
      props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
    }) as unknown as TLRecord
  return [arrowShape, binding('start', from), binding('end', to)]
}

const PHASE_W = 600
const LANE_H = 400
const frame = shape('frame', 'journey-frame', 0, 0, {
  phases: [
    { id: 'foer', name: 'Før jeg søker', w: PHASE_W },
    { id: 'under', name: 'Mens jeg venter', w: PHASE_W },
  ],
  lanes: [
    { id: 'person', name: 'Det personen gjør', h: LANE_H, kind: 'steps' },
    { id: 'folelser', name: 'Følelser', h: 200, kind: 'emotion' },
    { id: 'etater', name: 'Etatene', h: LANE_H, kind: 'steps' },
  ],
})
/** Frame-local position of a card in phase column `p`, lane row `l` (rows: 0 person, 1 emotion, 2 agencies). */
const cell = (p: number, l: number, dx = 20, dy = 20) => {
  const rowY = [0, LANE_H, LANE_H + 200][l] ?? 0
  return { x: FRAME_LABEL_W + p * PHASE_W + dx, y: FRAME_HEADER_H + rowY + dy }
}
const inFrame = { parentId: 'shape:frame' }
const step = (id: string, p: number, l: number, text: string, agencyId: string, emotion: number | null = null, dx = 20, duration = '') => {
  const { x, y } = cell(p, l, dx)
  return shape(id, 'step-card', x, y, { w: 240, h: 148, text, agencyId, channel: 'digital', emotion, duration }, inFrame)
}
const painPoint = (id: string, x: number, y: number, owner: string, severity: 1 | 2 | 3, parent = inFrame) =>
  shape(id, 'pain-point', x, y, { w: 240, h: 148, text: `Problem ${id}`, ownerAgencyId: owner, severity, category: 'kasteball' }, parent)

const documentRecord = {
  id: 'document:document',
  typeName: 'document',
  gridSize: 10,
  name: 'Byggesak i Nordby',
  meta: withBoardJourneyMeta(
    { other: 'kept' },
    {
      lifeEvent: { id: 'bygge-hus' as never, name: 'Bygge hus' },
      situation: 'Jeg skal bygge hus',
      agencies: [{ id: 'nordby-kommune' as never, name: 'Nordby kommune', shortName: 'Nordby', level: 'kommune', colour: '#2a7a3b' }],
    },
  ),
} as unknown as TLRecord

function board(): TLRecord[] {
  const s1 = step('s1', 0, 0, 'Jeg finner ut hva jeg må søke om', 'nordby-kommune', -1)
  const s2 = step('s2', 1, 2, 'Kartverket registrerer tomten', 'kartverket', 1)
  const s3 = step('s3', 1, 0, 'Jeg sender søknad', 'nordby-kommune', null, 300, ' 3–12 uker ')
  const { x: s1x, y: s1y } = cell(0, 0)
  return [
    documentRecord,
    frame,
    s1,
    s2,
    s3,
    // Under s1 in the same column: belongs to s1 by position.
    painPoint('p1', s1x + 10, s1y + 170, 'nordby-kommune', 3),
    // Linked to s2 by an arrow although it lies in the first column.
    painPoint('p2', cell(0, 2).x, cell(0, 2).y, 'kartverket', 1),
    ...arrow('p2-link', 'p2', 's2', ''),
    // Outside the frame: still a pain point, but without a phase.
    painPoint('p3', 2000, 2000, 'nav', 2, { parentId: 'page:page' }),
    ...arrow('h1', 's1', 's2', 'tomtegrenser, gårdsnummer', { carriedBy: 'personen' }),
    ...arrow('h2', 's2', 's3', 'matrikkel'),
    // Not part of the journey, each for its own reason.
    step('loose', 0, 0, 'Uten etat', ''),
    shape('outside', 'step-card', 3000, 0, { w: 240, h: 148, text: 'Utenfor', agencyId: 'nav', channel: 'brev', emotion: null, duration: '' }),
    shape('emotionlane', 'step-card', cell(0, 1).x, cell(0, 1).y, { w: 240, h: 148, text: 'I følelsesbåndet', agencyId: 'nav', channel: 'brev', emotion: null, duration: '' }, inFrame),
    shape('o1', 'opportunity', 0, 900, { w: 240, h: 148, text: 'Del tomtedata direkte', agencyIds: ['kartverket', 'nordby-kommune'] }),
    ...arrow('o1-link', 'o1', 'p2', ''),
    shape('b1', 'benefit', 0, 1200, { w: 240, h: 148, text: 'Raskere byggesak', landsWith: 'personen', contributorIds: ['kartverket'] }),
    shape('b2', 'benefit', 300, 1200, { w: 240, h: 148, text: 'Ingen mottaker ennå', landsWith: '', contributorIds: ['kartverket'] }),
    shape('a1', 'actor', 0, 1500, { w: 260, h: 160, agencyId: 'kartverket', name: '', interest: 'stor', influence: 'middels', informationNeeds: 'Matrikkeldata', followUp: '' }),
    shape('a2', 'actor', 400, 1500, { w: 260, h: 160, agencyId: '', name: 'Huseieren', interest: 'stor', influence: 'liten', informationNeeds: '', followUp: '' }),
    ...arrow('r1', 'a1', 'a2', 'leverer kart til'),
  ]
}

describe('boardToJourney', () => {
  const result = boardToJourney(board())
  const { journey } = result

  it('reads phases and the steps lanes of the frame, and the board meta', () => {
    expect(journey.phases.map((phase) => phase.id)).toEqual(['foer', 'under'])
    expect(journey.lanes.map((lane) => lane.id)).toEqual(['person', 'etater'])
    expect(journey.lifeEvent.name).toBe('Bygge hus')
    expect(journey.situation).toBe('Jeg skal bygge hus')
  })

  it('places steps in their cells, in journey order (phase, lane, x)', () => {
    expect(journey.steps.map((step) => [step.id, step.phaseId, step.laneId])).toEqual([
      ['shape:s1', 'foer', 'person'],
      ['shape:s3', 'under', 'person'],
      ['shape:s2', 'under', 'etater'],
    ])
    expect(journey.steps[0]?.emotion).toBe(-1)
    expect(journey.steps[1]?.emotion).toBeUndefined()
    // A duration is the card's words, trimmed; an empty one is no duration.
    expect(journey.steps[1]?.duration).toBe('3–12 uker')
    expect(journey.steps[0]?.duration).toBeUndefined()
  })

  it('links pain points by arrow first, then by position under a step', () => {
    const byId = new Map(journey.painPoints.map((painPoint) => [painPoint.id as string, painPoint]))
    expect(byId.get('shape:p1')).toMatchObject({ stepId: 'shape:s1', phaseId: 'foer', severity: 3 })
    expect(byId.get('shape:p2')).toMatchObject({ stepId: 'shape:s2', phaseId: 'under' })
    expect(byId.get('shape:p3')).toMatchObject({ agencyId: 'nav' })
    expect(byId.get('shape:p3')?.phaseId).toBeUndefined()
  })

  it('links a pain point by position only to a step in its own lane, and never guesses past an arrow', () => {
    const { x, y } = cell(0, 2)
    const extra = boardToJourney([
      ...board(),
      // In the agencies' lane of the first phase, below s1's column but not under any step of that lane.
      painPoint('p-lane', x, y + 170, 'nordby-kommune', 2),
      // Linked by an arrow to a step card without an agency (not a step yet), lying under s1.
      step('unfinished', 0, 0, 'Uten etat ennå', '', null, 300),
      painPoint('p-linked', cell(0, 0).x + 10, cell(0, 0).y + 170, 'nordby-kommune', 1),
      ...arrow('p-linked-arrow', 'p-linked', 'unfinished', ''),
    ])
    const byId = new Map(extra.journey.painPoints.map((painPoint) => [painPoint.id as string, painPoint]))
    expect(byId.get('shape:p-lane')).toMatchObject({ phaseId: 'foer' })
    expect(byId.get('shape:p-lane')?.stepId).toBeUndefined()
    expect(byId.get('shape:p-linked')).toMatchObject({ phaseId: 'foer' })
    expect(byId.get('shape:p-linked')?.stepId).toBeUndefined()
  })

  it('does not count an arrow between two steps of one agency as a handoff', () => {
    const sameAgency = boardToJourney([...board(), step('s4', 1, 0, 'Jeg får svar', 'nordby-kommune', null, 20), ...arrow('h3', 's3', 's4', 'vedtak')])
    expect(sameAgency.journey.handoffs.map((handoff) => handoff.id)).toEqual(['shape:h1', 'shape:h2'])
  })

  it('reads handoffs with who carries them and the information items', () => {
    expect(journey.handoffs).toEqual([
      { id: 'shape:h1', fromStepId: 'shape:s1', toStepId: 'shape:s2', carriedBy: 'personen', information: ['tomtegrenser', 'gårdsnummer'] },
      { id: 'shape:h2', fromStepId: 'shape:s2', toStepId: 'shape:s3', carriedBy: 'etatene', information: ['matrikkel'] },
    ])
  })

  it('reads opportunities, benefits, actors and relations', () => {
    expect(journey.opportunities).toEqual([
      { id: 'shape:o1', text: 'Del tomtedata direkte', painPointIds: ['shape:p2'], agencyIds: ['kartverket', 'nordby-kommune'] },
    ])
    expect(journey.benefits.map((benefit) => benefit.id)).toEqual(['shape:b1'])
    expect(journey.actors.map((actor) => [actor.agencyId, actor.name])).toEqual([
      ['kartverket', undefined],
      [undefined, 'Huseieren'],
    ])
    expect(journey.relations).toEqual([{ id: 'shape:r1', fromActorId: 'shape:a1', toActorId: 'shape:a2', label: 'leverer kart til' }])
  })

  it('lists what it left out, with the reason', () => {
    expect(result.leftOut.map(({ shapeId, reason }) => [shapeId, reason]).sort()).toEqual([
      ['shape:b2', 'no-beneficiary'],
      ['shape:emotionlane', 'in-emotion-lane'],
      ['shape:loose', 'no-agency'],
      ['shape:outside', 'not-in-frame'],
    ])
  })

  it('takes agencies from the board first, then the catalogue, and marks unknown ids', () => {
    const agencies = new Map(journey.agencies.map((agency) => [agency.id as string, agency]))
    expect(agencies.get('nordby-kommune')?.colour).toBe('#2a7a3b')
    expect(agencies.get('kartverket')?.level).toBe('stat')
    expect(result.unknownAgencyIds).toEqual([])
    const withStranger = boardToJourney([...board(), step('x', 0, 2, 'Ukjent etat', 'etat-som-ikke-finnes')])
    expect(withStranger.unknownAgencyIds).toEqual(['etat-som-ikke-finnes'])
  })

  it('gives a journey that passes the full schema and feeds the analyses', () => {
    expect(journeySchema.safeParse(journey).success).toBe(true)
    expect(kasteballHandoffs(journey)).toMatchObject({ count: 1, handoffCount: 2 })
    const matrix = painPointsByAgencyAndPhase(journey)
    expect(matrix.total.count).toBe(3)
    expect(result.shapeIdOf.get('shape:s1')).toBe('shape:s1')
    expect(result.frameIdOf.get('foer')).toBe('shape:frame')
  })

  it('reads a board without a frame or meta as an empty journey, without throwing', () => {
    const empty = boardToJourney([])
    expect(empty.journey.steps).toEqual([])
    expect(empty.journey.situation).toBe('–')
  })
})

describe('readBoardJourneyMeta', () => {
  it('keeps valid parts of broken meta and drops the rest', () => {
    const meta = readBoardJourneyMeta({ sammen: { situation: 42, agencies: [{ id: 'x' }, { id: 'ok', name: 'OK', shortName: 'OK', level: 'kommune', colour: '#112233' }] } })
    expect(meta.situation).toBe('')
    expect(meta.agencies.map((agency) => agency.id)).toEqual(['ok'])
    expect(readBoardJourneyMeta('nonsense')).toEqual({ lifeEvent: null, situation: '', agencies: [] })
  })
})

describe('richTextToPlain', () => {
  it('joins paragraphs with newlines and survives junk', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] }
    expect(richTextToPlain(doc)).toBe('ab\nc')
    expect(richTextToPlain({ type: 'doc', content: 'x' })).toBe('')
    expect(richTextToPlain(null)).toBe('')
  })
})
