import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { CardTextFit, type FrameLayout, type FramedCard, type ShownCard } from '../pages/CardTextFit'
import { JourneyMaps } from '../pages/JourneyMaps'
import { OutlinePage } from '../pages/OutlinePage'
import { expect, test, type Person } from '../support/fixtures'

/*
 * Issue 11, point 1: cards show their whole text. A facilitator on a 1440 × 900 screen saw "Banken og Husbanken
 * vil ha den samme dokumentasjonen på …" without "inntekt og gjeld". Cards grow with their text, their lane grows
 * with them, the growth is the same on every screen, and the exports show the same whole text.
 */

const HUSBANKEN_PAIN_POINT = 'Banken og Husbanken vil ha den samme dokumentasjonen på inntekt og gjeld'
const LONG_STEP =
  'Søker om byggetillatelse med situasjonsplan, tegninger, nabovarsel og ansvarsretter, og venter på svar fra kommunen før banken vil gi lånebevis'
const LONG_PAIN =
  'Ingen sier hvem som har ansvaret for ferdigattesten, så vi ringer kommunen, entreprenøren og banken hver for seg og får tre forskjellige svar'
const BYGGE_HUS_STEPS = 11
/** The first step of "Bygge hus" (packages/journey-model/src/templates/byggeHus.ts). */
const FIRST_STEP = 'Leser om hva jeg kan gjøre selv og hva som krever søknad'
const LONG_FROM_OUTLINE =
  'Leser om hva jeg kan gjøre selv og hva som krever søknad, på kommunens nettsider, hos DiBK og i byggesaksforskriften, og prøver å forstå om garasjen, terrassen og støttemuren må byggemeldes, hvem som kan være ansvarlig søker, og hva det koster å søke, før jeg tør å ringe kommunen'

async function layOutByggeHus(kari: Person): Promise<string> {
  await kari.page.setViewportSize({ width: 1440, height: 900 })
  await kari.newBoard.open()
  await kari.newBoard.chooseTemplateWithKeyboard('Bygge hus')
  await kari.newBoard.createWithKeyboard()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(BYGGE_HUS_STEPS)
  await kari.board.expectSynced()
  return new URL(kari.page.url()).pathname.split('/').pop()!
}

/** Cards whose text box clips, whose DOM lacks part of the stored text, or whose text reaches below the box. */
function clipped(cards: ShownCard[]): ShownCard[] {
  return cards.filter(
    (card) => card.shown !== card.stored.replace(/\s+/g, ' ').trim() || card.scrollHeight > card.clientHeight + 1 || card.textBelowBox > 1 || card.contentBelowCard > 1,
  )
}

/** Cards that are not inside one lane (top and bottom), and pairs of cards on top of each other. */
function crowded({ lanes, cards }: FrameLayout): string[] {
  const problems: string[] = []
  for (const card of cards) {
    const lane = lanes.find((candidate) => card.y >= candidate.y && card.y < candidate.y + candidate.h)
    if (!lane || card.y + card.h > lane.y + lane.h) problems.push(`"${card.text}" reaches out of lane ${lane?.name ?? '(none)'}`)
  }
  for (const [index, a] of cards.entries()) {
    for (const b of cards.slice(index + 1)) {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) problems.push(`"${a.text}" overlaps "${b.text}"`)
    }
  }
  return problems
}

/** Where everything is in the frame, rounded: what two people must agree on. */
async function settledLayout(fit: CardTextFit): Promise<string> {
  const { lanes, cards } = await fit.frameLayout()
  const round = (value: number) => Math.round(value)
  return JSON.stringify({
    lanes: lanes.map(({ id, h }) => [id, round(h)]),
    cards: cards.map(({ id, x, y, w, h, storedH }) => [id, round(x), round(y), round(w), round(h), round(storedH)]).sort(),
  })
}

