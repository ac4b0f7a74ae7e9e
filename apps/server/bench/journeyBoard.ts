// The journey the server benchmarks load: the size (as e2e/bench/benchJourney.ts draws it in the browser) —
// a 10 × 8 journey frame, 300 cards (200 steps, 100 pain points) with their text and 40 handoff arrows bound to two
// steps, on the board's document and page records — written into a Y.Doc the way a browser's binding writes a new
// board (@sammen/sync's docLayout: the schema in `meta`, one field log per record). Every record is checked with the
// board's schema, as the server checks it.
import {
  EMPTY_BOARD_JOURNEY_META,
  journeyFrameGeometry,
  sammenBoardSchema,
  validateBoardRecord,
  withBoardJourneyMeta,
  type JourneyFrameProps,
} from '@sammen/journey-shapes'
import { docLayout } from '@sammen/sync'
import { createBindingId, createShapeId, DocumentRecordType, PageRecordType, TLDOCUMENT_ID, toRichText, type TLRecord, type TLShapeId } from '@tldraw/tlschema'
import { getIndicesAbove, type IndexKey } from '@tldraw/utils'
import * as Y from 'yjs'

const PHASES = 10
const LANES = 8
const STEPS = 200
const PAIN_POINTS = 100
const HANDOFFS = 40
const AGENCY_IDS = ['nav', 'skatteetaten', 'kommunen', 'kartverket', 'husbanken', 'bronnoysundregistrene', 'statens-vegvesen', 'lanekassen']
const CHANNELS = ['digital', 'telefon', 'brev', 'oppmøte', 'annet'] as const
const INFORMATION = ['inntekt', 'gjeld', 'fødselsnummer', 'adresse', 'vedtak', 'tegninger', 'situasjonsplan', 'skattemelding']

