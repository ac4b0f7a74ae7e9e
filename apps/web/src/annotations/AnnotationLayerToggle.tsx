import { useT } from '../i18n'
import { useAnnotationLayer } from './annotationLayerState'
import { countAnnotations } from './annotationGroups'
import { useAnnotationList, useAnnotationsRoom } from '../room/annotationsRoom'

/** "Vis kommentarer fra brukerpanelet", floating at the canvas's bottom left, with the number of open annotations. */
export function AnnotationLayerToggle() {
  const t = useT()
  const room = useAnnotationsRoom()
  const { annotations } = useAnnotationList(room)
  const visible = useAnnotationLayer((state) => state.visible)
  const setVisible = useAnnotationLayer((state) => state.setVisible)
  const { open } = countAnnotations(annotations)
  return (
    <button
      type="button"
      className="annotation-toggle"
      // Keep tldraw from treating the press as the start of a selection on the canvas.
      onPointerDown={(event) => event.stopPropagation()}
      aria-pressed={visible}
      data-testid="annotation-layer-toggle"
      onClick={() => setVisible(!visible)}
    >
      <CommentIcon />
      {t.userPanel.layerToggle}
      {open > 0 && (
        <span className="annotation-toggle__count" data-testid="annotation-open-count">
          {open}
        </span>
      )}
    </button>
  )
}

function CommentIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M3 4h14v9H8l-4 3v-3H3z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  )
}