async function typeIntoCard(page: Page, fit: CardTextFit, id: string, text: string): Promise<void> {
  const centre = await page.evaluate((id) => {
    const editor = window.__sammenEditor!
    const bounds = (editor as unknown as { getShapePageBounds(id: string): { x: number; y: number; w: number; h: number } }).getShapePageBounds(id)
    editor.setCamera({ x: 200 - bounds.x, y: 200 - bounds.y, z: 1 })
    return editor.pageToScreen({ x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 })
  }, id)
  await page.mouse.dblclick(centre.x, centre.y)
  await expect.poll(() => page.evaluate(() => window.__sammenEditor!.getEditingShapeId())).toBe(id)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect.poll(async () => (await fit.frameLayout()).cards.find((card) => card.id === id)?.text).toBe(text)
}

test('every card of a "Bygge hus" board shows its whole text, in its lane and in the SVG and PNG exports', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await layOutByggeHus(kari)
  const fit = new CardTextFit(kari.page)

  const shown = await fit.shownCards()
  expect(shown.length).toBeGreaterThan(BYGGE_HUS_STEPS)
  expect(clipped(shown)).toEqual([])
  expect(shown.find((card) => card.stored === HUSBANKEN_PAIN_POINT)?.shown).toBe(HUSBANKEN_PAIN_POINT)

  // The taller cards were written as such (not only drawn so), and their lanes made room: nothing overlaps.
  const layout = await fit.frameLayout()
  for (const card of layout.cards) expect(card.h, card.text).toBe(card.storedH)
  expect(layout.cards.find((card) => card.text === HUSBANKEN_PAIN_POINT)!.h).toBeGreaterThan(148)
  expect(crowded(layout)).toEqual([])

  await kari.page.evaluate(() => {
    window.__sammenEditor!.zoomToFit()
  })
  await kari.page.screenshot({ path: '/tmp/text-1-bygge-hus.png' })

  // SVG (cards drawn in SVG, text in lines): every card's whole text, and laid out from the markup alone no card's
  // text runs into its footer or past its end.
  const svg = await fit.exportSvg()
  const inSvg = await fit.cardsInSvg(svg)
  expect(inSvg.length).toBe(shown.length)
  expect(inSvg.map((card) => card.shown).sort()).toEqual(shown.map((card) => card.stored.replace(/\s+/g, ' ').trim()).sort())
  expect(inSvg.filter((card) => card.textBottom > card.roomBottom + 1)).toEqual([])
  expect(inSvg.map((card) => card.shown)).toContain(HUSBANKEN_PAIN_POINT)

  // PNG: the pain point's image is as tall as the card is drawn (tldraw pads an export by 32 on each side).
  const husbanken = await fit.cardId(HUSBANKEN_PAIN_POINT)
  const card = layout.cards.find((candidate) => candidate.id === husbanken)!
  const png = await fit.exportPng([husbanken], 2)
  expect(png.height).toBeGreaterThanOrEqual(Math.floor(card.h * 2))
  writeFileSync('/tmp/text-2-husbanken.png', png.bytes)
  writeFileSync('/tmp/text-3-board.png', (await fit.exportPng(layout.cards.map(({ id }) => id))).bytes)
})

