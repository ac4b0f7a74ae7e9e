import type { Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'
import { JourneyMaps } from '../pages/JourneyMaps'

// Catalogue colours (packages/journey-model/src/catalogue/agencies.ts) as the browser reports them.
const COLOUR = {
  kommunen: 'rgb(32, 104, 136)',
  husbanken: 'rgb(104, 64, 160)',
  nav: 'rgb(192, 0, 0)',
  kartverket: 'rgb(48, 96, 32)',
}

async function clickEmptyCanvas(page: Page) {
  await page.mouse.click(1100, 700)
}

test('opportunity, benefit, actor and a person-carried handoff: Kari makes them, Ola sees them in the right colours', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  const kariMaps = new JourneyMaps(kari.page)
  const olaMaps = new JourneyMaps(ola.page)
  await kari.board.goto('journey-cards-more-1')
  await ola.board.goto('journey-cards-more-1')
  await kari.board.expectSynced()

  // A new board has the journey and both maps, named once for everyone.
  await expect.poll(() => kariMaps.pageNames()).toEqual(['Reise', 'Aktørkart', 'Gevinstkart'])
  await expect.poll(() => olaMaps.pageNames()).toEqual(['Reise', 'Aktørkart', 'Gevinstkart'])

  // Reise: an opportunity that kommunen and Husbanken must make happen together.
  await expect(kariMaps.toolbarItem('opportunity')).toBeVisible()
  await expect(kariMaps.toolbarItem('actor')).toHaveCount(0)
  await kariMaps.placeCard('m', 360, 220, 'Del tegningene mellom kommunen og banken')
  await kariMaps.addAgency('Etater som må samarbeide', 'kommunen')
  await kariMaps.addAgency('Etater som må samarbeide', 'husbanken')
  await expect(kariMaps.opportunityCards.locator('.agency-chip')).toHaveText(['Kommunen', 'Husbanken'])

  // A handoff between two steps, which the person has to carry.
  await kari.board.addStepCard(300, 520, 'Får vedtak om startlån')
  await kari.board.setCardDetail('Etat', 'husbanken')
  await kari.board.addStepCard(760, 520, 'Tinglyser skjøtet')
  await kari.board.setCardDetail('Etat', 'kartverket')
  const steps = await kariMaps.storedShapes('step-card')
  const from = await kariMaps.screenCentre(steps.find((step) => step.props.text === 'Får vedtak om startlån')!.id)
  const to = await kariMaps.screenCentre(steps.find((step) => step.props.text === 'Tinglyser skjøtet')!.id)
  await kari.board.drawArrow(from.x, from.y, to.x, to.y)
  await expect(kariMaps.details.getByRole('group', { name: 'Hvem bærer informasjonen videre?' })).toBeVisible()
  // Nothing is stored yet, so nothing is shown as chosen (issue 11, point 10).
  await expect(kariMaps.details.getByRole('radio', { name: /^Etatene/ })).not.toBeChecked()
  await expect(kariMaps.details.getByTestId('handoff-carrier-not-chosen')).toBeVisible()
  expect(await seriousViolations(kari.page, ['[data-testid="card-details"]'])).toEqual([])
  await kariMaps.chooseCarrier('Personen')
  await kariMaps.fillDetail('Informasjon som gis videre', 'vedtaksbrev, skjøte')
  await expect(kariMaps.details.getByRole('list', { name: 'Informasjon som gis videre' }).getByRole('listitem')).toHaveText(['vedtaksbrev', 'skjøte'])
  await kari.page.screenshot({ path: '/tmp/journey-cards-more-handoff.png' })

  // Gevinstkart: a benefit that lands with the person, NAV contributing.
  await kariMaps.openPage('Gevinstkart')
  await expect(kariMaps.toolbarItem('benefit')).toBeVisible()
  await expect(kariMaps.toolbarItem('opportunity')).toHaveCount(0)
  await kariMaps.placeCard('u', 420, 320, 'Slipper å sende inntekten på nytt')
  await kariMaps.selectDetail('Hvem får gevinsten?', 'personen')
  await kariMaps.addAgency('Hvem bidrar?', 'nav')
  await expect(kariMaps.benefitCards.getByTestId('benefit-lands-with')).toContainText('Personen')

  // Aktørkart: Kartverket, with a large interest.
  await kariMaps.openPage('Aktørkart')
  // The toolbar offers the actor here, and the journey's cards only on Reise.
  await expect(kariMaps.toolbarItem('actor')).toBeVisible()
  await expect(kariMaps.toolbarItem('step-card')).toHaveCount(0)
  await kariMaps.placeCard('i', 420, 320, '')
  await kariMaps.selectDetail('Etat', 'kartverket')
  await kariMaps.selectDetail('Interesse', 'stor')
  // An e-mail address in a details field stays in Kari's field, flagged, until she changes it.
  await kariMaps.fillDetail('Hvordan følger vi dem opp?', 'Skriv til kari.nordmann@kommune.no')
  const notice = kariMaps.details.getByTestId('personal-data-notice')
  await expect(notice).toContainText('Dette ser ut som en e-postadresse')
  await kari.page.screenshot({ path: '/tmp/journey-cards-more-personal-data.png' })
  await expect.poll(async () => (await kariMaps.storedShapes('actor'))[0]?.props.followUp).toBe('')
  await notice.getByRole('button', { name: 'Endre' }).click()
  await kariMaps.fillDetail('Hvordan følger vi dem opp?', 'Møte i mars')
  await expect(notice).toBeHidden()
  await kariMaps.fillDetail('Hva trenger de å vite?', 'Når skjøtet er klart')
  await kari.board.expectSynced()

  // Ola's store has all of it …
  await expect.poll(() => olaMaps.storedShapes('opportunity')).toEqual([
    expect.objectContaining({ props: expect.objectContaining({ text: 'Del tegningene mellom kommunen og banken', agencyIds: ['kommunen', 'husbanken'] }) }),
  ])
  await expect.poll(() => olaMaps.storedShapes('benefit')).toEqual([
    expect.objectContaining({
      parentId: 'page:benefits',
      props: expect.objectContaining({ text: 'Slipper å sende inntekten på nytt', landsWith: 'personen', contributorIds: ['nav'] }),
    }),
  ])
  await expect.poll(() => olaMaps.storedShapes('actor')).toEqual([
    expect.objectContaining({
      parentId: 'page:actors',
      props: expect.objectContaining({ agencyId: 'kartverket', interest: 'stor', influence: 'middels', informationNeeds: 'Når skjøtet er klart' }),
    }),
  ])
  await expect.poll(() => olaMaps.storedShapes('arrow')).toEqual([
    expect.objectContaining({ meta: { carriedBy: 'personen' }, props: expect.objectContaining({ color: 'orange', dash: 'dashed' }) }),
  ])

  // … and sees it in the agencies' colours.
  const opportunity = olaMaps.opportunityCards
  await expect(opportunity).toContainText('Del tegningene mellom kommunen og banken')
  await expect(opportunity).toHaveAttribute('data-agency-ids', 'kommunen husbanken')
  await expect(opportunity.locator('.agency-chip').nth(0)).toHaveCSS('background-color', COLOUR.kommunen)
  await expect(opportunity.locator('.agency-chip').nth(1)).toHaveCSS('background-color', COLOUR.husbanken)

  await olaMaps.openPage('Gevinstkart')
  const benefit = olaMaps.benefitCards
  await expect(benefit).toContainText('Slipper å sende inntekten på nytt')
  await expect(benefit.getByTestId('benefit-lands-with')).toContainText('Personen')
  await expect(benefit.getByTestId('benefit-contributors').locator('.agency-chip')).toHaveText('NAV')
  await expect(benefit.getByTestId('benefit-contributors').locator('.agency-chip')).toHaveCSS('background-color', COLOUR.nav)
  await expect(benefit).toHaveAttribute('data-agency-ids', 'nav')

  await olaMaps.openPage('Aktørkart')
  const actor = olaMaps.actorCards
  await expect(actor).toContainText('Kartverket')
  await expect(actor.locator('.actor-card__band')).toHaveCSS('background-color', COLOUR.kartverket)
  await expect(actor.getByRole('img', { name: 'Interesse: Stor' })).toBeVisible()
  await expect(actor.getByRole('img', { name: 'Påvirkning: Middels' })).toBeVisible()
  await expect(actor).toHaveAttribute('data-agency-ids', 'kartverket')
  await clickEmptyCanvas(ola.page)
  await ola.page.screenshot({ path: '/tmp/journey-cards-more-actor.png' })
})

