import { Store } from '@tldraw/store'
import {
  CameraRecordType,
  createShapeId,
  InstancePageStateRecordType,
  TLINSTANCE_ID,
  TLPOINTER_ID,
  createTLSchema,
  PageRecordType,
  DocumentRecordType,
  TLDOCUMENT_ID,
  type TLRecord,
  type TLShapeId,
  type TLStore,
  type TLStoreProps,
} from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey } from '@tldraw/utils'

/** A tldraw store with the default schema and no editor: what the binding sees in the browser. */
export function createTestStore(): TLStore {
  const props: TLStoreProps = {
    defaultName: '',
    assets: {
      upload: async () => ({ src: '' }),
      resolve: (asset) => asset.props.src,
      remove: async () => undefined,
    },
    onMount: () => undefined,
  }
  return new Store<TLRecord, TLStoreProps>({ schema: createTLSchema(), props })
}

export const TEST_PAGE_ID = PageRecordType.createId('page')

export function seedDocumentRecords(store: TLStore): void {
  store.put([
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: TEST_PAGE_ID, name: 'Side 1', index: 'a1' as IndexKey }),
  ])
}

/** A store with the session records tldraw's presence derivation reads (instance, page state, camera, pointer). */
export function storeWithSession(): TLStore {
  const store = createTestStore()
  seedDocumentRecords(store)
  const schema = store.schema.types
  store.put([
    schema.instance.create({ id: TLINSTANCE_ID, currentPageId: TEST_PAGE_ID }),
    InstancePageStateRecordType.create({ id: InstancePageStateRecordType.createId(TEST_PAGE_ID), pageId: TEST_PAGE_ID }),
    CameraRecordType.create({ id: CameraRecordType.createId(TEST_PAGE_ID) }),
    schema.pointer.create({ id: TLPOINTER_ID }),
  ] as never)
  return store
}

export function makeGeoShape(
  id: string,
  overrides: { x?: number; y?: number; index?: IndexKey; text?: string; w?: number } = {},
): TLRecord {
  return {
    id: createShapeId(id) as TLShapeId,
    typeName: 'shape',
    type: 'geo',
    x: overrides.x ?? 0,
    y: overrides.y ?? 0,
    rotation: 0,
    index: overrides.index ?? getIndexAbove(),
    parentId: TEST_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      geo: 'rectangle',
      w: overrides.w ?? 100,
      h: 100,
      color: 'black',
      labelColor: 'black',
      fill: 'none',
      dash: 'draw',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      scale: 1,
      richText: richText(overrides.text ?? ''),
    },
  } as unknown as TLRecord
}

export function richText(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] }
}

/** Document-scope records of a store, sorted by id: what must converge between peers. */
export function documentSnapshot(store: TLStore): TLRecord[] {
  const documentTypes = new Set(
    Object.values(store.schema.types)
      .filter((type) => type.scope === 'document')
      .map((type) => type.typeName),
  )
  return store
    .allRecords()
    .filter((record) => documentTypes.has(record.typeName))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}
