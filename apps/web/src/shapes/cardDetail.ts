import { atom, react, useEditor, useValue, type Editor, type Signal, type TLShapeId } from 'tldraw'

/*
 * Level of detail: a card small on screen is drawn as its coloured box only, with no text, chips, icons, shadows or
 * clipping inside it. At a zoom where 17 px card text is 4 px high nobody reads it, and a 2,000-card journey fitted to
 * the window otherwise has ~20 elements per card for the browser to style, clip and paint whenever the camera moves
 * (issue 12: style recalculation and layerizing were most of a frame). The parts are left out of the DOM rather than
 * hidden with CSS: a hidden element is still styled on every zoom step, and still splits the layer into clip chunks.
 */

/** Below this zoom cards show no detail; tldraw turns geo shapes' fill solid at the same level. */
export const CARD_DETAIL_MIN_ZOOM = 0.25

const drawnSmall = new WeakMap<Editor, Signal<boolean>>()

/**
 * Whether cards are drawn small after this frame. At rest the zoom decides. While the camera moves, cards lose their
 * detail as soon as the zoom falls below `CARD_DETAIL_MIN_ZOOM`, but get it back only once the camera rests:
 * - dropping the detail of every card is one cheap frame (elements removed), and makes every later frame of the
 *   gesture cheaper; a pan that starts right after a zoom out would otherwise move every card in full;
 * - drawing every card in full is the most expensive frame there is, so it happens once, after the zoom in ends.
 * `zoom` is read only when it can matter: while small cards move, the reaction below does not depend on it at all.
 */
export function nextCardsDrawnSmall(previous: boolean, cameraAtRest: boolean, zoom: () => number): boolean {
  if (cameraAtRest) return zoom() < CARD_DETAIL_MIN_ZOOM
  return previous || zoom() < CARD_DETAIL_MIN_ZOOM
}

/**
 * Whether cards are drawn small (`nextCardsDrawnSmall`): one atom per editor that every card reads, set by one
 * reaction to the camera. Not a computed of the zoom: a pan changes the camera in every frame, and @tldraw/state then
 * walks every signal that depends on it, however little its value changes; with each card's detail hanging off the
 * zoom that walk visited all 2,000 cards of a large journey in every frame of a pan at 100 %.
 */
export function cardsDrawnSmall(editor: Editor): Signal<boolean> {
  const known = drawnSmall.get(editor)
  if (known) return known
  const small = atom('cards drawn small', editor.getZoomLevel() < CARD_DETAIL_MIN_ZOOM)
  const stop = react('judge cards drawn small', () => {
    const previous = small.__unsafe__getWithoutCapture()
    const next = nextCardsDrawnSmall(previous, editor.getCameraState() === 'idle', () => editor.getZoomLevel())
    if (next !== previous) small.set(next)
  })
  editor.disposables.add(stop)
  drawnSmall.set(editor, small)
  return small
}

/** How much of a card to draw: `low` when cards are small on screen, except the card being edited. */
export function useCardDetail(shapeId: TLShapeId): 'low' | 'full' {
  const editor = useEditor()
  return useValue('card detail', () => (cardsDrawnSmall(editor).get() && editor.getEditingShapeId() !== shapeId ? 'low' : 'full'), [editor, shapeId])
}
