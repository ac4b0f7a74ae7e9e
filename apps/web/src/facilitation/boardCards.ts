import { agencyCatalogue, findCatalogueAgency } from '@sammen/journey-model'
import type { facilitation } from '@sammen/sync'
import type { Editor, TLShape, TLShapeId } from 'tldraw'

/** What a card says, for lists and labels: its text, else its kind. */
export function cardLabel(editor: Editor, shape: TLShape | undefined, fallback: string): string {
  if (!shape) return fallback
  const text = editor.getShapeUtil(shape).getText(shape)?.trim()
  return text ? (text.length > 80 ? `${text.slice(0, 79)}…` : text) : fallback
}

/** Selects the card and brings it into view (gently, unless the person asked for reduced motion). */
export function jumpToCard(editor: Editor, cardId: string): boolean {
  const id = cardId as TLShapeId
  const shape = editor.getShape(id)
  if (!shape) return false
  if (shape.parentId !== editor.getCurrentPageId() && editor.getAncestorPageId(shape)) {
    editor.setCurrentPage(editor.getAncestorPageId(shape)!)
  }
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  if (bounds) editor.zoomToBounds(bounds, { inset: 160, targetZoom: Math.min(1, editor.getZoomLevel()), animation: { duration: reducedMotion ? 0 : 240 } })
  return true
}

/** Everything one can mention: the board's agencies first (as they appear on cards), then the catalogue. */
export function mentionableAgencies(boardAgencyIds: readonly string[]): facilitation.MentionableAgency[] {
  const seen = new Set<string>()
  const result: facilitation.MentionableAgency[] = []
  for (const id of boardAgencyIds) {
    if (seen.has(id)) continue
    seen.add(id)
    const known = findCatalogueAgency(id)
    result.push(known ? { id, shortName: known.shortName, name: known.name } : { id, shortName: id, name: id })
  }
  for (const agency of agencyCatalogue) {
    if (seen.has(agency.id)) continue
    seen.add(agency.id)
    result.push({ id: agency.id, shortName: agency.shortName, name: agency.name })
  }
  return result
}

export function agencyShortName(agencyId: string): string {
  return findCatalogueAgency(agencyId)?.shortName ?? agencyId
}
