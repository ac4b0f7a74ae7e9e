import { randomBytes } from 'node:crypto'
import type { Page } from '@playwright/test'
import { ComparisonPage } from '../pages/ComparisonPage'
import { StageMenu } from '../pages/StageMenu'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/*
 * "Bygge hus" (packages/journey-model/src/templates/byggeHus.ts), worked out by hand: 5 pain points; 5 handoffs, of
 * which the person carries 4 (bank → Husbanken, kommunen → ansvarlig søker, Vegvesenet → ansvarlig søker,
 * kommunen → Folkeregisteret). The to-be board drops the Husbanken pain point and the bank → Husbanken handoff
 * (carried by the person): resolved 1, remaining 5 − 1 = 4, new 0; handoffs removed 1, added 0; kasteball 4 → 3.
 */
const PAIN_POINT = 'Banken og Husbanken vil ha den samme dokumentasjonen på inntekt og gjeld'
const HANDOFF_LABEL = 'inntekt, gjeld, svar fra banken'
const RESOLVING_STEP = 'Søker startlån fordi banken ikke gir fullt lån'
const NOTE = 'Banken deler dokumentasjonen med Husbanken når personen samtykker'

/** Ids of the journey page's shapes, for "the cards are kept". */
function shapeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__sammenEditor!.getCurrentPageShapeIds()].sort())
}

