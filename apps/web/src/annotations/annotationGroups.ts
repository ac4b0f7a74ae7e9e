import type { Annotation } from '@sammen/journey-model'

export interface AnnotationGroup {
  targetShapeId: string
  annotations: Annotation[]
  open: number
}

/** Annotations per card, open ones first within a card; cards ordered by their newest open annotation. */
export function groupAnnotations(annotations: readonly Annotation[]): AnnotationGroup[] {
  const byTarget = new Map<string, Annotation[]>()
  for (const annotation of annotations) {
    const list = byTarget.get(annotation.targetShapeId) ?? []
    list.push(annotation)
    byTarget.set(annotation.targetShapeId, list)
  }
  const groups = [...byTarget].map(([targetShapeId, list]) => ({
    targetShapeId,
    annotations: [...list].sort((a, b) => Number(a.handled !== null) - Number(b.handled !== null) || b.createdAt - a.createdAt),
    open: list.filter((annotation) => annotation.handled === null).length,
  }))
  const newestOpen = (group: AnnotationGroup) =>
    Math.max(0, ...group.annotations.filter((a) => a.handled === null).map((a) => a.createdAt))
  return groups.sort((a, b) => Number(b.open > 0) - Number(a.open > 0) || newestOpen(b) - newestOpen(a) || (a.targetShapeId < b.targetShapeId ? -1 : 1))
}

export function countAnnotations(annotations: readonly Annotation[]): { open: number; handled: number } {
  const open = annotations.filter((annotation) => annotation.handled === null).length
  return { open, handled: annotations.length - open }
}