test('choosing who carries a handoff is one undo step, and undo brings back the grey arrow', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const maps = new JourneyMaps(kari.page)
  await kari.board.goto('journey-cards-more-2')
  await kari.board.expectSynced()
  await kari.board.addStepCard(320, 400, 'Melder flytting')
  await kari.board.addStepCard(780, 400, 'Får nytt fastlegetilbud')
  const steps = await maps.storedShapes('step-card')
  const [a, b] = await Promise.all(steps.map((step) => maps.screenCentre(step.id)))
  await kari.board.drawArrow(a!.x, a!.y, b!.x, b!.y)
  await maps.chooseCarrier('Personen')
  await expect.poll(() => maps.storedShapes('arrow')).toEqual([
    expect.objectContaining({ meta: { carriedBy: 'personen' }, props: expect.objectContaining({ color: 'orange', dash: 'dashed' }) }),
  ])
  await kari.board.undo()
  await expect.poll(() => maps.storedShapes('arrow')).toEqual([
    expect.objectContaining({ meta: {}, props: expect.objectContaining({ color: 'black', dash: 'draw', font: 'sans' }) }),
  ])
})

test('screenshot: opportunity, benefit and actor cards', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const maps = new JourneyMaps(kari.page)
  await kari.board.goto('journey-cards-more-shot')
  await kari.board.expectSynced()
  await kari.page.evaluate(() => {
    const editor = window.__sammenEditor!
    editor.createShapes([
      { type: 'pain-point', x: 80, y: 120, props: { text: 'Må sende de samme tegningene til banken', ownerAgencyId: 'kommunen', severity: 2, category: 'samme-informasjon-flere-ganger' } },
      { type: 'opportunity', x: 420, y: 120, props: { h: 168, text: 'Kommunen deler godkjente tegninger med banken', agencyIds: ['kommunen', 'husbanken', 'bank'] } },
      { type: 'benefit', x: 80, y: 360, props: { h: 184, text: 'Slipper å sende inntekten på nytt', landsWith: 'personen', contributorIds: ['nav', 'skatteetaten'] } },
      { type: 'benefit', x: 420, y: 360, props: { h: 184, text: 'Færre manuelle saker', landsWith: 'kommunen', contributorIds: ['kartverket'] } },
      { type: 'actor', x: 760, y: 120, props: { w: 260, h: 172, agencyId: 'kartverket', interest: 'stor', influence: 'middels', informationNeeds: 'Når skjøtet er klart' } },
      { type: 'actor', x: 760, y: 360, props: { w: 260, h: 172, name: 'Personen', interest: 'stor', influence: 'liten' } },
    ])
  })
  const [painPoint, opportunity] = await Promise.all(
    (await maps.storedShapes('pain-point')).concat(await maps.storedShapes('opportunity')).map((shape) => maps.screenCentre(shape.id)),
  )
  await kari.board.drawArrow(opportunity!.x - 100, opportunity!.y, painPoint!.x + 60, painPoint!.y)
  await expect(maps.details).toContainText('løser')
  await clickEmptyCanvas(kari.page)
  await expect(maps.opportunityCards).toContainText('Løser 1 problem')
  await kari.page.screenshot({ path: '/tmp/journey-cards-more-cards.png' })
  await kari.page.mouse.click(opportunity!.x, opportunity!.y + 30)
  await expect(maps.details.getByTestId('opportunity-solves')).toContainText('Må sende de samme tegningene til banken')
  expect(await seriousViolations(kari.page, ['[data-testid="card-details"]'])).toEqual([])

  // The details panels, each on its own.
  await maps.details.screenshot({ path: '/tmp/journey-cards-more-panel-opportunity.png' })
  for (const [type, file] of [
    ['benefit', 'benefit'],
    ['actor', 'actor'],
  ] as const) {
    const [first] = await maps.storedShapes(type)
    const centre = await maps.screenCentre(first!.id)
    await kari.page.mouse.click(centre.x, centre.y + 40)
    await expect(maps.details).toBeVisible()
    expect(await seriousViolations(kari.page, ['[data-testid="card-details"]'])).toEqual([])
    await maps.details.screenshot({ path: `/tmp/journey-cards-more-panel-${file}.png` })
  }

  // A relation between the two actors, and a handoff between two steps.
  const actors = await maps.storedShapes('actor')
  const [kartverket, person] = await Promise.all(actors.map((actor) => maps.screenCentre(actor.id)))
  await kari.board.drawArrow(kartverket!.x, kartverket!.y + 20, person!.x, person!.y)
  await maps.fillDetail('Hva er relasjonen?', 'tinglyser for')
  await maps.details.screenshot({ path: '/tmp/journey-cards-more-panel-relation.png' })
  await kari.page.evaluate(() => {
    window.__sammenEditor!.createShapes([
      { type: 'step-card', x: 80, y: 620, props: { text: 'Får vedtak om startlån', agencyId: 'husbanken' } },
      { type: 'step-card', x: 520, y: 620, props: { text: 'Tinglyser skjøtet', agencyId: 'kartverket' } },
    ])
  })
  const steps = await maps.storedShapes('step-card')
  const [stepA, stepB] = await Promise.all(steps.map((step) => maps.screenCentre(step.id)))
  await kari.board.drawArrow(Math.min(stepA!.x, stepB!.x), stepA!.y, Math.max(stepA!.x, stepB!.x), stepB!.y)
  await maps.chooseCarrier('Personen')
  await maps.fillDetail('Informasjon som gis videre', 'vedtaksbrev, skjøte')
  expect(await seriousViolations(kari.page, ['[data-testid="card-details"]'])).toEqual([])
  await maps.details.screenshot({ path: '/tmp/journey-cards-more-panel-handoff.png' })
  await kari.page.screenshot({ path: '/tmp/journey-cards-more-wide.png' })
  await kari.board.expectSynced()
})
