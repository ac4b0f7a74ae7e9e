import { useEditor, useValue, type TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import type { AnnotationGroup } from './annotationGroups'
import { FeelingFace } from './FeelingFace'

/**
 * One pin per annotated card, at the card's top-right corner, following the camera. A pin is a real button: it
 * opens the list at that card's annotations.
 */
export function AnnotationPins({ groups, onOpen }: { groups: AnnotationGroup[]; onOpen: (targetShapeId: string) => void }) {
  const editor = useEditor()
  const t = useT()
  const positions = useValue(
    'annotation pin positions',
    () => {
      const page = editor.getCurrentPageId()
      return groups.flatMap((group) => {
        const id = group.targetShapeId as TLShapeId
        const shape = editor.getShape(id)
        if (!shape || editor.getAncestorPageId(shape) !== page) return []
        const bounds = editor.getShapePageBounds(id)
        if (!bounds) return []
        const corner = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY })
        return [{ group, x: corner.x, y: corner.y }]
      })
    },
    [editor, groups],
  )

  return (
    <div className="annotation-pins" data-testid="annotation-pins">
      {positions.map(({ group, x, y }) => {
        const newest = group.annotations[0]
        return (
          <button
            key={group.targetShapeId}
            type="button"
            className="annotation-pin"
            data-open={group.open > 0}
            data-testid="annotation-pin"
            data-target={group.targetShapeId}
            style={{ left: x, top: y }}
            aria-label={t.userPanel.pinLabel(group.annotations.length, group.open)}
            title={t.userPanel.pinLabel(group.annotations.length, group.open)}
            // Keep tldraw from treating the press as the start of a selection or a drag on the canvas.
            onPointerDown={(event) => event.stopPropagation()}
            onClick={() => onOpen(group.targetShapeId)}
          >
            {newest && <FeelingFace feeling={newest.feeling} size={22} />}
            <span className="annotation-pin__count">{group.annotations.length}</span>
          </button>
        )
      })}
    </div>
  )
}
