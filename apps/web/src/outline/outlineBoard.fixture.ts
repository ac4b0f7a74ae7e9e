import { sammenShapeSchemas } from '@sammen/journey-shapes'
import {
  createTLSchema,
  createTLStore,
  defaultBindingSchemas,
  defaultShapeSchemas,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLRecord,
  type TLShapeId,
  type TLStore,
} from 'tldraw'

/*
 * A small board for the outline's unit tests, in a store with the app's schema (so every put is validated):
 * one frame with two phases (Før at x 200–800, Under at 800–1400) and three lanes (Gjør y 84–484, an emotion lane
 * 484–604, Etatene 604–904).
 *   s1 "Søker om lån" (NAV) and s2 (no agency yet) in Før × Gjør; s3 "Sender tegninger" (Kartverket) in Under × Gjør;
 *   pp1 under s1 (owner kommunen); pp2 in Under, right of s3, so under no step; loose: a step card off the frame.
 */
export const PAGE_ID = PageRecordType.createId('reise')
export const FRAME_ID = 'shape:frame' as TLShapeId
export const S1 = 'shape:s1' as TLShapeId
export const S2 = 'shape:s2' as TLShapeId
export const S3 = 'shape:s3' as TLShapeId
export const PP1 = 'shape:pp1' as TLShapeId
export const PP2 = 'shape:pp2' as TLShapeId
export const LOOSE = 'shape:loose' as TLShapeId

export function createOutlineTestStore(): TLStore {
  const schema = createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas }, bindings: defaultBindingSchemas })
  return createTLStore({ schema })
}

const base = { typeName: 'shape', rotation: 0, isLocked: false, opacity: 1, meta: {} } as const

function step(id: TLShapeId, index: string, x: number, y: number, text: string, agencyId: string, parentId: string = FRAME_ID): TLRecord {
  return { ...base, id, type: 'step-card', parentId, index, x, y, props: { w: 240, h: 148, text, agencyId, channel: 'digital', emotion: null, duration: '' } } as unknown as TLRecord
}

function painPoint(id: TLShapeId, index: string, x: number, y: number, text: string, ownerAgencyId: string): TLRecord {
  return {
    ...base,
    id,
    type: 'pain-point',
    parentId: FRAME_ID,
    index,
    x,
    y,
    props: { w: 240, h: 148, text, ownerAgencyId, severity: 2, category: 'venting' },
  } as unknown as TLRecord
}

export function seedOutlineTestBoard(store: TLStore): void {
  store.put([
    DocumentRecordType.create({ id: TLDOCUMENT_ID, meta: { sammen: { situation: 'Jeg skal bygge hus.', lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' }, agencies: [] } } }),
    PageRecordType.create({ id: PAGE_ID, name: 'Reise', index: 'a1' as IndexKey }),
    {
      ...base,
      id: FRAME_ID,
      type: 'journey-frame',
      parentId: PAGE_ID,
      index: 'a1',
      x: 0,
      y: 0,
      props: {
        phases: [
          { id: 'for', name: 'Før', w: 600 },
          { id: 'under', name: 'Under', w: 600 },
        ],
        lanes: [
          { id: 'gjor', name: 'Gjør', h: 400, kind: 'steps' },
          { id: 'folelser', name: 'Følelser', h: 120, kind: 'emotion' },
          { id: 'etatene', name: 'Etatene', h: 300, kind: 'steps' },
        ],
      },
    } as unknown as TLRecord,
    step(S1, 'a2', 224, 108, 'Søker om lån', 'nav'),
    step(S2, 'a3', 500, 108, 'Ringer banken', ''),
    step(S3, 'a4', 824, 108, 'Sender tegninger', 'kartverket'),
    painPoint(PP1, 'a5', 224, 280, 'Må vente i ukevis', 'kommunen'),
    painPoint(PP2, 'a6', 1100, 280, 'Uklart hvem som svarer', 'kartverket'),
    step(LOOSE, 'a2', 2000, 2000, 'Utenfor', 'nav', PAGE_ID),
  ])
}
