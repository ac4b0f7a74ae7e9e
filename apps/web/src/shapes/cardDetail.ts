import { computed, isUninitialized, useEditor, useValue, type Computed, type Editor, type TLShapeId } from 'tldraw'

/*
 * Level of detail: a card small on screen is drawn as its coloured box only, with no text, chips, icons, shadows or
 * clipping inside it. At a zoom where 17 px card text is 4 px high nobody reads it, and a 2,000-card journey fitted to
 * the window otherwise has ~20 elements per card for the browser to style, clip and paint whenever the camera moves
 * (issue 12: style recalculation and layerizing were most of a frame). The parts are left out of the DOM rather than
 * hidden with CSS: a hidden element is still styled on every zoom step, and still splits the layer into clip chunks.
 */

/** Below this zoom cards show no detail; tldraw turns geo shapes' fill solid at the same level. */
export const CARD_DETAIL_MIN_ZOOM = 0.25

const drawnSmall = new WeakMap<Editor, Computed<boolean>>()

/**
 * Whether cards are drawn small, judged only while the camera is at rest: every card switches once, after a zoom
 * ends, never in the middle of a gesture (tldraw's own debounced zoom flips back to the live zoom whenever a frame
 * takes longer than its camera timeout, which on a slow machine is every frame of a large board).
 */
export function cardsDrawnSmall(editor: Editor): Computed<boolean> {
  const known = drawnSmall.get(editor)
  if (known) return known
  const small = computed<boolean>('cards drawn small', (previous) => {
    if (!isUninitialized(previous) && editor.getCameraState() !== 'idle') return previous
    return editor.getZoomLevel() < CARD_DETAIL_MIN_ZOOM
  })
  drawnSmall.set(editor, small)
  return small
}

/** How much of a card to draw: `low` when cards are small on screen, except the card being edited. */
export function useCardDetail(shapeId: TLShapeId): 'low' | 'full' {
  const editor = useEditor()
  return useValue('card detail', () => (cardsDrawnSmall(editor).get() && editor.getEditingShapeId() !== shapeId ? 'low' : 'full'), [editor, shapeId])
}
