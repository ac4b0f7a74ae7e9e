import type { Page } from '@playwright/test'
import { AgenciesPanel } from '../pages/AgenciesPanel'
import { BoardView, inside, overlap, type ScreenBox } from '../pages/BoardView'
import { FacilitationPanel } from '../pages/FacilitationPanel'
import { seriousViolations } from '../support/axe'
import { expect, test, type Person } from '../support/fixtures'

/*
 * Issue 11 (points 2, 4, 5): a facilitator's "Bygge hus" board on a 1440 × 900 screen, and a second person joining
 * from the link. The newcomer sees the whole journey, title readable; follows the facilitator when follow me runs;
 * reads who each cursor is and for which agency; and panels sit beside the canvas, never on it or on each other.
 */

const SITUATION = 'Jeg skal bygge hus.'

async function byggeHus(kari: Person): Promise<string> {
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(11)
  await kari.board.expectSynced()
  return new URL(kari.page.url()).pathname.split('/')[2]!
}

const area = (box: ScreenBox) => box.width * box.height

/** Waits until the camera stands still (the first view is set after the board arrives). */
async function settled(view: BoardView): Promise<void> {
  let last = await view.camera()
  await expect
    .poll(async () => {
      const now = await view.camera()
      const still = now.x === last.x && now.y === last.y && now.z === last.z
      last = now
      return still
    })
    .toBe(true)
}

test('a newcomer sees the whole journey fitted, title clear of the top bar; cursors say name and agency; a return visit keeps the own view', async ({ newPerson }) => {
  const kari = await newPerson('Kari Fasilitator', '#c2410c', { agencyId: 'nav' })
  await kari.page.setViewportSize({ width: 1440, height: 900 })
  const boardId = await byggeHus(kari)

  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await ola.page.setViewportSize({ width: 1440, height: 900 })
  await ola.board.goto(boardId)
  await expect(ola.board.stepCards).toHaveCount(11)
  const view = new BoardView(ola.page)
  await settled(view)

  // The whole frame is inside the canvas and fills a good part of it.
  const canvas = await view.canvasBox()
  const frame = await view.frameBox()
  expect(inside(frame, canvas), `frame ${JSON.stringify(frame)} inside canvas ${JSON.stringify(canvas)}`).toBe(true)
  expect(Math.max(frame.width / canvas.width, frame.height / canvas.height)).toBeGreaterThan(0.75)
  expect(area(frame) / area(canvas)).toBeGreaterThan(0.45)
  // The journey's title (the situation above the frame) is on the canvas and clear of the top bar.
  const title = await view.textBox(SITUATION)
  expect(inside(title, canvas)).toBe(true)
  expect(overlap(title, await view.topBar.boundingBox() as ScreenBox)).toBe(false)
  expect(title.height).toBeGreaterThan(12)
  await ola.page.screenshot({ path: '/tmp/view-1-newcomer-fitted.png' })

  // Kari's cursor on Ola's screen: her name and NAV, nothing cut, at the fitted zoom and at two others.
  await kari.board.moveCursor(700, 450)
  await expect(view.cursorLabels).toHaveCount(1)
  await expect(view.cursorLabels).toContainText('Kari Fasilitator')
  expect(await view.cursorLabelTexts()).toEqual([{ text: 'Kari Fasilitator | NAV', whole: true }])
  const labelSize = await view.cursorLabels.boundingBox()
  await ola.page.screenshot({ path: '/tmp/view-2-cursor-label.png' })
  const fitted = await view.camera()
  for (const z of [0.2, 2]) {
    // Zoom around Kari's cursor, so it stays on Ola's screen.
    const cursor = await kari.page.evaluate(() => {
      const editor = window.__sammenEditor as unknown as { inputs: { currentPagePoint: { x: number; y: number } } }
      return { x: editor.inputs.currentPagePoint.x, y: editor.inputs.currentPagePoint.y }
    })
    await view.setCamera({ x: 700 / z - cursor.x, y: 400 / z - cursor.y, z })
    await expect(view.cursorLabels).toHaveCount(1)
    expect(await view.cursorLabelTexts()).toEqual([{ text: 'Kari Fasilitator | NAV', whole: true }])
    const size = await view.cursorLabels.boundingBox()
    // The label keeps its screen size at every zoom.
    expect(Math.abs(size!.width - labelSize!.width)).toBeLessThan(1)
    expect(Math.abs(size!.height - labelSize!.height)).toBeLessThan(1)
  }

  // A returning visitor keeps their own last view: only the first visit is fitted.
  const own = { x: fitted.x - 300, y: fitted.y - 120, z: 0.8 }
  await view.setCamera(own)
  await ola.page.waitForTimeout(600)
  await ola.page.reload()
  await ola.board.waitUntilReady()
  await expect(ola.board.stepCards).toHaveCount(11)
  await settled(view)
  const back = await view.camera()
  expect(back.z).toBeCloseTo(own.z, 3)
  expect(Math.abs(back.x - own.x)).toBeLessThan(1)
  expect(Math.abs(back.y - own.y)).toBeLessThan(1)
})

