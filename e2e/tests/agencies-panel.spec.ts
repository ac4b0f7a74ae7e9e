import type { Page } from '@playwright/test'
import type { Agency } from '@sammen/journey-model'
import { readBoardJourneyMeta } from '@sammen/journey-shapes'
import { AgenciesPanel, fillOwnAgency } from '../pages/AgenciesPanel'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/*
 * "Bygge hus" (packages/journey-model/src/templates/byggeHus.ts): Kommunen owns 3 pain points, Husbanken 1
 * (severity 2) and Ansvarlig søker 1 (severity 1); Kartverket has one step card and no pain point.
 */

/** The board's own agencies from the document meta, as every browser reads them. */
async function boardAgencies(page: Page): Promise<Agency[]> {
  return readBoardJourneyMeta(await page.evaluate(() => window.__sammenEditor!.getDocumentSettings().meta)).agencies
}

function selectedShapeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__sammenEditor!.getSelectedShapeIds().map(String))
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`

test('Kari filters the board by agency, finds pain points by owner, and adds agencies of her own; Ola sees their colour', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const panels = new AgenciesPanel(kari.page)

  // The new board flow: "Bygge hus" plus an actor the catalogue lacks.
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.page.getByTestId('open-own-agency').click()
  await kari.page.getByTestId('own-agency-fields').scrollIntoViewIfNeeded()
  await kari.page.screenshot({ path: '/tmp/agencies-0-own-agency-fields.png' })
  await fillOwnAgency(kari.page.getByTestId('new-board-form'), { name: 'Byggmester Hansen AS', shortName: 'Byggmester', level: 'Privat' })
  const builder = kari.page.getByRole('checkbox', { name: /^Byggmester Hansen AS/ })
  await expect(builder).toBeChecked()
  await expect(builder).toBeFocused()
  await expect(kari.newBoard.selectedCount).toHaveText('9 etater valgt')
  await kari.page.screenshot({ path: '/tmp/agencies-1-new-board.png' })
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect.poll(async () => (await boardAgencies(kari.page)).map((agency) => agency.id)).toContain('egen-byggmester-hansen-as')
  await expect(kari.board.stepCards.first()).toBeVisible()

  // The legend: the board's agencies in its order, with level and card count; the own one has no cards yet.
  await panels.openLegend()
  await expect(panels.legendItem('kommunen')).toContainText('Kommune')
  await expect(panels.legendItem('kommunen').getByTestId('agency-card-count')).toHaveText('6 kort')
  await expect(panels.legendItem('egen-byggmester-hansen-as')).toContainText('Byggmester')
  await expect(panels.legendItem('egen-byggmester-hansen-as').getByTestId('agency-card-count')).toHaveText('0 kort')
  expect((await panels.legendAgencyIds()).slice(0, 3)).toEqual(['dibk', 'kartverket', 'bank'])
  // Every chosen agency has its actor card on the actor map, so none of them can leave the board from here.
  await expect(panels.removeButton('egen-byggmester-hansen-as')).toHaveCount(0)
  await expect(panels.removeButton('kommunen')).toHaveCount(0)
  await expect(panels.filterStatus).toHaveText('Viser alle etater')
  expect(await seriousViolations(kari.page, ['[data-testid="agency-legend"]'])).toEqual([])

  // Filter to Kommunen, then Kommunen and Kartverket: the other cards are dimmed, not hidden.
  await panels.toggleAgency('kommunen')
  await expect(panels.filterStatus).toContainText('Viser: Kommunen')
  await expect.poll(() => panels.cardOpacities('ansvarlig-soker')).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)])
  await expect.poll(async () => Math.max(...(await panels.cardOpacities('ansvarlig-soker')))).toBeLessThan(0.5)
  await expect.poll(async () => Math.max(...(await panels.cardOpacities('kartverket')))).toBeLessThan(0.5)
  expect(Math.min(...(await panels.cardOpacities('kommunen')))).toBe(1)
  await panels.toggleAgency('kartverket')
  await expect(panels.filterStatus).toContainText('Viser: Kommunen, Kartverket')
  await expect.poll(async () => Math.min(...(await panels.cardOpacities('kartverket')))).toBe(1)
  await expect.poll(async () => Math.max(...(await panels.cardOpacities('ansvarlig-soker')))).toBeLessThan(0.5)
  await kari.page.screenshot({ path: '/tmp/agencies-2-filter.png' })

  // Closing the legend keeps the filter, and says so on the canvas; "Vis alle" ends it.
  await panels.legend.getByRole('button', { name: 'Lukk' }).click()
  await expect(panels.legend).toBeHidden()
  await expect(panels.legendButton).toBeFocused()
  await expect(panels.filterStatus).toContainText('Viser: Kommunen, Kartverket')
  await panels.showAllButton.click()
  await expect(panels.filterStatus).toBeHidden()
  await expect.poll(async () => Math.min(...(await panels.cardOpacities('ansvarlig-soker')))).toBe(1)

  // The pain point panel, by its shortcut: most pain points first, then the heavier; a click selects the card.
  await kari.page.keyboard.press('Alt+Shift+KeyP')
  await expect(panels.painPointPanel).toBeVisible()
  await expect(panels.painPointHeading).toBeFocused()
  await expect(panels.painPointItems).toHaveCount(5)
  expect(await panels.painPointGroupIds()).toEqual(['kommunen', 'husbanken', 'ansvarlig-soker'])
  await expect(panels.painPointGroups.first().getByRole('heading', { level: 3 })).toContainText('3 problemer')
  expect(await seriousViolations(kari.page, ['[data-testid="pain-point-panel"]'])).toEqual([])
  const worst = panels.painPointGroups.first().getByTestId('pain-point-panel-item').first()
  await expect(worst).toContainText('Alvorlighet 3 av 3')
  const worstId = (await worst.getAttribute('data-shape-id'))!
  await worst.click()
  await expect.poll(() => selectedShapeIds(kari.page)).toEqual([worstId])
  await kari.page.screenshot({ path: '/tmp/agencies-3-pain-points.png' })

  // An agency of her own from the legend: one undo takes it away again, redo brings it back.
  await panels.openLegend()
  await panels.addOwnAgencyInLegend({ name: 'Tomteselskapet Vest', level: 'Privat' })
  const ownId = 'egen-tomteselskapet-vest'
  await expect(panels.legendItem(ownId)).toContainText('Tomteselskapet Vest')
  // No card names it yet: it can leave the board again.
  await expect(panels.removeButton(ownId)).toBeVisible()
  await expect(panels.legend.getByTestId('open-own-agency')).toBeFocused()
  // Undo works from where focus is (the panel's button), redo from the canvas.
  await kari.page.keyboard.press('ControlOrMeta+z')
  await expect(panels.legendItem(ownId)).toBeHidden()
  await kari.board.redo()
  await expect(panels.legendItem(ownId)).toBeVisible()
  // Other keys typed in a panel stay there: Delete on the pain point's button does not delete its selected card.
  const worstItem = kari.page.locator(`[data-testid="pain-point-panel-item"][data-shape-id="${worstId}"]`)
  await worstItem.click()
  await expect.poll(() => selectedShapeIds(kari.page)).toEqual([worstId])
  await expect(worstItem).toBeFocused()
  await kari.page.keyboard.press('Delete')
  await kari.page.keyboard.press('Backspace')
  expect(await kari.page.evaluate((id) => window.__sammenEditor!.getShape(id) !== undefined, worstId)).toBe(true)
  const own = (await boardAgencies(kari.page)).find((agency) => agency.id === ownId)!
  expect(own).toMatchObject({ name: 'Tomteselskapet Vest', shortName: 'Tomteselskapet Vest' })

  // Give the selected pain point to it: the pickers list the board's agencies first.
  const ownerSelect = kari.page.getByTestId('card-details').getByLabel('Eier')
  await expect(ownerSelect.locator('optgroup').first()).toHaveAttribute('label', 'På denne tavla')
  await ownerSelect.selectOption(ownId)
  const card = kari.page.locator(`[data-testid="pain-point-card"][data-owner="${ownId}"]`)
  await expect(card).toHaveCSS('background-color', rgb(own.colour))
  await expect(panels.legendItem(ownId).getByTestId('agency-card-count')).toHaveText('1 kort')
  await expect(kari.page.locator(`[data-testid="pain-point-group"][data-agency-id="${ownId}"]`)).toContainText('1 problem')
  await kari.board.expectSynced()
  await kari.page.screenshot({ path: '/tmp/agencies-4-own-agency.png' })

  // Ola opens the board: the card has the new agency's colour and name for him too, and his legend lists it.
  const ola = await newPerson('Ola Hansen', '#15803d')
  await ola.board.goto(new URL(kari.page.url()).pathname.split('/').pop()!)
  const olasCard = ola.page.locator(`[data-testid="pain-point-card"][data-owner="${ownId}"]`)
  await expect(olasCard).toHaveCSS('background-color', rgb(own.colour))
  await expect(olasCard).toContainText('Tomteselskapet Vest')
  const olasPanels = new AgenciesPanel(ola.page)
  await olasPanels.openLegend()
  await expect(olasPanels.legendItem(ownId).getByTestId('agency-card-count')).toHaveText('1 kort')
  // Kari's filter is hers: Ola's cards are not dimmed.
  expect(Math.min(...(await olasPanels.cardOpacities('ansvarlig-soker')))).toBe(1)
})

test('the panels work by keyboard alone and explain an empty board', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const panels = new AgenciesPanel(kari.page)
  await kari.newBoard.open()
  await kari.newBoard.template('Tom tavle').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()

  await kari.page.keyboard.press('Alt+Shift+KeyE')
  await expect(panels.legend).toBeVisible()
  await expect(panels.legendHeading).toBeFocused()
  await expect(panels.legend).toContainText('Ingen etater på tavla ennå')
  await kari.page.keyboard.press('Alt+Shift+KeyP')
  await expect(panels.painPointPanel).toContainText('Ingen problemer på tavla ennå')
  expect(await seriousViolations(kari.page, ['[data-testid="agency-legend"]', '[data-testid="pain-point-panel"]'])).toEqual([])
  await kari.page.screenshot({ path: '/tmp/agencies-5-empty.png' })

  // Collapse folds the body away and keeps the heading; Escape closes and gives focus back to the top bar.
  await panels.painPointHeading.focus()
  await kari.page.keyboard.press('Tab')
  await expect(panels.painPointPanel.getByRole('button', { name: 'Skjul innholdet' })).toBeFocused()
  await kari.page.keyboard.press('Enter')
  await expect(panels.painPointPanel.getByText('Ingen problemer på tavla ennå')).toBeHidden()
  await expect(panels.painPointPanel.getByRole('button', { name: 'Vis innholdet' })).toHaveAttribute('aria-expanded', 'false')
  await kari.page.keyboard.press('Escape')
  await expect(panels.painPointPanel).toBeHidden()
  await expect(panels.painPointsButton).toBeFocused()

  // In the legend, by keyboard: open the own agency fields, a colour the text cannot be read on is refused.
  await panels.legendHeading.focus()
  await kari.page.keyboard.press('Tab') // collapse
  await kari.page.keyboard.press('Tab') // close
  await kari.page.keyboard.press('Tab') // Legg til egen etat/aktør
  await expect(panels.legend.getByTestId('open-own-agency')).toBeFocused()
  await kari.page.keyboard.press('Enter')
  const fields = panels.legend.getByTestId('own-agency-fields')
  await expect(fields.getByRole('textbox', { name: 'Navn', exact: true })).toBeFocused()
  await kari.page.keyboard.type('Naboen')
  await fields.getByLabel('Farge').fill('#777777')
  await expect(fields).toContainText('Teksten blir vanskelig å lese på denne fargen')
  await fields.getByRole('textbox', { name: 'Navn', exact: true }).press('Enter')
  expect(await boardAgencies(kari.page)).toEqual([])
  await fields.getByLabel('Farge').fill('#1d4e89')
  await fields.getByRole('textbox', { name: 'Navn', exact: true }).press('Enter')
  await expect(panels.legendItem('egen-naboen')).toBeVisible()
  await panels.legendItem('egen-naboen').getByRole('checkbox').focus()
  await kari.page.keyboard.press('Space')
  await expect(panels.filterStatus).toContainText('Viser: Naboen')
  expect(await seriousViolations(kari.page, ['[data-testid="agency-legend"]'])).toEqual([])

  // No card uses Naboen, so it can be taken off the list again (and its filter with it); one undo brings it back.
  await panels.removeButton('egen-naboen').click()
  await expect(panels.legendItem('egen-naboen')).toHaveCount(0)
  await expect(panels.filterStatus).toHaveCount(0)
  await expect(panels.legend.getByTestId('open-own-agency')).toBeFocused()
  await kari.page.keyboard.press('ControlOrMeta+z')
  await expect(panels.legendItem('egen-naboen')).toBeVisible()
  await panels.legendHeading.focus()
  await kari.page.keyboard.press('Escape')
  await expect(panels.legendButton).toBeFocused()
})
