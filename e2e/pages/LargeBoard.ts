import type { BoardPage } from './BoardPage'

/** Rows of this many shapes, 120 apart: at 100 % a 1440 × 900 window shows about a hundred of them. */
const PER_ROW = 50

/** What tldraw's first render held (LargeBoard.recordMount). */
export interface MountRecord {
  shapes: number
  zoom: number
  cardsInFull: number
}

/**
 * A board too large to load at once (apps/web/src/room/firstView.ts): it is filled through the editor, and what
 * the store held when tldraw mounted is recorded, so a test can tell the first view from the whole board.
 */
export class LargeBoard {
  constructor(readonly board: BoardPage) {}

  /** Draws `count` small labelled rectangles in rows from the page's origin, in one change. */
  async fill(count: number): Promise<void> {
    await this.board.page.evaluate(
      ({ count, perRow }) => {
        const editor = window.__sammenEditor!
        const shapes = Array.from({ length: count }, (_, i) => ({
          type: 'geo',
          x: (i % perRow) * 120,
          y: Math.floor(i / perRow) * 120,
          props: { w: 100, h: 80, richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Kort ${i + 1}` }] }] } },
        }))
        editor.run(() => editor.createShapes(shapes))
      },
      { count, perRow: PER_ROW },
    )
  }

  /** Lays out a journey (a journey-model `Journey`, e.g. bench/benchJourney.ts's) as "Lag tavla" does. */
  async layOutJourney(journey: unknown): Promise<void> {
    await this.board.page.evaluate((journey) => window.__sammenLayOutJourney!(journey), journey)
  }

  /** Whether the journey frame lies whole inside the canvas as it is shown now (the first view fitted it). */
  async frameInView(): Promise<boolean> {
    return this.board.page.evaluate(() => {
      const editor = window.__sammenEditor!
      const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'journey-frame')
      const bounds = frame && editor.getShapePageBounds(frame.id)
      const view = editor.getViewportPageBounds()
      return !!bounds && bounds.minX >= view.minX && bounds.minY >= view.minY && bounds.maxX <= view.maxX && bounds.maxY <= view.maxY
    })
  }

  /**
   * From the next page load on, records what tldraw's first render held when the app hands its editor to the tests
   * (in its mount callback, `window.__sammenEditor`), before anything more can arrive or the camera is settled: how
   * many shapes the store held, the zoom, and how many cards were drawn with their full detail.
   */
  async recordMount(): Promise<void> {
    await this.board.page.addInitScript(() => {
      let editor: unknown
      Object.defineProperty(window, '__sammenEditor', {
        configurable: true,
        get: () => editor,
        set: (value: { getCurrentPageShapeIds(): Set<string>; getZoomLevel(): number } | undefined) => {
          if (value && !('__atMount' in window)) {
            ;(window as unknown as { __atMount: MountRecord }).__atMount = {
              shapes: value.getCurrentPageShapeIds().size,
              zoom: value.getZoomLevel(),
              cardsInFull: document.querySelectorAll('.sammen-card[data-detail="full"]').length,
            }
          }
          editor = value
        },
      })
    })
  }

  async atMount(): Promise<MountRecord> {
    const record = await this.board.page.evaluate(() => (window as unknown as { __atMount?: MountRecord }).__atMount)
    if (!record) throw new Error('the editor never mounted after recordMount()')
    return record
  }

  async shapeCount(): Promise<number> {
    return this.board.page.evaluate(() => window.__sammenEditor!.getCurrentPageShapeIds().size)
  }

  /** The shape drawn last (the farthest from the origin): where it is and its id. */
  async lastShape(): Promise<{ id: string; x: number; y: number }> {
    return this.board.page.evaluate(() => {
      const shapes = window.__sammenEditor!.getCurrentPageShapes()
      const last = shapes.reduce((far, shape) => (shape.x + shape.y > far.x + far.y ? shape : far))
      return { id: last.id, x: last.x, y: last.y }
    })
  }

  async moveShape(id: string, x: number, y: number): Promise<void> {
    // updateShapes returns the editor, which cannot come back out of the page: return nothing.
    await this.board.page.evaluate(
      ({ id, x, y }) => {
        window.__sammenEditor!.updateShapes([{ id, type: 'geo', x, y }])
      },
      { id, x, y },
    )
  }

  async shapePosition(id: string): Promise<{ x: number; y: number } | null> {
    return this.board.page.evaluate((id) => {
      const shape = window.__sammenEditor!.getShape(id)
      return shape ? { x: shape.x, y: shape.y } : null
    }, id)
  }
}
