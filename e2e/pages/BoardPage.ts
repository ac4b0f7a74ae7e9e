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
/** tldraw's default zoom steps (its camera options' `zoomSteps`): where − and + land. */
const TLDRAW_ZOOM_STEPS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8]

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

  /** Zooms out with the keyboard (−), a step at a time, until tldraw's zoom menu reads `label` (e.g. '10%'). */
  async zoomOutTo(label: string): Promise<void> {
    const zoom = this.page.getByTestId('minimap.zoom-menu-button')
    for (let step = 0; step < 8 && (await zoom.textContent())?.trim() !== label; step++) {
      // tldraw ends a zoom at (its screen width ÷ the target's page width) as measured when the zoom started: a side
      // panel that closes just before (Escape deselects the card) widens the canvas mid-zoom, and the zoom would stop
      // between two steps. So start only once tldraw knows the canvas's present size.
      await this.page.waitForFunction(() => {
        const canvas = document.querySelector('.tl-container')!.getBoundingClientRect()
        const known = window.__sammenEditor!.getViewportScreenBounds()
        return Math.abs(known.maxX - known.minX - canvas.width) < 1 && Math.abs(known.maxY - known.minY - canvas.height) < 1
      })
      const before = await this.page.evaluate(() => window.__sammenEditor!.getCamera().z)
      await this.page.keyboard.press('Minus')
      // tldraw animates to its next zoom step down: wait until the camera stands on it before reading the menu again.
      await this.page.waitForFunction(
        ({ before, steps }) => {
          const z = window.__sammenEditor!.getCamera().z
          return z < before && steps.some((stepZoom) => Math.abs(stepZoom - z) < 1e-6)
        },
        { before, steps: TLDRAW_ZOOM_STEPS },
      )
    }
    await expect(zoom).toHaveText(label)
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

  /** The selected shapes, and whether the selection lies wholly inside the visible canvas (a card link's promise). */
  async selection(): Promise<{ ids: string[]; inView: boolean; pageName: string }> {
    return this.page.evaluate(() => {
      const editor = window.__sammenEditor!
      const bounds = editor.getSelectionPageBounds()
      const view = editor.getViewportPageBounds()
      const inView = bounds !== null && bounds.minX >= view.minX && bounds.maxX <= view.maxX && bounds.minY >= view.minY && bounds.maxY <= view.maxY
      return { ids: editor.getSelectedShapeIds().map(String), inView, pageName: editor.getCurrentPage().name }
    })
  }

  async shapeIds(): Promise<string[]> {
    return (await this.shapes()).map((shape) => shape.id)
  }

  /** Names of the other people whose presence (cursor) tldraw knows about. */
  async collaboratorNames(): Promise<string[]> {
    return this.page.evaluate(() => window.__sammenEditor?.getCollaborators().map((c) => c.userName).sort() ?? [])
  }

  /** The journey frame's panel (tldraw's style panel slot while a frame is selected). */
  get framePanel(): Locator {
    return this.page.getByTestId('journey-frame-panel')
  }

  /** Inserts an empty journey frame with the toolbar button (from the toolbar's overflow menu when it is there). */
  async insertJourneyFrame(): Promise<void> {
    const button = this.page.getByTestId('tools.journey-frame')
    if (await button.isVisible()) await button.click()
    else {
      await this.page.getByTestId('tools.more-button').click()
      await this.page.getByTestId('tools.more.journey-frame').click()
    }
    await expect(this.framePanel).toBeVisible()
  }

  /** Every journey frame on the page: its phase and lane names, in order. */
  async journeyFrames(): Promise<{ id: string; phases: string[]; lanes: string[] }[]> {
    return this.page.evaluate(() =>
      window.__sammenEditor!
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'journey-frame')
        .map((shape) => {
          const props = shape.props as { phases: { name: string }[]; lanes: { name: string }[] }
          return { id: shape.id, phases: props.phases.map((phase) => phase.name), lanes: props.lanes.map((lane) => lane.name) }
        }),
    )
  }

  /** The column widths of every journey frame on the page. */
  async journeyFrameWidths(): Promise<number[][]> {
    return this.page.evaluate(() =>
      window.__sammenEditor!
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'journey-frame')
        .map((shape) => (shape.props as { phases: { w: number }[] }).phases.map((phase) => Math.round(phase.w))),
    )
  }

  /**
   * The phase and lane a card (found by its text) is in: the frame cell under its centre, as the journey reads it
   * (the lane-name column is 200 wide and the header 84 high, see @sammen/journey-shapes). Null outside a frame.
   */
  async cellOfCard(text: string): Promise<{ phase: string; lane: string } | null> {
    return this.page.evaluate((text) => {
      const editor = window.__sammenEditor!
      const card = editor.getCurrentPageShapes().find((shape) => editor.getShapeUtil(shape).getText(shape) === text)
      const frame = card && editor.getShape(card.parentId)
      if (!card || !frame || frame.type !== 'journey-frame') return null
      const props = frame.props as { phases: { name: string; w: number }[]; lanes: { name: string; h: number }[] }
      const size = card.props as { w: number; h: number }
      const centre = { x: card.x + size.w / 2, y: card.y + size.h / 2 }
      let x = 200
      const phase = props.phases.find((candidate) => (centre.x >= x && centre.x < (x += candidate.w)))
      let y = 84
      const lane = props.lanes.find((candidate) => (centre.y >= y && centre.y < (y += candidate.h)))
      return phase && lane ? { phase: phase.name, lane: lane.name } : null
    }, text)
  }

  /** The screen point in the middle of a cell of the first journey frame (0-based phase and lane). */
  async frameCellCentre(phaseIndex: number, laneIndex: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ({ phaseIndex, laneIndex }) => {
        const editor = window.__sammenEditor!
        const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'journey-frame')!
        const props = frame.props as { phases: { w: number }[]; lanes: { h: number }[] }
        const x = 200 + props.phases.slice(0, phaseIndex).reduce((sum, phase) => sum + phase.w, 0) + props.phases[phaseIndex]!.w / 2
        const y = 84 + props.lanes.slice(0, laneIndex).reduce((sum, lane) => sum + lane.h, 0) + props.lanes[laneIndex]!.h / 2
        return editor.pageToScreen({ x: frame.x + x, y: frame.y + y })
      },
      { phaseIndex, laneIndex },
    )
  }

  /** Selects the first journey frame by a click on its top-left corner (above the lane names, left of the phases). */
  async selectJourneyFrame(): Promise<void> {
    const corner = await this.page.evaluate(() => {
      const editor = window.__sammenEditor!
      const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'journey-frame')!
      return editor.pageToScreen({ x: frame.x + 100, y: frame.y + 42 })
    })
    await this.page.mouse.click(corner.x, corner.y)
    await expect(this.framePanel).toBeVisible()
  }

  /** The screen point of the resize handle on the right border of a column of the first journey frame (0-based). */
  async columnBorderPoint(phaseIndex: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate((phaseIndex) => {
      const editor = window.__sammenEditor!
      const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'journey-frame')!
      const props = frame.props as { phases: { w: number }[] }
      const x = 200 + props.phases.slice(0, phaseIndex + 1).reduce((sum, phase) => sum + phase.w, 0)
      return editor.pageToScreen({ x: frame.x + x, y: frame.y + 42 })
    }, phaseIndex)
  }

  /** The screen point in the middle of a card, found by its text. */
  async cardCentre(text: string): Promise<{ x: number; y: number }> {
    return this.page.evaluate((text) => {
      const editor = window.__sammenEditor!
      const card = editor.getCurrentPageShapes().find((shape) => editor.getShapeUtil(shape).getText(shape) === text)!
      const size = card.props as { w: number; h: number }
      const frame = editor.getShape(card.parentId)
      const origin = frame ? { x: frame.x, y: frame.y } : { x: 0, y: 0 }
      return editor.pageToScreen({ x: origin.x + card.x + size.w / 2, y: origin.y + card.y + size.h / 2 })
    }, text)
  }

  /** Drags with the mouse from one screen point to another, in small steps as a hand would. */
  async dragFromTo(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.drag(from.x, from.y, to.x, to.y)
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
