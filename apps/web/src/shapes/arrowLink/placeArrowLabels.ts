import { agencyIdsOfShape } from '@sammen/journey-shapes'
import { Box, type Editor, type Geometry2d, type TLArrowShape, type TLShapeId } from 'tldraw'

/**
 * Where along an arrow its label may sit, best first: the middle reads most naturally, then ever further towards the
 * ends (not at them: the label would cover the arrowhead or the card it points into).
 */
const LABEL_POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85]

/** The label's box in the arrow's own coordinates, or null for an arrow without a label. */
export function arrowLabelShapeBox(editor: Editor, arrowId: TLShapeId): Box | null {
  const label = childrenOf(editor.getShapeGeometry(arrowId)).find((child) => child.isLabel)
  return label ? label.bounds.clone() : null
}

/** The label's box on the page, or null for an arrow without a label. */
export function arrowLabelPageBox(editor: Editor, arrowId: TLShapeId): Box | null {
  const label = childrenOf(editor.getShapeGeometry(arrowId)).find((child) => child.isLabel)
  if (!label) return null
  const transform = editor.getShapePageTransform(arrowId)
  return Box.FromPoints(transform.applyToPoints(label.vertices))
}

function childrenOf(geometry: Geometry2d): Geometry2d[] {
  return 'children' in geometry && Array.isArray(geometry.children) ? (geometry.children as Geometry2d[]) : []
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)
  const h = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY)
  return w > 0 && h > 0 ? w * h : 0
}

/**
 * Moves each labelled arrow's label along the arrow to where no card covers it (the least covered spot if none is
 * free), and brings an arrow whose label cannot get clear above the cards, so that what a handoff carries is never
 * hidden. Arrows are placed one after another, so a later label also avoids the labels placed before it. Cards are
 * Sammen's cards (those that name agencies; not the journey frame, not tldraw's own shapes).
 *
 * Call it inside the caller's `editor.run`, so that it is part of the same undo step.
 */
export function placeArrowLabelsClearOfCards(editor: Editor, arrowIds: readonly TLShapeId[]): void {
  const obstacles: Box[] = []
  for (const shape of editor.getCurrentPageShapes()) {
    if (agencyIdsOfShape(shape) === null) continue
    const bounds = editor.getShapePageBounds(shape.id)
    if (bounds) obstacles.push(bounds)
  }
  const covered = (box: Box) => obstacles.reduce((sum, obstacle) => sum + overlapArea(box, obstacle), 0)

  for (const id of arrowIds) {
    const arrow = editor.getShape<TLArrowShape>(id)
    if (!arrow || arrow.type !== 'arrow' || arrowLabelPageBox(editor, id) === null) continue
    let best = { position: arrow.props.labelPosition, covered: Number.POSITIVE_INFINITY, box: null as Box | null }
    for (const position of LABEL_POSITIONS) {
      editor.updateShape<TLArrowShape>({ id, type: 'arrow', props: { labelPosition: position } })
      const box = arrowLabelPageBox(editor, id)
      if (!box) break
      const area = covered(box)
      if (area < best.covered) best = { position, covered: area, box }
      if (area === 0) break
    }
    editor.updateShape<TLArrowShape>({ id, type: 'arrow', props: { labelPosition: best.position } })
    if (best.covered > 0) editor.bringToFront([id])
    if (best.box) obstacles.push(best.box)
  }
}
