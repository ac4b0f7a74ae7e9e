import { expect, type Locator, type Page } from '@playwright/test'

/** A rectangle on the screen, in CSS pixels. */
export interface ScreenBox {
  x: number
  y: number
  width: number
  height: number
}

/** The editor members this page object reads beyond e2e/support/window.d.ts. */
interface ViewHooks {
  getShapePageBounds(id: string): { x: number; y: number; w: number; h: number } | undefined
  getViewportPageBounds(): { x: number; y: number; w: number; h: number; center: { x: number; y: number } }
  getSelectionPageBounds(): { x: number; y: number; w: number; h: number } | null
  getInstanceState(): { followingUserId: string | null }
  pageToScreen(point: { x: number; y: number }): { x: number; y: number }
  getCurrentPageShapes(): { id: string; type: string; parentId: string }[]
  getShapeUtil(shape: unknown): { getText(shape: unknown): string | undefined }
  getShape(id: string): unknown
  getCamera(): { x: number; y: number; z: number }
  setCamera(camera: { x: number; y: number; z: number }): unknown
}

/** The side panels of a board, by the element each one is (their test ids, or the versions dialog). */
export const PANELS = {
  details: '[data-testid="card-details"]',
  versions: '[data-testid="versions-panel"]',
  facilitation: '[data-testid="facilitator-panel"]',
  legend: '[data-testid="agency-legend"]',
  painPoints: '[data-testid="pain-point-panel"]',
} as const

/**
 * How a board is laid out on the screen (apps/web/src/components/boardLayout.tsx): the header with the top bar, the
 * canvas, the side column with the open panels; where the journey and other people's cursors are.
 */
export class BoardView {
  readonly canvas: Locator
  readonly topBar: Locator
  readonly side: Locator
  readonly cursorLabels: Locator

  constructor(readonly page: Page) {
    this.canvas = page.locator('.tl-canvas')
    this.topBar = page.getByTestId('board-top-bar')
    this.side = page.getByTestId('board-side')
    this.cursorLabels = page.getByTestId('cursor-label')
  }

  async canvasBox(): Promise<ScreenBox> {
    return boxOf(this.canvas)
  }

  /** The first journey frame on the page, on the screen. */
  async frameBox(): Promise<ScreenBox> {
    return this.page.evaluate(() => {
      const editor = window.__sammenEditor as unknown as ViewHooks
      const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'journey-frame')!
      const bounds = editor.getShapePageBounds(frame.id)!
      const topLeft = editor.pageToScreen({ x: bounds.x, y: bounds.y })
      const bottomRight = editor.pageToScreen({ x: bounds.x + bounds.w, y: bounds.y + bounds.h })
      return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y }
    })
  }

  /** A text shape (the journey's title, the situation above the frame) on the screen, as its element draws it. */
  async textBox(text: string): Promise<ScreenBox> {
    const id = await this.page.evaluate((text) => {
      const editor = window.__sammenEditor as unknown as ViewHooks
      return editor.getCurrentPageShapes().find((shape) => editor.getShapeUtil(shape).getText(shape) === text)!.id
    }, text)
    return boxOf(this.page.locator(`.tl-shape[data-shape-id="${id}"]`))
  }

  async camera(): Promise<{ x: number; y: number; z: number }> {
    return this.page.evaluate(() => (window.__sammenEditor as unknown as ViewHooks).getCamera())
  }

  async setCamera(camera: { x: number; y: number; z: number }): Promise<void> {
    await this.page.evaluate((camera) => {
      ;(window.__sammenEditor as unknown as ViewHooks).setCamera(camera)
    }, camera)
  }

  /** The centre of what the person sees, in page coordinates. */
  async viewportCentre(): Promise<{ x: number; y: number }> {
    return this.page.evaluate(() => {
      const { center } = (window.__sammenEditor as unknown as ViewHooks).getViewportPageBounds()
      return { x: Math.round(center.x), y: Math.round(center.y) }
    })
  }

  async followingUserId(): Promise<string | null> {
    return this.page.evaluate(() => (window.__sammenEditor as unknown as ViewHooks).getInstanceState().followingUserId)
  }

  /** Whether the selected shapes lie wholly inside what the person sees. */
  async selectionInView(): Promise<boolean> {
    return this.page.evaluate(() => {
      const editor = window.__sammenEditor as unknown as ViewHooks
      const selection = editor.getSelectionPageBounds()
      const view = editor.getViewportPageBounds()
      if (!selection) return false
      return selection.x >= view.x && selection.y >= view.y && selection.x + selection.w <= view.x + view.w && selection.y + selection.h <= view.y + view.h
    })
  }

  /** The screen boxes of the open panels (those of `PANELS` that are visible). */
  async openPanelBoxes(): Promise<Record<string, ScreenBox>> {
    const boxes: Record<string, ScreenBox> = {}
    for (const [name, selector] of Object.entries(PANELS)) {
      const panel = this.page.locator(selector)
      if ((await panel.count()) === 1 && (await panel.isVisible())) boxes[name] = await boxOf(panel)
    }
    return boxes
  }

  /** Each label's text and whether it shows all of it (nothing cut, nothing scrolled away). */
  async cursorLabelTexts(): Promise<{ text: string; whole: boolean }[]> {
    return this.cursorLabels.evaluateAll((labels) =>
      labels.map((label) => {
        const parts = [label, ...Array.from(label.children)] as HTMLElement[]
        return {
          text: Array.from(label.children, (part) => part.textContent ?? '').join(' | '),
          whole: parts.every((part) => part.scrollWidth <= part.clientWidth && part.scrollHeight <= part.clientHeight),
        }
      }),
    )
  }
}

export async function boxOf(locator: Locator): Promise<ScreenBox> {
  const box = await locator.boundingBox()
  expect(box, `${locator} is on the screen`).not.toBeNull()
  return box!
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlap(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5
}

/** Whether `inner` lies wholly inside `outer`. */
export function inside(inner: ScreenBox, outer: ScreenBox): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5
}
