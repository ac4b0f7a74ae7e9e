import { diffPlaceOfShape } from '@sammen/journey-shapes'
import { isEqual } from '@tldraw/utils'
import { flattenRecord } from '../docLayout'

/** Any record as read from a document or a store; only shapes (`typeName: 'shape'`) are compared. */
export interface DiffableRecord {
  readonly id: string
  readonly typeName: string
  readonly [key: string]: unknown
}

export interface ShapeDiffEntry {
  id: string
  /** The shape type (`step-card`, `pain-point`, `arrow`, `geo` …). */
  type: string
  /** The shape before; absent when it was added. */
  before?: DiffableRecord
  /** The shape after; absent when it was removed. */
  after?: DiffableRecord
  /**
   * For changed shapes: the fields that differ, flattened as in the document layout (`x`, `index`,
   * `props.richText`, `meta.note`), sorted. Empty for added and removed shapes.
   */
  fields: string[]
}

export interface DiffGroup {
  added: ShapeDiffEntry[]
  removed: ShapeDiffEntry[]
  changed: ShapeDiffEntry[]
}

export interface PainPointGroup extends DiffGroup {
  /** `props.ownerAgencyId` of the pain points (after the change; before it for removed ones); null if unset. */
  ownerAgencyId: string | null
}

export interface BoardDiff {
  /** Step cards (where each shape goes is the shape's own `diffPlace`, see @sammen/journey-shapes). */
  stepCards: DiffGroup
  /** Pain points, one group per owning agency, sorted by agency id (unowned last). */
  painPoints: PainPointGroup[]
  /** Arrows: handoffs between steps and agencies. */
  handoffs: DiffGroup
  /** Every other shape (notes, frames, text, geo …). */
  otherShapes: DiffGroup
  summary: { added: number; removed: number; changed: number; total: number }
}

const emptyGroup = (): DiffGroup => ({ added: [], removed: [], changed: [] })

/** The fields that differ between two records, in the document layout's flattened form. */
export function changedRecordFields(before: object, after: object): string[] {
  const a = flattenRecord(before)
  const b = flattenRecord(after)
  const keys = new Set([...a.keys(), ...b.keys()])
  return [...keys].filter((key) => !isEqual(a.get(key), b.get(key))).sort()
}

/**
 * What changed on the board between two sets of records (e.g. a snapshot's and the live board's): shapes
 * added, removed and changed, grouped the way the journey board talks about them. Pure: no doc, no store.
 */
export function diffBoards(beforeRecords: readonly DiffableRecord[], afterRecords: readonly DiffableRecord[]): BoardDiff {
  const shapesOf = (records: readonly DiffableRecord[]) =>
    new Map(records.filter((record) => record.typeName === 'shape').map((record) => [record.id, record]))
  const before = shapesOf(beforeRecords)
  const after = shapesOf(afterRecords)

  const entries: { kind: keyof DiffGroup; entry: ShapeDiffEntry }[] = []
  for (const [id, next] of after) {
    const previous = before.get(id)
    if (!previous) {
      entries.push({ kind: 'added', entry: { id, type: String(next.type), after: next, fields: [] } })
      continue
    }
    const fields = changedRecordFields(previous, next)
    if (fields.length > 0) entries.push({ kind: 'changed', entry: { id, type: String(next.type), before: previous, after: next, fields } })
  }
  for (const [id, previous] of before) {
    if (!after.has(id)) entries.push({ kind: 'removed', entry: { id, type: String(previous.type), before: previous, fields: [] } })
  }
  // Stable output whatever the input order: by id within each list.
  entries.sort((x, y) => (x.entry.id < y.entry.id ? -1 : x.entry.id > y.entry.id ? 1 : 0))

  const diff: BoardDiff = {
    stepCards: emptyGroup(),
    painPoints: [],
    handoffs: emptyGroup(),
    otherShapes: emptyGroup(),
    summary: { added: 0, removed: 0, changed: 0, total: 0 },
  }
  const painPointGroups = new Map<string | null, PainPointGroup>()
  for (const { kind, entry } of entries) {
    const record = entry.after ?? entry.before
    const place = diffPlaceOfShape({ type: entry.type, props: isObject(record?.props) ? record.props : {} })
    let group: DiffGroup
    if (place.group === 'steps') group = diff.stepCards
    else if (place.group === 'handoffs') group = diff.handoffs
    else if (place.group === 'pain-points') {
      let painGroup = painPointGroups.get(place.agencyId)
      if (!painGroup) painPointGroups.set(place.agencyId, (painGroup = { ownerAgencyId: place.agencyId, ...emptyGroup() }))
      group = painGroup
    } else group = diff.otherShapes
    group[kind].push(entry)
    diff.summary[kind]++
    diff.summary.total++
  }
  diff.painPoints = [...painPointGroups.values()].sort((x, y) => {
    if (x.ownerAgencyId === y.ownerAgencyId) return 0
    if (x.ownerAgencyId === null) return 1
    if (y.ownerAgencyId === null) return -1
    return x.ownerAgencyId < y.ownerAgencyId ? -1 : 1
  })
  return diff
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
