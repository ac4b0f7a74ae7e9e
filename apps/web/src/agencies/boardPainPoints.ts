import { PAIN_POINT_TYPE, boardToJourney, type PainPointShape } from '@sammen/journey-shapes'
import type { Editor, TLRecord } from 'tldraw'
import type { PainPointEntry } from './painPointGroups'

/**
 * Every pain point on the board (all pages), in journey order: by phase when it sits in a journey frame, then
 * top to bottom and left to right; the phase name comes from `boardToJourney`, so it matches reports and outline.
 */
export function boardPainPoints(editor: Editor): PainPointEntry[] {
  const records: TLRecord[] = editor.store.allRecords()
  const { journey } = boardToJourney(records)
  const phaseIndex = new Map(journey.phases.map((phase, index) => [phase.id as string, index]))
  const phaseName = new Map(journey.phases.map((phase) => [phase.id as string, phase.name]))
  const phaseOf = new Map(journey.painPoints.flatMap((painPoint) => (painPoint.phaseId ? [[painPoint.id as string, painPoint.phaseId as string] as const] : [])))
  const pageIndex = new Map(editor.getPages().map((page, index) => [page.id as string, index]))

  const shapes = records.filter((record): record is PainPointShape => record.typeName === 'shape' && record.type === PAIN_POINT_TYPE)
  const position = (shape: PainPointShape) => {
    const bounds = editor.getShapePageBounds(shape)
    const phase = phaseOf.get(shape.id)
    return {
      phase: phase === undefined ? Number.MAX_SAFE_INTEGER : (phaseIndex.get(phase) ?? Number.MAX_SAFE_INTEGER),
      page: pageIndex.get(editor.getAncestorPageId(shape) ?? '') ?? 0,
      y: bounds?.y ?? shape.y,
      x: bounds?.x ?? shape.x,
    }
  }
  return shapes
    .map((shape) => ({ shape, at: position(shape) }))
    .sort((a, b) => a.at.phase - b.at.phase || a.at.page - b.at.page || a.at.y - b.at.y || a.at.x - b.at.x)
    .map(({ shape }) => {
      const phase = phaseOf.get(shape.id)
      return {
        shapeId: shape.id,
        ownerAgencyId: shape.props.ownerAgencyId,
        text: shape.props.text.trim(),
        severity: shape.props.severity,
        category: shape.props.category,
        ...(phase !== undefined && phaseName.has(phase) && { phaseName: phaseName.get(phase) }),
      }
    })
}
