import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'

/** Serious and critical WCAG 2.1 A/AA violations inside `selector`, as a readable list for the failure message. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include(selector).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)
}

// Kommunen's colour in the agency catalogue (#206888), as the browser reports it.
const KOMMUNEN_COLOUR = 'rgb(32, 104, 136)'

test('a pain point needs an owner: Kari chooses the municipality by keyboard, Ola sees it in its colour', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await kari.board.goto('journey-cards-1')
  await ola.board.goto('journey-cards-1')
  await kari.board.expectSynced()
  await ola.board.expectSynced()

  await kari.board.startPainPoint(460, 330)
  // The dialog has the keyboard, and the pain point does not exist anywhere until it has an owner.
  await expect(kari.board.ownerDialog.getByLabel('Søk etter etat')).toBeFocused()
  expect(await kari.board.shapeIds()).toEqual([])
  expect(await seriousViolations(kari.page, '[data-testid="pain-point-owner-dialog"]')).toEqual([])
  await kari.page.screenshot({ path: '/tmp/journey-cards-owner-dialog.png' })

  await kari.board.finishPainPointWithKeyboard('kommunen', 3)
  await kari.page.keyboard.type('Må levere de samme papirene på nytt')
  await kari.page.keyboard.press('Escape')

  const expected = { ownerAgencyId: 'kommunen', severity: 3, text: 'Må levere de samme papirene på nytt' }
  await expect.poll(() => ola.board.cardProps('pain-point')).toEqual([expect.objectContaining(expected)])
  const olasCard = ola.board.painPointCards
  await expect(olasCard).toHaveCSS('background-color', KOMMUNEN_COLOUR)
  await expect(olasCard).toContainText('Kommunen')
  await expect(olasCard).toContainText('Må levere de samme papirene på nytt')
  await expect(olasCard.getByRole('img', { name: 'Alvorlighet 3 av 3' })).toBeVisible()

  await kari.board.addStepCard(760, 330, 'Søker om startlån')
  await kari.board.setCardDetail('Etat', 'husbanken')
  await expect
    .poll(() => ola.board.cardProps('step-card'))
    .toEqual([expect.objectContaining({ text: 'Søker om startlån', agencyId: 'husbanken' })])
  await expect(ola.board.stepCards).toContainText('Søker om startlån')
  await expect(ola.board.stepCards).toContainText('Husbanken')
  await kari.board.expectSynced()
  await kari.page.mouse.click(640, 600)
  await kari.page.screenshot({ path: '/tmp/journey-cards-board.png' })
})

test('Escape in the owner dialog cancels the pain point; nothing is left and nothing reaches others', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('journey-cards-2')
  await kari.board.expectSynced()

  await kari.board.startPainPoint(500, 350)
  await kari.page.keyboard.type('nav')
  await kari.page.keyboard.press('Escape')
  await expect(kari.board.ownerDialog).toBeHidden()
  await expect(kari.page.locator('.pain-point-ghost')).toHaveCount(0)
  expect(await kari.board.shapeIds()).toEqual([])
})

test('finishing without an owner explains why, and a placed card goes away with one undo', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('journey-cards-3')
  await kari.board.expectSynced()

  await kari.board.startPainPoint(500, 350)
  await kari.board.ownerDialog.getByRole('button', { name: 'Legg til problem' }).click()
  await expect(kari.board.ownerDialog.getByRole('alert')).toHaveText('Velg en eier først.')
  await kari.board.ownerDialog.getByRole('radio', { name: /^NAV-kontoret/ }).check()
  await kari.board.ownerDialog.getByRole('button', { name: 'Legg til problem' }).click()
  await expect(kari.board.ownerDialog).toBeHidden()
  await kari.page.keyboard.press('Escape')
  await expect.poll(() => kari.board.cardProps('pain-point')).toEqual([expect.objectContaining({ ownerAgencyId: 'nav-kontoret', severity: 2 })])

  await kari.board.undo()
  await expect.poll(() => kari.board.shapeIds()).toEqual([])

  await kari.board.addStepCard(600, 400, 'Får vedtak')
  await expect.poll(() => kari.board.cardProps('step-card')).toHaveLength(1)
  await kari.board.undo()
  await kari.board.undo()
  await expect.poll(() => kari.board.shapeIds()).toEqual([])
})

test('screenshot: a journey with steps and pain points', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('journey-cards-shot')
  await kari.board.rename('Bygge hus')
  await kari.page.evaluate(() => {
    const editor = window.__sammenEditor!
    const step = (x: number, text: string, agencyId: string, channel: string, emotion: number | null) =>
      ({ type: 'step-card', x, y: 200, props: { text, agencyId, channel, emotion } })
    const pain = (x: number, text: string, ownerAgencyId: string, severity: number, category: string) =>
      ({ type: 'pain-point', x, y: 390, props: { text, ownerAgencyId, severity, category } })
    editor.createShapes([
      step(80, 'Finner tomt og sjekker reguleringsplanen', 'kommunen', 'digital', 0),
      step(350, 'Søker om rammetillatelse', 'ansvarlig-soker', 'digital', -1),
      step(620, 'Søker om startlån', 'husbanken', 'digital', 1),
      step(890, 'Tinglyser skjøtet', 'kartverket', 'brev', null),
      pain(80, 'Vet ikke hvilke tegninger kommunen krever', 'kommunen', 2, 'uklar-informasjon'),
      pain(350, 'Venter 12 uker på svar uten å høre noe', 'kommunen', 3, 'venting'),
      pain(620, 'Må sende de samme papirene til banken og Husbanken', 'husbanken', 2, 'samme-informasjon-flere-ganger'),
      pain(890, 'Ingen digital tinglysing for privatpersoner', 'kartverket', 1, 'mangler-digital-tjeneste'),
    ])
  })
  await kari.board.expectSynced()
  await expect(kari.board.painPointCards).toHaveCount(4)
  await kari.page.screenshot({ path: '/tmp/journey-cards-journey.png' })
  await kari.page.mouse.click(80 + 120, 390 + 74)
  await expect(kari.page.getByTestId('card-details')).toBeVisible()
  await kari.page.screenshot({ path: '/tmp/journey-cards-selected.png' })
})
