import type { AgencyId } from '@sammen/journey-model'
import {
  createBindingId,
  createShapeId,
  createTLSchema,
  defaultShapeSchemas,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  toRichText,
  type TLRecord,
  type TLShapeId,
} from '@tldraw/tlschema'
import { sammenShapeSchemas } from '../src'

type IndexKey = TLRecord extends infer R ? (R extends { typeName: 'page'; index: infer I } ? I : never) : never
import { EMPTY_BOARD_JOURNEY_META, withBoardJourneyMeta } from '../src/board/boardJourneyMeta'
import { journeyFrameGeometry } from '../src/journeyFrame/journeyFrameGeometry'
import type { JourneyFrameProps } from '../src/journeyFrame/journeyFrameSchema'

export const AGENCIES = ['nav', 'skatteetaten', 'kommunen', 'kartverket', 'husbanken', 'bank', 'statens-vegvesen', 'folkeregisteret'] as const
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
/** Fractional index keys in order ('b01', 'b02', …: a two-digit integer part), without depending on @tldraw/utils. */
const indexKeys = (count: number) => Array.from({ length: count }, (_, i) => `b${DIGITS[Math.floor((i + 1) / 62)]}${DIGITS[(i + 1) % 62]}` as IndexKey)

const INFORMATION = ['inntekt', 'gjeld', 'fødselsnummer', 'adresse', 'vedtak', 'tegninger', 'situasjonsplan', 'skattemelding']

export interface ReportBoardSize {
  phases: number
  /** Step lanes; one emotion lane is added below them. */
  stepLanes: number
  steps: number
  painPoints: number
  opportunities: number
  benefits: number
  handoffs: number
}

/** The benchmark board: 10 phases × 8 lanes (7 step lanes + the emotion lane) and 300 cards. */
export const BENCH_BOARD: ReportBoardSize = { phases: 10, stepLanes: 7, steps: 180, painPoints: 80, opportunities: 20, benefits: 20, handoffs: 60 }

/**
 * A journey board as the browser's store holds it, built in Node from the journey-shapes schemas: a frame with its
 * cards as children in their cells, pain points under their step, handoff arrows bound to two step cards (half
 * carried by the person, with information on the label), opportunities bound to pain points, and benefits.
 * Every record is checked with the same schema the browser and the server use.
 */
