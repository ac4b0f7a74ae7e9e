import { expect, type Locator, type Page } from '@playwright/test'

/** A journey card's props as the store holds them (step-card or pain-point, see @sammen/journey-shapes). */
export type CardProps = Record<string, unknown>

export interface ShapeSummary {
  id: string
  type: string
  x: number
  y: number
  text: string
}

type Phase = 'online' | 'syncing' | 'offline'

/**
 * A board (`/b/<id>`). Shapes are read through the tldraw editor the app exposes on
 * `window.__sammenEditor` when the URL has `?e2e` (see apps/web/src/board/exposeForTests.ts);
 * drawing goes through the real UI with the mouse and keyboard.
 */
export class BoardPage {
  readonly canvas: Locator
  readonly connectionStatus: Locator
  readonly title: Locator
  readonly topBar: Locator
  readonly people: Locator
  readonly remoteCursors: Locator
  readonly ownerDialog: Locator
  readonly painPointCards: Locator
  readonly stepCards: Locator

  constructor(readonly page: Page) {
    this.canvas = page.locator('.tl-canvas')
    this.connectionStatus = page.getByTestId('connection-status')
    this.title = page.getByTestId('board-title')
    this.topBar = page.getByTestId('board-top-bar')
    this.people = page.getByTestId('people-present')
    this.remoteCursors = page.locator('.tl-collaborator__cursor')
    this.ownerDialog = page.getByRole('dialog', { name: 'Hvem eier problemet?' })
    this.painPointCards = page.getByTestId('pain-point-card')
    this.stepCards = page.getByTestId('step-card')
  }

  async goto(boardId: string): Promise<void> {
    await this.page.goto(`/b/${boardId}?e2e`)
    await this.waitUntilReady()
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.canvas).toBeVisible()
    await this.page.waitForFunction(() => window.__sammenEditor !== undefined)
  }

  async expectPhase(phase: Phase, { unsynced }: { unsynced?: boolean } = {}): Promise<void> {
    await expect(this.connectionStatus).toHaveAttribute('data-phase', phase)
    if (unsynced !== undefined) await expect(this.connectionStatus).toHaveAttribute('data-unsynced', String(unsynced))
  }

  /** Online and with nothing left to send: what "saved on the server" looks like to the person. */
  async expectSynced(): Promise<void> {
    await this.expectPhase('online', { unsynced: false })
  }

  /** Draws a rectangle with the rectangle tool, in page (screen) coordinates. */
  async drawRectangle(x: number, y: number, width: number, height: number): Promise<void> {
    await this.selectTool('r')
    await this.drag(x, y, x + width, y + height)
  }

  /** Draws an arrow; starting and ending on shapes binds it to them, as a person would. */
  async drawArrow(fromX: number, fromY: number, toX: number, toY: number): Promise<void> {
    await this.selectTool('a')
    await this.drag(fromX, fromY, toX, toY)
  }

  /** Places a sticky note at a screen point and types its text. */
  async addNote(x: number, y: number, text: string): Promise<void> {
    await this.selectTool('n')
    await this.page.mouse.click(x, y)
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Escape')
    await this.page.keyboard.press('Escape')
  }

  /** Places a step card with its shortcut (S) at a screen point, writes its text and leaves editing. */
  async addStepCard(x: number, y: number, text: string): Promise<void> {
    await this.selectTool('s')
    await this.page.mouse.click(x, y)
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Escape')
  }

  /** Starts a pain point with its shortcut (P) at a screen point; the owner dialog opens and nothing is created yet. */
  async startPainPoint(x: number, y: number): Promise<void> {
    await this.selectTool('p')
    await this.page.mouse.click(x, y)
    await expect(this.ownerDialog).toBeVisible()
  }

  /**
   * In the open owner dialog, with the keyboard only: search, Tab to the best match and choose it with Space,
   * Tab to the severity and move to it with the arrow keys, then Tab to "Legg til problem" and press Enter.
   */
  async finishPainPointWithKeyboard(search: string, severity: 1 | 2 | 3): Promise<void> {
    const keyboard = this.page.keyboard
    await keyboard.type(search)
    await keyboard.press('Tab')
    await keyboard.press('Space')
    await keyboard.press('Tab')
    const fromDefaultSeverity = severity - 2
    for (let step = 0; step < Math.abs(fromDefaultSeverity); step++) await keyboard.press(fromDefaultSeverity > 0 ? 'ArrowDown' : 'ArrowUp')
    await keyboard.press('Tab') // category
    await keyboard.press('Tab') // Avbryt
    await keyboard.press('Tab') // Legg til problem
    await keyboard.press('Enter')
    await expect(this.ownerDialog).toBeHidden()
  }

  /** Changes a detail of the selected card (Etat, Kanal, Opplevelse, Eier …) in the card details panel. */
  async setCardDetail(label: string, value: string): Promise<void> {
    await this.page.getByTestId('card-details').getByLabel(label).selectOption(value)
  }

  /** The props of every card of one type on the page, in creation order of their ids. */
  async cardProps(type: 'step-card' | 'pain-point'): Promise<CardProps[]> {
    return this.page.evaluate(
      (type) =>
        window.__sammenEditor!
          .getCurrentPageShapes()
          .filter((shape) => shape.type === type)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((shape) => shape.props),
      type,
    )
  }

  async moveCursor(x: number, y: number): Promise<void> {
    await this.page.mouse.move(x, y, { steps: 5 })
  }

  async shapes(): Promise<ShapeSummary[]> {
    return this.page.evaluate(() => {
      const editor = window.__sammenEditor
      if (!editor) throw new Error('window.__sammenEditor is missing: open the board with ?e2e')
      return editor
        .getCurrentPageShapes()
        .map((shape) => ({
          id: shape.id as string,
          type: shape.type,
          x: Math.round(shape.x),
          y: Math.round(shape.y),
          text: editor.getShapeUtil(shape).getText(shape) ?? '',
        }))
        .sort((a, b) => a.id.localeCompare(b.id))
    })
  }

  async shapeIds(): Promise<string[]> {
    return (await this.shapes()).map((shape) => shape.id)
  }

  /** Names of the other people whose presence (cursor) tldraw knows about. */
  async collaboratorNames(): Promise<string[]> {
    return this.page.evaluate(() => window.__sammenEditor?.getCollaborators().map((c) => c.userName).sort() ?? [])
  }

  /** Undo and redo with the keyboard, as a person would (the canvas must have focus). */
  async undo(): Promise<void> {
    await this.focusCanvas()
    await this.page.keyboard.press('ControlOrMeta+z')
  }

  async redo(): Promise<void> {
    await this.focusCanvas()
    await this.page.keyboard.press('ControlOrMeta+Shift+z')
  }

  async rename(title: string): Promise<void> {
    await this.title.fill(title)
    await this.title.press('Enter')
  }

  private async selectTool(shortcut: string): Promise<void> {
    await this.focusCanvas()
    await this.page.keyboard.press(shortcut)
  }

  /** Keyboard shortcuts go to the canvas only while it (not the title field) has focus. */
  private async focusCanvas(): Promise<void> {
    await this.page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.__sammenEditor?.focus()
    })
  }

  private async drag(fromX: number, fromY: number, toX: number, toY: number): Promise<void> {
    await this.page.mouse.move(fromX, fromY)
    await this.page.mouse.down()
    await this.page.mouse.move(toX, toY, { steps: 12 })
    await this.page.mouse.up()
  }
}