/** Arrow labels on the page: the handoffs' information. */
function arrowLabels(page: Page): Promise<string[]> {
  return page.locator('.tl-shape[data-shape-type="arrow"] .tl-text-label .tl-rich-text').evaluateAll((labels) =>
    labels.map((label) => (label.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((text) => text !== ''),
  )
}

/** Deletes a handoff arrow as a person does: a click on its label selects the arrow, Delete removes it. */
async function deleteArrowByLabel(page: Page, label: string): Promise<void> {
  const text = page.locator('.tl-shape[data-shape-type="arrow"] .tl-text-label .tl-rich-text').filter({ hasText: label })
  await expect(text).toHaveCount(1)
  const box = (await text.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect.poll(() => page.evaluate(() => window.__sammenEditor!.getSelectedShapeIds().length)).toBe(1)
  await page.keyboard.press('Delete')
  await expect.poll(() => arrowLabels(page)).not.toContain(label)
}

test.describe.configure({ timeout: 180_000 })

test('"Lag ønsket reise" makes a linked to-be board; its comparison shows the removed pain point and handoff and the resolution, also to others', async ({
  newPerson,
}) => {
  test.slow()
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards.first()).toBeVisible()
  await kari.board.expectSynced()
  const asIsId = new URL(kari.page.url()).pathname.split('/')[2]!
  const asIsShapes = await shapeIds(kari.page)
  expect(await arrowLabels(kari.page)).toContain(HANDOFF_LABEL)

  // "Lag ønsket reise", by keyboard, from the stage badge in the top bar.
  const kariStage = new StageMenu(kari.page)
  await expect(kariStage.badge).toHaveAttribute('data-stage', 'as-is')
  await expect(kariStage.badge).toHaveText('Nåværende reise')
  await kari.page.screenshot({ path: '/tmp/as-is-to-be-0-as-is.png' })
  const toBeId = await kariStage.makeToBeWithKeyboard()
  expect(toBeId).not.toBe(asIsId)
  await kari.board.waitUntilReady()
  await expect(kari.board.title).toHaveValue('Bygge hus – ønsket')
  await expect(kariStage.badge).toHaveText('Ønsket reise')
  // Same frame and cards, by id.
  await expect.poll(() => shapeIds(kari.page)).toEqual(asIsShapes)
  await kari.board.expectSynced()
  await kariStage.open()
  await expect(kariStage.asIsLink).toHaveAttribute('href', `/b/${asIsId}`)
  await expect(kariStage.asIsLink).toHaveText('Bygge hus')
  expect(await seriousViolations(kari.page, ['[data-testid="journey-stage-menu"]'])).toEqual([])
  await kari.page.screenshot({ path: '/tmp/as-is-to-be-1-stage-menu.png' })
  await kari.page.keyboard.press('Escape')
  await expect(kariStage.menu).toBeHidden()
  await expect(kariStage.badge).toBeFocused()

  // In the to-be board: the handoff arrow goes on the canvas, the pain point in the outline.
  await deleteArrowByLabel(kari.page, HANDOFF_LABEL)
  await kari.page.getByTestId('board-top-bar').getByRole('link', { name: 'Oversikt' }).click()
  await kari.page.getByRole('button', { name: `Slett problemet «${PAIN_POINT}»` }).click()
  await kari.page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click()
  await expect(kari.page.getByTestId('outline-pain-point')).toHaveCount(4)
  await kari.page.getByRole('link', { name: 'Tavle', exact: true }).first().click()
  await kari.board.waitUntilReady()

  // The comparison, from the stage menu.
  await kariStage.open()
  await kariStage.compareLink.click()
  const comparison = new ComparisonPage(kari.page)
  await expect(comparison.summary).toBeVisible()
  expect(await comparison.readSummary()).toEqual({ resolved: 1, remaining: 4, new: 0, removedHandoffs: 1, addedHandoffs: 0, kasteballBefore: 4, kasteballAfter: 3 })
  await expect(comparison.summary).toContainText('Problemer: 1 løst, 4 gjenstår, 0 nye')
  await expect(comparison.summary).toContainText('Kasteball: 4 → 3')
  await expect(comparison.resolved).toHaveCount(1)
  await expect(comparison.resolvedItem(PAIN_POINT)).toHaveCount(1)
  await expect(comparison.remainingRows).toHaveCount(4)
  await expect(comparison.removedHandoffRows).toHaveCount(1)
  await expect(comparison.removedHandoffRows.first()).toContainText('Får finansieringsbevis fra banken')
  await expect(comparison.removedHandoffRows.first()).toContainText(HANDOFF_LABEL)
  // Per agency (steps, resolved, remaining, new, handoffs removed, added, kasteball): Husbanken's pain point is
  // resolved and the person no longer carries the bank's answer to it; per phase, where it was.
  expect(await comparison.row(comparison.agencies, '[data-agency="husbanken"]')).toEqual(['1→1', '1', '0', '0', '1', '0', '1→0'])
  expect(await comparison.row(comparison.agencies, '[data-agency="bank"]')).toEqual(['1→1', '0', '0', '0', '1', '0', '1→0'])
  const tomt = await comparison.row(comparison.phases, ':has-text("Jeg finner tomt og finansiering")')
  expect(tomt.slice(0, 7)).toEqual(['3→3', '1', '0', '0', '1', '0', '1→0'])

  await comparison.recordResolutionWithKeyboard(PAIN_POINT, 'Søker startlån', NOTE)
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.screenshot({ path: '/tmp/as-is-to-be-2-comparison.png', fullPage: true })
  await kari.board.expectSynced()

  // The as-is board links to its to-be board.
  await kari.page.getByTestId('comparison-as-is-link').click()
  await kari.board.waitUntilReady()
  await expect(kariStage.badge).toHaveAttribute('data-stage', 'as-is')
  await kariStage.open()
  await expect(kariStage.toBeLinks).toHaveCount(1)
  await expect(kariStage.toBeLinks.first()).toHaveAttribute('data-board-id', toBeId)
  await expect(kariStage.toBeLinks.first().getByRole('link', { name: 'Bygge hus – ønsket', exact: true })).toHaveAttribute('href', `/b/${toBeId}`)
  await kari.page.keyboard.press('Escape')

  // Ola, in his own browser, opens the comparison: the resolution Kari recorded is there. Reading the as-is board
  // in the background does not put him on Kari's canvas.
  const ola = await newPerson('Ola Nordmann', '#b5179e')
  const olaComparison = new ComparisonPage(ola.page)
  await olaComparison.goto(toBeId)
  expect(await olaComparison.readSummary()).toEqual({ resolved: 1, remaining: 4, new: 0, removedHandoffs: 1, addedHandoffs: 0, kasteballBefore: 4, kasteballAfter: 3 })
  await expect.poll(() => olaComparison.recordedInForm(PAIN_POINT)).toEqual({ card: `${RESOLVING_STEP} (Husbanken)`, note: NOTE })
  await kari.page.waitForTimeout(1_500)
  expect(await kari.board.collaboratorNames()).toEqual([])

  // Ola on the as-is board: the badge and the link to the to-be board reach him too.
  await ola.board.goto(asIsId)
  const olaStage = new StageMenu(ola.page)
  await expect(olaStage.badge).toHaveAttribute('data-stage', 'as-is')
  await olaStage.open()
  await expect(olaStage.toBeLinks.first()).toHaveAttribute('data-board-id', toBeId)
  await olaStage.toBeLinks.first().getByRole('link', { name: 'Sammenlign' }).click()
  await expect(olaComparison.summary).toBeVisible()

  // A read-only link shows the resolution as text, with no form.
  const per = await newPerson('Per Leser', '#2e6b30')
  await per.page.goto(`/b/${toBeId}/sammenligning?e2e#view=viewer`)
  const perComparison = new ComparisonPage(per.page)
  await expect(perComparison.summary).toBeVisible()
  const perResolved = perComparison.resolvedItem(PAIN_POINT)
  await expect(perResolved.getByTestId('resolution-text')).toContainText(RESOLVING_STEP)
  await expect(perResolved.getByTestId('resolution-text')).toContainText(NOTE)
  await expect(perResolved.getByRole('combobox')).toHaveCount(0)
})

test('the comparison of a board that is no to-be board says so and leads to the canvas', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('as-is-only-board')
  await kari.board.expectSynced()
  const comparison = new ComparisonPage(kari.page)
  await comparison.goto('as-is-only-board')
  await expect(comparison.state).toHaveAttribute('data-state', 'not-to-be')
  await expect(comparison.state.getByRole('heading', { level: 2 })).toHaveText('Denne tavla er ikke en ønsket reise')
  expect(await seriousViolations(kari.page)).toEqual([])
  await comparison.state.getByRole('link', { name: 'Gå til tavla' }).click()
  await kari.board.waitUntilReady()
})

test('offline, "Lag ønsket reise" still makes the to-be board, and both boards and their link reach the others once the server is back', async ({ newPerson, server }) => {
  test.slow()
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards.first()).toBeVisible()
  await kari.board.expectSynced()
  const asIsId = new URL(kari.page.url()).pathname.split('/')[2]!

  await server.stop()
  await kari.board.expectPhase('offline')
  const toBeId = await new StageMenu(kari.page).makeToBeWithKeyboard()
  await kari.board.waitUntilReady()
  await expect(kari.board.title).toHaveValue('Bygge hus – ønsket')
  await expect(kari.board.stepCards).toHaveCount(11)
  await kari.board.expectPhase('offline')

  await server.start()
  await kari.board.expectSynced()
  // The comparison reads the as-is board, which sends its offline change (the link) on the way.
  const comparison = new ComparisonPage(kari.page)
  await comparison.goto(toBeId)
  expect(await comparison.readSummary()).toEqual({ resolved: 0, remaining: 5, new: 0, removedHandoffs: 0, addedHandoffs: 0, kasteballBefore: 4, kasteballAfter: 4 })

  const ola = await newPerson('Ola Nordmann', '#b5179e')
  await ola.board.goto(asIsId)
  const olaStage = new StageMenu(ola.page)
  await olaStage.open()
  await expect(olaStage.toBeLinks).toHaveCount(1)
  await expect(olaStage.toBeLinks.first()).toHaveAttribute('data-board-id', toBeId)
  await olaStage.toBeLinks.first().getByRole('link', { name: 'Ønsket reise', exact: true }).click()
  await ola.board.waitUntilReady()
  await expect(ola.board.title).toHaveValue('Bygge hus – ønsket')
  await expect(ola.board.stepCards).toHaveCount(11)
})