export function reportBoardRecords(size: ReportBoardSize = BENCH_BOARD): TLRecord[] {
  const pageId = PageRecordType.createId('reise')
  const agencies = AGENCIES.map((id) => ({ id: id as AgencyId, name: id, shortName: id, level: 'stat' as const, colour: '#1f4e79' }))
  const document = DocumentRecordType.create({
    id: TLDOCUMENT_ID,
    name: 'Benchmark',
    meta: withBoardJourneyMeta({}, { ...EMPTY_BOARD_JOURNEY_META, situation: 'Jeg skal bygge hus.', agencies }) as never,
  })
  const page = PageRecordType.create({ id: pageId, name: 'Reise', index: 'a1' as IndexKey })
  const frameProps: JourneyFrameProps = {
    phases: Array.from({ length: size.phases }, (_, i) => ({ id: `fase-${i}`, name: `Fase ${i + 1}`, w: 820 })),
    lanes: [
      ...Array.from({ length: size.stepLanes }, (_, i) => ({ id: `rad-${i}`, name: `Rad ${i + 1}`, h: 400, kind: 'steps' as const })),
      { id: 'opplevelse', name: 'Opplevelse', h: 200, kind: 'emotion' as const },
    ],
  }
  const geometry = journeyFrameGeometry(frameProps)
  const cardCount = size.steps + size.painPoints + size.opportunities + size.benefits
  const indexes = indexKeys(cardCount + size.handoffs + size.opportunities + 1)
  let nextIndex = 0
  const base = (id: TLShapeId, parentId: string, x: number, y: number) => ({
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
  const frameId = createShapeId('frame')
  const records: TLRecord[] = [document, page, { ...base(frameId, pageId, 0, 0), type: 'journey-frame', props: frameProps } as TLRecord]

  const cells = size.phases * size.stepLanes
  const steps: { id: TLShapeId; x: number; y: number }[] = []
  for (let i = 0; i < size.steps; i++) {
    const column = geometry.columns[i % size.phases]!
    const row = geometry.rows[Math.floor(i / size.phases) % size.stepLanes]!
    const slot = Math.floor(i / cells)
    const id = createShapeId(`steg-${i}`)
    const x = column.x + 20 + slot * 260
    const y = row.y + 20
    steps.push({ id, x, y })
    const props = { w: 240, h: 148, text: `Steg ${i + 1}`, agencyId: AGENCIES[i % AGENCIES.length]!, channel: 'digital', emotion: (i % 5) - 2, duration: i % 3 === 0 ? '2–6 uker' : '' }
    records.push({ ...base(id, frameId, x, y), type: 'step-card', props } as TLRecord)
  }
  const painPoints: TLShapeId[] = []
  for (let i = 0; i < size.painPoints; i++) {
    const step = steps[i % steps.length]!
    const id = createShapeId(`problem-${i}`)
    painPoints.push(id)
    const props = { w: 240, h: 148, text: `Problem ${i + 1}`, ownerAgencyId: AGENCIES[(i * 3) % AGENCIES.length]!, severity: (i % 3) + 1, category: 'venting' }
    records.push({ ...base(id, frameId, step.x, step.y + 190), type: 'pain-point', props } as TLRecord)
  }

  const arrow = (key: string, fromId: TLShapeId, toId: TLShapeId, label: string, meta: Record<string, string>) => {
    const id = createShapeId(key)
    const props = {
      kind: 'arc', labelColor: 'black', color: 'black', fill: 'none', dash: 'solid', size: 'm', arrowheadStart: 'none', arrowheadEnd: 'arrow',
      font: 'draw', start: { x: 0, y: 0 }, end: { x: 100, y: 0 }, bend: 0, richText: toRichText(label), labelPosition: 0.5, scale: 1, elbowMidPoint: 0.5,
    }
    records.push({ ...base(id, pageId, 0, 0), meta, type: 'arrow', props } as TLRecord)
    for (const [terminal, target] of [['start', fromId], ['end', toId]] as const) {
      records.push(
        {
          id: createBindingId(`${key}-${terminal}`),
          typeName: 'binding',
          type: 'arrow',
          fromId: id,
          toId: target,
          props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
          meta: {},
        } as TLRecord,
      )
    }
  }
  for (let i = 0; i < size.handoffs; i++) {
    const label = [INFORMATION[i % INFORMATION.length], INFORMATION[(i + 3) % INFORMATION.length]].join(', ')
    arrow(`overlevering-${i}`, steps[i]!.id, steps[i + 1]!.id, label, { carriedBy: i % 2 === 0 ? 'personen' : 'etatene' })
  }
  for (let i = 0; i < size.opportunities; i++) {
    const id = createShapeId(`mulighet-${i}`)
    records.push({ ...base(id, pageId, i * 260, -400), type: 'opportunity', props: { w: 240, h: 148, text: `Mulighet ${i + 1}`, agencyIds: [AGENCIES[i % 8]!] } } as TLRecord)
    arrow(`mulighet-pil-${i}`, id, painPoints[i % painPoints.length]!, '', {})
  }
  for (let i = 0; i < size.benefits; i++) {
    const props = { w: 240, h: 148, text: `Gevinst ${i + 1}`, landsWith: i % 4 === 0 ? 'personen' : AGENCIES[i % 8]!, contributorIds: [AGENCIES[(i + 1) % 8]!, AGENCIES[(i + 2) % 8]!] }
    records.push({ ...base(createShapeId(`gevinst-${i}`), pageId, i * 260, -700), type: 'benefit', props } as TLRecord)
  }

  const schema = createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas } })
  for (const record of records) (schema.types[record.typeName] as { validate(value: unknown): unknown }).validate(record)
  return records
}
