import { react, type Editor } from 'tldraw'

/** The container attribute board-layout.css reads: the shapes layer is `composited` or `painted`. */
export const SHAPES_LAYER_ATTRIBUTE = 'data-shapes-layer'

/**
 * Gives tldraw's shapes layer a compositor layer of its own (`will-change: transform`, board-layout.css) while the
 * zoom is the one the camera last rested at, and takes it away as soon as a zoom starts:
 * - Panning at a steady zoom then moves that layer on the compositor, and only cards coming into view are drawn. As
 *   part of the page instead, every frame of a pan draws everything in view again: on the 2,000-card journey at
 *   100 % tldraw's handoff arrows alone cost the raster threads about 25 ms a frame.
 * - Chrome keeps such a layer's raster scale while its transform changes. Kept through a zoom, every frame of the
 *   zoom, and of a pan that follows it without a pause, composites the layer from the old raster: after a zoom from
 *   100 % out to a whole journey, 17 ms a frame in software compositing. Painted with the page during a zoom, each
 *   frame is drawn at its own scale, as plain tldraw does; at rest the layer comes back at the new scale.
 * Returns a function that stops it.
 */
export function composeShapesLayerAtSteadyZoom(editor: Editor): () => void {
  const container = editor.getContainer()
  let zoomAtRest: number | null = null
  const stop = react('shapes layer compositing', () => {
    const zoom = editor.getZoomLevel()
    if (editor.getCameraState() === 'idle') zoomAtRest = zoom
    const mode = zoom === zoomAtRest ? 'composited' : 'painted'
    if (container.getAttribute(SHAPES_LAYER_ATTRIBUTE) !== mode) container.setAttribute(SHAPES_LAYER_ATTRIBUTE, mode)
  })
  return () => {
    stop()
    container.removeAttribute(SHAPES_LAYER_ATTRIBUTE)
  }
}
