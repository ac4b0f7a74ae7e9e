import { react, type Editor } from 'tldraw'

/*
 * Level of detail: a card small on screen is drawn as its coloured box only (cards.css, `data-card-detail="low"`):
 * no text, chips, icons or shadows to paint. At a zoom where 17 px card text is 4 px high nobody reads it, and a
 * 2,000-card journey fitted to the window otherwise paints tens of thousands of such pieces whenever it moves.
 * One reaction for the whole canvas, on tldraw's container: cards subscribe to nothing and re-render for nothing.
 */

/** Below this zoom cards show no detail; tldraw turns geo shapes' fill solid at the same level. */
export const CARD_DETAIL_MIN_ZOOM = 0.25

/** Keeps `data-card-detail` on tldraw's container in step with the zoom. Returns the function that stops it. */
export function registerCardDetail(editor: Editor): () => void {
  const container = editor.getContainer()
  const stop = react('card level of detail', () => {
    // tldraw's efficient zoom level changes only when a zoom settles on a large board, so cards do not switch
    // detail in the middle of a gesture there.
    if (editor.getEfficientZoomLevel() < CARD_DETAIL_MIN_ZOOM) container.dataset.cardDetail = 'low'
    else delete container.dataset.cardDetail
  })
  return () => {
    stop()
    delete container.dataset.cardDetail
  }
}