test('a card grows as Kari types and its lane makes room, the same on Ola\'s screen, and Ola\'s long text the same on Kari\'s; undo shrinks the card and keeps the room', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const boardId = await layOutByggeHus(kari)
  const ola = await newPerson('Ola Hansen', '#15803d')
  await ola.page.setViewportSize({ width: 1440, height: 900 })
  await ola.board.goto(boardId)
  await expect(ola.board.stepCards).toHaveCount(BYGGE_HUS_STEPS)
  const kariFit = new CardTextFit(kari.page)
  const olaFit = new CardTextFit(ola.page)

  // Kari's card: a step of the person's (top lane) with a pain point stacked under it, in the lane's deepest
  // column, so growing pushes the pain point and the lane; Ola's: a step in the bottom lane.
  const before = await kariFit.frameLayout()
  const [firstLane] = before.lanes
  const lastLane = before.lanes.at(-1)!
  const inLane = (lane: { y: number; h: number }) => before.cards.filter((card) => card.y >= lane.y && card.y < lane.y + lane.h).sort((a, b) => a.x - b.x)
  const stackedUnder = (card: FramedCard) => inLane(firstLane!).filter((other) => other.x === card.x && other.y > card.y).length
  const kariCard = inLane(firstLane!).reduce((deepest, card) => (stackedUnder(card) > stackedUnder(deepest) ? card : deepest))
  expect(stackedUnder(kariCard)).toBeGreaterThan(0)
  const olaCard = inLane(lastLane)[0]!
  const below = before.cards.filter((card) => card.y >= firstLane!.y + firstLane!.h)

  await typeIntoCard(kari.page, kariFit, kariCard.id, LONG_STEP)
  const grown = await kariFit.frameLayout()
  const kariCardNow = grown.cards.find((card) => card.id === kariCard.id)!
  expect(kariCardNow.h).toBeGreaterThan(kariCard.h)
  expect(kariCardNow.storedH).toBe(kariCardNow.h)
  const laneGrowth = grown.lanes[0]!.h - firstLane!.h
  expect(laneGrowth).toBeGreaterThan(0)
  // Every card of the lanes below moved down with its lane.
  for (const card of below) expect(grown.cards.find((candidate) => candidate.id === card.id)!.y - card.y, card.text).toBeCloseTo(laneGrowth, 0)
  expect(crowded(grown)).toEqual([])
  expect(clipped((await kariFit.shownCards()).filter((card) => card.id === kariCard.id))).toEqual([])

  // Ola gets the text, the taller card and the taller lane from Kari's one update, and writes nothing himself.
  await kari.board.expectSynced()
  await expect.poll(() => settledLayout(olaFit)).toBe(await settledLayout(kariFit))
  expect(clipped((await olaFit.shownCards()).filter((card) => card.id === kariCard.id))).toEqual([])
  await ola.board.expectSynced()

  // Now Ola types a long pain in the bottom lane: Kari's screen follows.
  await typeIntoCard(ola.page, olaFit, olaCard.id, LONG_PAIN)
  await ola.board.expectSynced()
  await expect.poll(() => settledLayout(kariFit)).toBe(await settledLayout(olaFit))
  const afterOla = await kariFit.frameLayout()
  expect(afterOla.lanes.at(-1)!.h).toBeGreaterThanOrEqual(lastLane.h)
  expect(crowded(afterOla)).toEqual([])
  expect(clipped(await kariFit.shownCards())).toEqual([])

  // Kari's undo takes back her text, and her card shrinks; the room it made stays (lanes only grow), so her undo
  // never puts back the frame or Ola's card as they were before her text.
  const lanesBeforeUndo = (await kariFit.frameLayout()).lanes.map(({ h }) => h)
  await kari.page.keyboard.press('Escape')
  // tldraw's undo takes back the selection first (it is an undo step too), then the text.
  const kariText = () => kari.page.evaluate((id) => String(window.__sammenEditor!.getShape(id)!.props.text), kariCard.id)
  for (let undos = 0; undos < 3 && (await kariText()) !== kariCard.text; undos++) await kari.board.undo()
  expect(await kariText()).toBe(kariCard.text)
  await expect.poll(async () => (await olaFit.frameLayout()).cards.find((card) => card.id === kariCard.id)?.text).toBe(kariCard.text)
  const undone = await kariFit.frameLayout()
  expect(undone.cards.find((card) => card.id === kariCard.id)!.h).toBe(kariCard.h)
  expect(undone.cards.find((card) => card.id === olaCard.id)!.text).toBe(LONG_PAIN)
  expect(undone.lanes.map(({ h }) => h)).toEqual(lanesBeforeUndo)
  expect(crowded(undone)).toEqual([])

  // Both settle: a while later nobody has written anything more, and the two screens still agree.
  await kari.board.expectSynced()
  await expect.poll(() => settledLayout(olaFit)).toBe(await settledLayout(kariFit))
  const settled = await settledLayout(kariFit)
  await kari.page.waitForTimeout(1_500)
  expect(await settledLayout(kariFit)).toBe(settled)
  expect(await settledLayout(olaFit)).toBe(settled)
  await kari.board.expectSynced()
  await ola.board.expectSynced()

  await kari.page.evaluate(() => {
    window.__sammenEditor!.zoomToFit()
  })
  await ola.page.evaluate(() => {
    window.__sammenEditor!.zoomToFit()
  })
  await kari.page.screenshot({ path: '/tmp/text-4-kari-after-both.png' })
  await ola.page.screenshot({ path: '/tmp/text-5-ola-after-both.png' })
})

