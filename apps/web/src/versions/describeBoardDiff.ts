import { textOfShape } from '@sammen/journey-shapes'
import type { BoardDiff, DiffableRecord, DiffGroup, ShapeDiffEntry } from '@sammen/sync'
import type { Dictionary } from '../i18n'
import { agencyDisplay } from '../shapes/agencyDisplay'

export type ChangeKind = 'added' | 'removed' | 'changed'

export interface DescribedChange {
  id: string
  kind: ChangeKind
  /** "Steg", "Problem", "Pil" … */
  typeLabel: string
  /** The shape's text (after the change; before it for removed shapes), or "uten tekst". */
  text: string
  /** What changed, in words ("plassering, tekst"); empty for added and removed shapes. */
  fields: string[]
}

export interface DescribedGroup {
  key: string
  heading: string
  changes: DescribedChange[]
}

const MAX_TEXT = 60

/** The plain text of a record: a Sammen card's own text, or tldraw's rich text (notes, geo, text). */
function textOfRecord(record: DiffableRecord | undefined): string {
  const props = record?.props
  if (typeof props !== 'object' || props === null) return ''
  return textOfShape({ type: String(record?.type), props })
}

function fieldCategory(field: string): string {
  if (['x', 'y', 'rotation', 'index', 'parentId'].includes(field)) return 'position'
  if (field === 'props.text' || field === 'props.richText') return 'text'
  if (field === 'props.w' || field === 'props.h' || field === 'props.scale') return 'size'
  if (['props.agencyId', 'props.ownerAgencyId', 'props.agencyIds', 'props.landsWith', 'props.contributorIds'].includes(field)) return 'owner'
  if (field.startsWith('props.')) return 'look'
  return 'other'
}

function describeEntry(entry: ShapeDiffEntry, kind: ChangeKind, t: Dictionary): DescribedChange {
  const record = entry.after ?? entry.before
  const text = textOfRecord(record).trim().replace(/\s+/g, ' ')
  const categories = [...new Set(entry.fields.map(fieldCategory))]
  return {
    id: entry.id,
    kind,
    typeLabel: t.versions.shapeTypes[entry.type] ?? t.versions.shapeTypes.other ?? entry.type,
    text: text === '' ? t.versions.untitledShape : text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
    fields: categories.map((category) => t.versions.fieldNames[category] ?? category),
  }
}

function describeGroup(group: DiffGroup, t: Dictionary): DescribedChange[] {
  return [
    ...group.added.map((entry) => describeEntry(entry, 'added', t)),
    ...group.changed.map((entry) => describeEntry(entry, 'changed', t)),
    ...group.removed.map((entry) => describeEntry(entry, 'removed', t)),
  ]
}

/** The diff in the order the board talks about it: steps, pain points per owning agency, handoffs, other shapes. */
export function describeBoardDiff(diff: BoardDiff, t: Dictionary): DescribedGroup[] {
  const groups: DescribedGroup[] = [
    { key: 'steps', heading: t.versions.groupSteps, changes: describeGroup(diff.stepCards, t) },
    ...diff.painPoints.map((group) => ({
      key: `pain-points-${group.ownerAgencyId ?? 'none'}`,
      heading: t.versions.groupPainPoints(
        group.ownerAgencyId ? (agencyDisplay(group.ownerAgencyId)?.name ?? group.ownerAgencyId) : t.versions.groupNoOwner,
      ),
      changes: describeGroup(group, t),
    })),
    { key: 'handoffs', heading: t.versions.groupHandoffs, changes: describeGroup(diff.handoffs, t) },
    { key: 'other', heading: t.versions.groupOther, changes: describeGroup(diff.otherShapes, t) },
  ]
  return groups.filter((group) => group.changes.length > 0)
}

/** Shapes that exist on the board now and differ from the snapshot: what the canvas highlights. */
export function changedShapeIdsOnBoard(diff: BoardDiff): string[] {
  const groups = [diff.stepCards, ...diff.painPoints, diff.handoffs, diff.otherShapes]
  return groups.flatMap((group) => [...group.added, ...group.changed].map((entry) => entry.id))
}