test.describe('secured server', () => {
  test.use({ serverOptions: { tokenSecret: randomBytes(48).toString('base64') } })

  test('only a workspace link makes a to-be board; with a link to the to-be board alone the comparison says the as-is board is out of reach', async ({
    server,
    newPerson,
  }) => {
    test.slow()
    const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    await kari.page.goto(await server.workspaceLink())
    await kari.newBoard.open()
    await kari.newBoard.template('Bygge hus').check()
    await kari.newBoard.createButton.click()
    await kari.board.waitUntilReady()
    await kari.board.expectSynced()
    const asIsId = new URL(kari.page.url()).pathname.split('/')[2]!
    const toBeId = await new StageMenu(kari.page).makeToBeWithKeyboard()
    await kari.board.waitUntilReady()
    await kari.board.expectSynced()
    await expect(kari.page.getByTestId('access-refusal')).toHaveCount(0)

    // An editor of the as-is board, without a workspace link, is told why there is no "Lag ønsket reise".
    const ola = await newPerson('Ola Redaktør', '#b5179e')
    await ola.page.goto(`${await server.inviteLink(asIsId, 'editor')}`.replace('#', '?e2e#'))
    await ola.board.waitUntilReady()
    const olaStage = new StageMenu(ola.page)
    await olaStage.open()
    await expect(olaStage.needsWorkspace).toContainText('arbeidsområdelenke')
    await expect(olaStage.makeButton).toHaveCount(0)
    await expect(olaStage.toBeLinks).toHaveCount(1)

    // A viewer of the to-be board only: the comparison cannot read the as-is board, and says so.
    const per = await newPerson('Per Leser', '#2e6b30')
    const viewerLink = await server.inviteLink(toBeId, 'viewer')
    await per.page.goto(viewerLink.replace(`/b/${toBeId}#`, `/b/${toBeId}/sammenligning?e2e#`))
    const comparison = new ComparisonPage(per.page)
    await expect(comparison.state).toHaveAttribute('data-state', 'refused')
    await expect(comparison.state).toContainText('Du har ikke tilgang til den nåværende reisen')
    expect(await seriousViolations(per.page)).toEqual([])
    // The board it could not read is not left behind on Per's start page.
    await per.start.goto()
    await expect(per.start.boardItems).toHaveCount(1)
    await expect(per.start.boardItems.first()).toHaveAttribute('data-board-id', toBeId)
  })
})
