import { getArrowBindings, type Editor, type TLArrowShape, type TLShape, type TLShapeId } from 'tldraw'

/** The shapes an arrow is bound to at its start and end (undefined for a loose end). */
export interface ArrowEnds {
  start: TLShape | undefined
  end: TLShape | undefined
}

export function arrowEnds(editor: Editor, arrow: TLArrowShape): ArrowEnds {
  const bindings = getArrowBindings(editor, arrow)
  return {
    start: bindings.start ? editor.getShape(bindings.start.toId) : undefined,
    end: bindings.end ? editor.getShape(bindings.end.toId) : undefined,
  }
}

/**
 * The cards of `type` linked to a card by arrows bound at both ends, in either direction, each once. Links are
 * arrows (not ids in props) so they follow the cards and anyone can draw one; this reads them back.
 */
export function cardsLinkedByArrows(editor: Editor, cardId: TLShapeId, type: string): TLShape[] {
  const linked = new Map<TLShapeId, TLShape>()
  for (const binding of editor.getBindingsToShape(cardId, 'arrow')) {
    const arrow = editor.getShape(binding.fromId)
    if (!arrow || arrow.type !== 'arrow') continue
    const { start, end } = arrowEnds(editor, arrow as TLArrowShape)
    const other = start?.id === cardId ? end : end?.id === cardId ? start : undefined
    if (other && other.id !== cardId && other.type === type) linked.set(other.id, other)
  }
  return [...linked.values()]
}