test('a long text written in the outline (which cannot measure text) grows its card and lane on the canvas', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const boardId = await layOutByggeHus(kari)
  const fit = new CardTextFit(kari.page)
  const before = await fit.frameLayout()
  const stepId = await fit.cardId(FIRST_STEP)
  const card = before.cards.find(({ id }) => id === stepId)!
  const lane = before.lanes.find(({ y, h }) => card.y >= y && card.y < y + h)!

  const ola = await newPerson('Ola Hansen', '#15803d')
  const outline = new OutlinePage(ola.page)
  await outline.goto(boardId)
  await outline.replaceTextWithKeyboard(outline.stepText(outline.step(FIRST_STEP)), LONG_FROM_OUTLINE)

  // Kari's canvas fits the card Ola's outline could not measure, and its lane makes room for it.
  await expect.poll(async () => (await fit.frameLayout()).cards.find(({ id }) => id === stepId)?.text).toBe(LONG_FROM_OUTLINE)
  await expect.poll(async () => (await fit.frameLayout()).cards.find(({ id }) => id === stepId)?.storedH).toBeGreaterThan(card.h)
  const after = await fit.frameLayout()
  const grown = after.cards.find(({ id }) => id === stepId)!
  expect(grown.storedH).toBe(grown.h)
  expect(after.lanes.find(({ id }) => id === lane.id)!.h).toBeGreaterThan(lane.h)
  expect(crowded(after)).toEqual([])
  expect(clipped((await fit.shownCards()).filter(({ id }) => id === stepId))).toEqual([])
  await kari.board.expectSynced()
  // Fitted once: nothing more is written a while later.
  const laidOutLanes = JSON.stringify(after.lanes)
  await kari.page.waitForTimeout(500)
  expect(JSON.stringify((await fit.frameLayout()).lanes)).toBe(laidOutLanes)
  await kari.page.evaluate(() => {
    window.__sammenEditor!.zoomToFit()
  })
  await kari.page.screenshot({ path: '/tmp/text-6-from-outline.png' })
})

