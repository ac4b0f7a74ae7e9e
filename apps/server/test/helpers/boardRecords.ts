// Records as the browsers write them into a board's document (PROTOCOL.md, "Document layout"): a Y.Array of
// field entries `{ k, v }` per record, one per top-level field and per `props.*` / `meta.*` field. The server
// validates them with the board's schema, so tests write real, valid cards.
import { PAIN_POINT_DEFAULT_PROPS, STEP_CARD_DEFAULT_PROPS, type StepCardProps } from '@sammen/journey-shapes'
import * as Y from 'yjs'

export type FieldEntry = { k: string; v: unknown }

/** A valid step card record, flattened into field entries. `x` and the props can be chosen. */
export function stepCardEntries(id: string, options: { x?: number; y?: number; index?: string; props?: Partial<StepCardProps> } = {}): FieldEntry[] {
  const record = {
    id,
    typeName: 'shape',
    type: 'step-card',
    x: options.x ?? 0,
    y: options.y ?? 0,
    rotation: 0,
    index: options.index ?? 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props: { ...STEP_CARD_DEFAULT_PROPS, ...options.props },
    meta: {},
  }
  return flatten(record)
}

/** `{ x: 1, props: { w: 2 } }` → `[{ k: 'x', v: 1 }, { k: 'props', v: {} }, { k: 'props.w', v: 2 }]`. */
export function flatten(record: Record<string, unknown>): FieldEntry[] {
  const entries: FieldEntry[] = []
  for (const [key, value] of Object.entries(record)) {
    if ((key === 'props' || key === 'meta') && typeof value === 'object' && value !== null) {
      entries.push({ k: key, v: {} })
      for (const [inner, innerValue] of Object.entries(value)) entries.push({ k: `${key}.${inner}`, v: innerValue })
    } else entries.push({ k: key, v: value })
  }
  return entries
}

/** Adds a step card to the document as the browsers do: its whole field log in one transaction. */
export function addStepCard(doc: Y.Doc, id: string, options: Parameters<typeof stepCardEntries>[1] = {}): Y.Array<FieldEntry> {
  const fields = new Y.Array<FieldEntry>()
  doc.transact(() => {
    fields.push(stepCardEntries(id, options))
    doc.getMap<Y.Array<FieldEntry>>('records').set(id, fields)
  })
  return fields
}

/** Writes one field of an existing record as the browsers do: the old entries of the key deleted, the new appended. */
export function writeField(doc: Y.Doc, id: string, k: string, v: unknown): void {
  const fields = doc.getMap<Y.Array<FieldEntry>>('records').get(id)
  if (!fields) throw new Error(`no record ${id}`)
  doc.transact(() => {
    const entries = fields.toArray()
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.k === k) fields.delete(i, 1)
    fields.push([{ k, v }])
  })
}

/** The current value of a record's field (the right-most entry wins). */
export function fieldOf(doc: Y.Doc, id: string, k: string): unknown {
  return (doc.getMap<Y.Array<FieldEntry>>('records').get(id)?.toArray() ?? []).filter((entry) => entry.k === k).at(-1)?.v
}

/** Adds a valid pain point (owned by the municipality) as the browsers do. */
export function addPainPoint(doc: Y.Doc, id: string, options: { x?: number; text?: string; ownerAgencyId?: string } = {}): Y.Array<FieldEntry> {
  const entries = stepCardEntries(id, { x: options.x }).filter((entry) => !entry.k.startsWith('props.'))
  const props = { ...PAIN_POINT_DEFAULT_PROPS, text: options.text ?? '', ownerAgencyId: options.ownerAgencyId ?? 'kommunen' }
  const fields = new Y.Array<FieldEntry>()
  doc.transact(() => {
    fields.push([...entries.map((entry) => (entry.k === 'type' ? { k: 'type', v: 'pain-point' } : entry)), ...Object.entries(props).map(([k, v]) => ({ k: `props.${k}`, v }))])
    doc.getMap<Y.Array<FieldEntry>>('records').set(id, fields)
  })
  return fields
}