test('a newcomer joining while the facilitator leads follow me follows her', async ({ newPerson }) => {
  const kari = await newPerson('Kari Fasilitator', '#c2410c', { agencyId: 'nav' })
  await kari.page.setViewportSize({ width: 1440, height: 900 })
  const boardId = await byggeHus(kari)
  const kariView = new BoardView(kari.page)
  // Kari looks at a part of the journey, not the fitted whole, then leads.
  const start = await kariView.camera()
  await kariView.setCamera({ x: start.x - 900, y: start.y - 300, z: 1 })
  const kariF = new FacilitationPanel(kari.page)
  await kariF.startFollowMe()
  await expect(kariF.followStrip).toContainText('Alle følger deg')
  await settled(kariView)
  const kariCentre = await kariView.viewportCentre()

  const per = await newPerson('Per Berg', '#15803d')
  await per.page.setViewportSize({ width: 1440, height: 900 })
  await per.board.goto(boardId)
  const perF = new FacilitationPanel(per.page)
  await expect(perF.followStrip).toContainText('Du følger Kari Fasilitator')
  await expect(perF.followStrip).toHaveAttribute('data-state', 'following')
  const perView = new BoardView(per.page)
  await expect.poll(async () => {
    const centre = await perView.viewportCentre()
    return Math.hypot(centre.x - kariCentre.x, centre.y - kariCentre.y)
  }, { timeout: 10_000 }).toBeLessThan(12)
  expect(await perView.followingUserId()).not.toBeNull()
  await per.page.screenshot({ path: '/tmp/view-3-newcomer-follows.png' })
})

async function expectPanelsBesideTheCanvas(page: Page, expected: string[], shot: string, zoom?: number): Promise<void> {
  const view = new BoardView(page)
  // The canvas narrows after the column opens (tldraw reads its size at most every 200 ms).
  await page.waitForTimeout(400)
  const boxes = await view.openPanelBoxes()
  expect(Object.keys(boxes).sort()).toEqual([...expected].sort())
  const canvas = await view.canvasBox()
  const dock = await page.getByTestId('facilitation-dock').boundingBox()
  const names = Object.keys(boxes)
  for (const [index, name] of names.entries()) {
    const box = boxes[name]!
    expect(overlap(box, canvas), `${name} ${JSON.stringify(box)} covers the canvas ${JSON.stringify(canvas)}`).toBe(false)
    expect(overlap(box, dock as ScreenBox), `${name} is under the facilitation dock`).toBe(false)
    for (const other of names.slice(index + 1)) expect(overlap(box, boxes[other]!), `${name} overlaps ${other}`).toBe(false)
  }
  // The card whose details are open is still in view on the narrower canvas, which was panned, not zoomed out.
  expect(await view.selectionInView()).toBe(true)
  if (zoom !== undefined) expect((await view.camera()).z).toBeCloseTo(zoom, 5)
  await page.screenshot({ path: shot })
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width} × ${size.height} open panels take width from the canvas and never overlap`, async ({ newPerson }) => {
    const kari = await newPerson('Kari Fasilitator', '#c2410c', { agencyId: 'nav' })
    await kari.page.setViewportSize(size)
    await byggeHus(kari)
    const agencies = new AgenciesPanel(kari.page)
    // The one who made the board sees the journey fitted too.
    const view = new BoardView(kari.page)
    await settled(view)
    const canvas = await view.canvasBox()
    const frame = await view.frameBox()
    expect(inside(frame, canvas)).toBe(true)
    expect(Math.max(frame.width / canvas.width, frame.height / canvas.height)).toBeGreaterThan(0.7)
    const zoom = (await view.camera()).z

    // The last phase's card, at the right edge of the fitted journey: the panels used to cover it.
    const card = await kari.board.cardCentre('Får ferdigattest')
    await kari.page.mouse.click(card.x, card.y)
    await expect(kari.page.getByTestId('card-details')).toBeVisible()
    await expectPanelsBesideTheCanvas(kari.page, ['details'], `/tmp/view-4-details-${size.width}.png`, zoom)

    await kari.versions.open()
    await new FacilitationPanel(kari.page).open()
    await expectPanelsBesideTheCanvas(kari.page, ['details', 'versions', 'facilitation'], `/tmp/view-5-three-panels-${size.width}.png`, zoom)

    await agencies.openLegend()
    await agencies.painPointsButton.click()
    await expect(agencies.painPointPanel).toBeVisible()
    // In a full column the panels keep to their own place (the column scrolls); each is measured where it is.
    await expectPanelsBesideTheCanvas(kari.page, ['details', 'versions', 'facilitation', 'legend', 'painPoints'], `/tmp/view-6-all-panels-${size.width}.png`, zoom)
    expect(await seriousViolations(kari.page, ['[data-testid="board-side"]', '[data-testid="board-header"]'])).toEqual([])
  })
}