/** The journey's records, as the browser's store holds them after "Ny tavle" and a workshop's worth of cards. */
export function journeyRecords(): TLRecord[] {
  const pageId = PageRecordType.createId('reise')
  const agencies = AGENCY_IDS.map((id) => ({ id, name: id, shortName: id.slice(0, 4).toUpperCase(), level: 'stat' as const, colour: '#1f4e79' }))
  const documentMeta = withBoardJourneyMeta({}, { ...EMPTY_BOARD_JOURNEY_META, situation: 'Jeg skal gjennom en lang reise med mange etater.', agencies } as never)
  const records: TLRecord[] = [
    DocumentRecordType.create({ id: TLDOCUMENT_ID, name: 'Benchmark', meta: documentMeta as never }),
    PageRecordType.create({ id: pageId, name: 'Reise', index: 'a1' as IndexKey }),
  ]
  const frameProps: JourneyFrameProps = {
    phases: Array.from({ length: PHASES }, (_, i) => ({ id: `fase-${i}`, name: `Fase ${i + 1}`, w: 820 })),
    lanes: Array.from({ length: LANES }, (_, i) =>
      i === LANES - 1 ? { id: 'opplevelse', name: 'Opplevelse', h: 200, kind: 'emotion' as const } : { id: `rad-${i}`, name: `Rad ${i + 1}`, h: 400, kind: 'steps' as const },
    ),
  }
  const geometry = journeyFrameGeometry(frameProps)
  const indexes = getIndicesAbove(null, 1 + STEPS + PAIN_POINTS + HANDOFFS)
  let nextIndex = 0
  const shape = (id: TLShapeId, parentId: string, x: number, y: number) => ({
    id,
    typeName: 'shape' as const,
    parentId: parentId as TLShapeId,
    x,
    y,
    rotation: 0,
    index: indexes[nextIndex++]!,
    isLocked: false,
    opacity: 1,
    meta: {},
  })
  const frameId = createShapeId('reise')
  records.push({ ...shape(frameId, pageId, 0, 0), type: 'journey-frame', props: frameProps } as TLRecord)
  const stepLanes = LANES - 1
  const steps: { id: TLShapeId; x: number; y: number }[] = []
  for (let i = 0; i < STEPS; i++) {
    const column = geometry.columns[i % PHASES]!
    const row = geometry.rows[Math.floor(i / PHASES) % stepLanes]!
    const slot = Math.floor(i / (PHASES * stepLanes))
    const id = createShapeId(`steg-${i}`)
    const step = { id, x: column.x + 20 + slot * 260, y: row.y + 20 }
    steps.push(step)
    const props = {
      w: 240,
      h: 148,
      text: `Steg ${i + 1}: personen gjør noe i møte med en etat`,
      agencyId: AGENCY_IDS[i % AGENCY_IDS.length]!,
      channel: CHANNELS[i % CHANNELS.length]!,
      emotion: i % 7 === 0 ? null : (i % 5) - 2,
      duration: i % 3 === 0 ? '2–6 uker' : '',
    }
    records.push({ ...shape(id, frameId, step.x, step.y), type: 'step-card', props } as TLRecord)
  }
  for (let i = 0; i < PAIN_POINTS; i++) {
    const step = steps[(i * 2) % STEPS]!
    const props = {
      w: 240,
      h: 148,
      text: `Problem ${i + 1}: venter uten å vite hvorfor`,
      ownerAgencyId: AGENCY_IDS[(i * 3) % AGENCY_IDS.length]!,
      severity: (i % 3) + 1,
      category: 'venting',
    }
    records.push({ ...shape(createShapeId(`problem-${i}`), frameId, step.x, step.y + 190), type: 'pain-point', props } as TLRecord)
  }
  for (let i = 0; i < HANDOFFS; i++) {
    const id = createShapeId(`overlevering-${i}`)
    const label = [INFORMATION[i % INFORMATION.length], INFORMATION[(i + 3) % INFORMATION.length]].join(', ')
    const props = {
      kind: 'arc',
      labelColor: 'black',
      color: 'black',
      fill: 'none',
      dash: i % 2 === 0 ? 'solid' : 'dashed',
      size: 'm',
      arrowheadStart: 'none',
      arrowheadEnd: 'arrow',
      font: 'sans',
      start: { x: 0, y: 0 },
      end: { x: 100, y: 0 },
      bend: 0,
      richText: toRichText(label),
      labelPosition: 0.5,
      scale: 1,
      elbowMidPoint: 0.5,
    }
    records.push({ ...shape(id, pageId, 0, 0), meta: { carriedBy: i % 2 === 0 ? 'personen' : 'etatene' }, type: 'arrow', props } as TLRecord)
    for (const [terminal, target] of [['start', steps[i * 4]!.id], ['end', steps[i * 4 + 1]!.id]] as const) {
      records.push({
        id: createBindingId(`overlevering-${i}-${terminal}`),
        typeName: 'binding',
        type: 'arrow',
        fromId: id,
        toId: target,
        props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
        meta: {},
      } as TLRecord)
    }
  }
  return records
}

/** The journey as one Yjs update: the state a browser sends when it puts the board up. */
export function journeyUpdate(): Uint8Array {
  return boardUpdate(journeyRecords())
}

/** A new blank board ("Tom tavle" before anyone draws): the document and page records and the schema. */
export function blankBoardUpdate(): Uint8Array {
  return boardUpdate(journeyRecords().slice(0, 2))
}

function boardUpdate(boardRecords: readonly TLRecord[]): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => {
    docLayout.getMetaMap(doc).set(docLayout.META_SCHEMA, sammenBoardSchema.serialize())
    const records = docLayout.getRecordsMap(doc)
    for (const record of boardRecords) {
      validateBoardRecord(record)
      records.set(record.id, docLayout.createRecordFields(record))
    }
  })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

export const JOURNEY_SIZE = { phases: PHASES, lanes: LANES, steps: STEPS, painPoints: PAIN_POINTS, handoffs: HANDOFFS }