test('a lane growth lost to a concurrent frame edit is made again, the same on both screens', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const boardId = await layOutByggeHus(kari)
  const ola = await newPerson('Ola Hansen', '#15803d')
  await ola.page.setViewportSize({ width: 1440, height: 900 })
  await ola.board.goto(boardId)
  await expect(ola.board.stepCards).toHaveCount(BYGGE_HUS_STEPS)
  await ola.board.expectSynced()
  const kariFit = new CardTextFit(kari.page)
  const olaFit = new CardTextFit(ola.page)
  const before = await kariFit.frameLayout()
  const [firstLane] = before.lanes
  const inFirstLane = before.cards.filter((card) => card.y >= firstLane!.y && card.y < firstLane!.y + firstLane!.h)
  const kariCard = inFirstLane.find((card) => inFirstLane.some((other) => other.x === card.x && other.y > card.y))!

  // Ola loses the network and renames the last lane: his write carries the lanes as he knows them.
  await ola.page.evaluate(() => window.__sammenRoom!.disconnect())
  await ola.context.setOffline(true)
  await ola.board.expectPhase('offline')
  // Meanwhile Kari's long text grows her card and the first lane.
  await typeIntoCard(kari.page, kariFit, kariCard.id, LONG_STEP)
  await kari.board.expectSynced()
  await ola.page.evaluate(() => {
    window.__sammenEditor!.zoomToFit()
  })
  await ola.board.selectJourneyFrame()
  const lastLaneName = ola.board.framePanel.getByLabel(`Navn på rad ${before.lanes.length}`)
  await lastLaneName.fill('Etatene bak tjenestene')
  await lastLaneName.press('Enter')
  await expect.poll(async () => (await olaFit.frameLayout()).lanes.at(-1)!.name).toBe('Etatene bak tjenestene')

  await ola.context.setOffline(false)
  await ola.page.evaluate(() => window.__sammenRoom!.connect())
  await ola.board.expectSynced()
  await kari.board.expectSynced()

  // Whichever write won, both screens settle on one layout in which every lane holds its cards (when Ola's lanes
  // won, the first lane lost its growth and the canvases made it again).
  await expect.poll(async () => (await settledLayout(olaFit)) === (await settledLayout(kariFit))).toBe(true)
  await expect.poll(async () => crowded(await kariFit.frameLayout())).toEqual([])
  const won = (await kariFit.frameLayout()).lanes.at(-1)!.name === 'Etatene bak tjenestene' ? 'Ola' : 'Kari'
  test.info().annotations.push({ type: 'lanes written last by', description: won })
  expect((await kariFit.frameLayout()).lanes[0]!.h).toBeGreaterThan(firstLane!.h)
  expect(crowded(await olaFit.frameLayout())).toEqual([])
  expect(clipped((await kariFit.shownCards()).filter((card) => card.id === kariCard.id))).toEqual([])
  await kari.board.expectSynced()
  await ola.board.expectSynced()
  expect(await settledLayout(olaFit)).toBe(await settledLayout(kariFit))
})

test("an actor's long name and information needs show whole: the card grows, for Ola too", async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const boardId = await layOutByggeHus(kari)
  const maps = new JourneyMaps(kari.page)
  await maps.openPage('Aktørkart')
  const ACTOR_NAME = 'Direktoratet for byggkvalitet og de andre statlige fagmyndighetene i byggesaken'
  const NEEDS = 'Hvilke tegninger og vedlegg kommunen faktisk trenger, når svaret kommer, og hvem som følger opp avvik underveis'
  await maps.placeCard('i', 700, 500, ACTOR_NAME)
  await maps.fillDetail('Hva trenger de å vite?', NEEDS)

  const read = (page: Page) =>
    page.getByTestId('actor-card').filter({ hasText: ACTOR_NAME }).evaluate((card) => {
      const name = card.querySelector<HTMLElement>('.actor-card__name')!
      const needs = card.querySelector<HTMLElement>('.actor-card__needs')!
      const cardBox = card.getBoundingClientRect()
      return {
        name: name.innerText.replace(/\s+/g, ' ').trim(),
        needs: needs.innerText.replace(/\s+/g, ' ').trim(),
        clipped: [name, needs].some((element) => element.scrollHeight > element.clientHeight + 1),
        contentBelowCard: Math.max(name.getBoundingClientRect().bottom, needs.getBoundingClientRect().bottom) - cardBox.bottom,
      }
    })
  const expected = { name: ACTOR_NAME, needs: `Informasjonsbehov: ${NEEDS}`, clipped: false }
  await expect.poll(async () => ({ ...(await read(kari.page)), contentBelowCard: undefined })).toEqual({ ...expected, contentBelowCard: undefined })
  expect((await read(kari.page)).contentBelowCard).toBeLessThanOrEqual(1)
  // The taller card is stored (the writer's edit), so every screen draws the same card.
  const stored = await maps.storedShapes('actor')
  expect(stored[0]!.props.h as number).toBeGreaterThan(160)

  const ola = await newPerson('Ola Nordmann')
  await ola.board.goto(boardId)
  const olaMaps = new JourneyMaps(ola.page)
  await olaMaps.openPage('Aktørkart')
  await expect.poll(async () => ({ ...(await read(ola.page)), contentBelowCard: undefined })).toEqual({ ...expected, contentBelowCard: undefined })
  expect((await read(ola.page)).contentBelowCard).toBeLessThanOrEqual(1)
  await kari.page.screenshot({ path: '/tmp/text-actor.png' })
})
