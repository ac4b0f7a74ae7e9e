import type { BoardPage } from './BoardPage'

/** Rows of this many shapes, 120 apart: at 100 % a 1440 × 900 window shows about a hundred of them. */
const PER_ROW = 50

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

  /**
   * From the next page load on, records how many shapes the store holds when the app hands tldraw's editor to the
   * tests (in its mount callback, `window.__sammenEditor`), before anything more can arrive.
   */
  async recordShapesAtMount(): Promise<void> {
    await this.board.page.addInitScript(() => {
      let editor: unknown
      Object.defineProperty(window, '__sammenEditor', {
        configurable: true,
        get: () => editor,
        set: (value: { getCurrentPageShapeIds(): Set<string> } | undefined) => {
          if (value && !('__shapesAtMount' in window)) (window as unknown as { __shapesAtMount: number }).__shapesAtMount = value.getCurrentPageShapeIds().size
          editor = value
        },
      })
    })
  }

  async shapesAtMount(): Promise<number> {
    return this.board.page.evaluate(() => (window as unknown as { __shapesAtMount?: number }).__shapesAtMount ?? -1)
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
