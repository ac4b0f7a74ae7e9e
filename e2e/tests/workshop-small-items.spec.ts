import { FacilitationPanel } from '../pages/FacilitationPanel'
import { JourneyMaps } from '../pages/JourneyMaps'
import { expect, test } from '../support/fixtures'

/* The smaller findings of issue 11, point 10 (the report's CSV per cell is covered in bygge-hus-report.spec.ts). */

test('a new handoff arrow shows no carrier until someone chooses one, and then stores it', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const maps = new JourneyMaps(kari.page)
  await kari.board.goto('small-items-handoff')
  await kari.board.expectSynced()
  await kari.board.addStepCard(320, 400, 'Melder flytting')
  await kari.board.addStepCard(780, 400, 'Får nytt fastlegetilbud')
  const steps = await maps.storedShapes('step-card')
  const [a, b] = await Promise.all(steps.map((step) => maps.screenCentre(step.id)))
  await kari.board.drawArrow(a!.x, a!.y, b!.x, b!.y)

  const carrier = maps.details.getByTestId('handoff-carrier')
  await expect(carrier.getByRole('radio', { name: /^Etatene/ })).not.toBeChecked()
  await expect(carrier.getByRole('radio', { name: /^Personen/ })).not.toBeChecked()
  await expect(carrier.getByTestId('handoff-carrier-not-chosen')).toBeVisible()
  await maps.details.screenshot({ path: '/tmp/small-items-handoff.png' })
  expect((await maps.storedShapes('arrow'))[0]?.meta).toEqual({})

  // Choosing "Etatene", which the report assumed all along, now stores it.
  await maps.chooseCarrier('Etatene')
  await expect.poll(async () => (await maps.storedShapes('arrow'))[0]?.meta).toEqual({ carriedBy: 'etatene' })
  await expect(carrier.getByTestId('handoff-carrier-not-chosen')).toHaveCount(0)
})

test('a relation between two actors on Aktørkart takes the plain font, like every card', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const ola = await newPerson('Ola Hansen', '#15803d')
  const maps = new JourneyMaps(kari.page)
  await kari.board.goto('small-items-relation')
  await kari.board.expectSynced()
  await maps.openPage('Aktørkart')
  await kari.page.evaluate(() => {
    window.__sammenEditor!.createShapes([
      { type: 'actor', x: 700, y: 120, props: { w: 260, h: 172, agencyId: 'kartverket', interest: 'stor', influence: 'middels' } },
      { type: 'actor', x: 700, y: 420, props: { w: 260, h: 172, name: 'Personen', interest: 'stor', influence: 'liten' } },
    ])
  })
  const actors = (await maps.storedShapes('actor')).filter((actor) => actor.props.interest === 'stor')
  const [first, second] = await Promise.all(actors.map((actor) => maps.screenCentre(actor.id)))
  await kari.board.drawArrow(first!.x, first!.y + 20, second!.x, second!.y)
  await maps.fillDetail('Hva er relasjonen?', 'tinglyser for')
  await expect.poll(async () => (await maps.storedShapes('arrow'))[0]?.props.font).toBe('sans')
  await kari.board.expectSynced()

  // Everyone else gets the same arrow in the plain font.
  await ola.board.goto('small-items-relation')
  const olaMaps = new JourneyMaps(ola.page)
  await expect.poll(async () => (await olaMaps.storedShapes('arrow'))[0]?.props.font).toBe('sans')
  await kari.page.screenshot({ path: '/tmp/small-items-relation.png' })
})

test('Gevinstkart says what it is for while it is empty', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const maps = new JourneyMaps(kari.page)
  await kari.board.goto('small-items-benefits')
  await kari.board.expectSynced()
  const hint = kari.page.getByTestId('benefit-map-hint')
  await expect(hint).toHaveCount(0)
  await maps.openPage('Gevinstkart')
  await expect(hint).toBeVisible()
  await expect(hint).toContainText('Gevinstkartet er tomt')
  await expect(hint).toContainText('«Gevinst»')
  await kari.page.screenshot({ path: '/tmp/small-items-benefit-hint.png' })
  // The note lets the click through: the first benefit goes where the person clicks, and the note goes.
  await maps.placeCard('u', 640, 400, 'Slipper å sende inntekten på nytt')
  await expect(hint).toHaveCount(0)
  await maps.openPage('Aktørkart')
  await expect(hint).toHaveCount(0)
})

test('"Slutt å følge" is offered once to someone who follows the facilitator', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await kari.board.goto('small-items-follow')
  await ola.board.goto('small-items-follow')
  await kari.board.expectSynced()
  await ola.board.expectSynced()
  await new FacilitationPanel(kari.page).startFollowMe()
  const olaTools = new FacilitationPanel(ola.page)
  await expect(olaTools.followStrip).toHaveAttribute('data-state', 'following')
  await expect(ola.page.getByRole('button', { name: 'Slutt å følge' })).toHaveCount(1)
  await ola.page.screenshot({ path: '/tmp/small-items-follow.png' })
  await ola.page.getByRole('button', { name: 'Slutt å følge' }).click()
  await expect.poll(() => ola.page.evaluate(() => window.__sammenEditor!.getCollaborators().length)).toBeGreaterThan(0)
  await expect(ola.page.getByRole('button', { name: 'Slutt å følge' })).toHaveCount(0)
})
