import { randomBytes } from 'node:crypto'
import { e2ePath } from '../pages/InviteDialog'
import { FacilitationPanel } from '../pages/FacilitationPanel'
import { PanelPage } from '../pages/PanelPage'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

const boardId = () => `panel-${randomBytes(6).toString('hex')}`
// Hand-checked valid fødselsnummer (see packages/journey-model/src/privacy/personalData.test.ts).
const FODSELSNUMMER = '17056498702'

test.describe('user panel annotations (secured server)', () => {
  test.use({ serverOptions: { tokenSecret: randomBytes(48).toString('base64') } })

  test('a panel member comments on a step, an editor marks it handled, the panel member sees it', async ({ server, newPerson }) => {
    const id = boardId()
    const erik = await newPerson('Erik Redaktør', '#1f6fd1', { agencyId: 'nav' })
    await erik.page.goto(e2ePath(await server.inviteLink(id, 'editor')))
    await erik.board.waitUntilReady()
    await erik.board.expectSynced()
    await erik.board.addStepCard(300, 300, 'Jeg søker om gravferdsstønad')
    await expect.poll(async () => (await erik.board.cardProps('step-card')).map((card) => card.text)).toEqual(['Jeg søker om gravferdsstønad'])

    // The panel member gets the simplified view, without tldraw.
    const petra = await newPerson('Petra', '#15803d', { agencyId: null })
    await petra.page.goto(e2ePath(await server.inviteLink(id, 'panel')))
    const panel = new PanelPage(petra.page)
    await panel.waitUntilReady()
    await expect(petra.page.locator('.tl-canvas')).toHaveCount(0)
    await expect(panel.step('Jeg søker om gravferdsstønad')).toBeVisible()
    expect(await seriousViolations(petra.page)).toEqual([])
    await petra.page.screenshot({ path: '/tmp/h7-panel-view.png', fullPage: true })

    // A fødselsnummer in the text is shown to the writer before anything is shared.
    const form = await panel.writeComment('Jeg søker om gravferdsstønad', 'Dårlig', `Saken min har nummer ${FODSELSNUMMER}`)
    await panel.send(form)
    await expect(panel.personalDataNotice).toContainText('Dette ser ut som et fødselsnummer – tavler skal ikke inneholde personopplysninger')
    await expect(panel.personalDataNotice).toBeFocused()
    expect(await seriousViolations(petra.page)).toEqual([])
    await petra.page.screenshot({ path: '/tmp/h7-panel-warning.png', fullPage: true })
    await panel.personalDataNotice.getByRole('button', { name: 'Endre' }).click()
    const textbox = form.getByRole('textbox', { name: 'Hva vil du si om dette?' })
    await expect(textbox).toBeFocused()
    await textbox.fill('Jeg visste ikke hvem jeg skulle ringe')
    await panel.send(form)
    await expect(panel.status).toHaveText('Takk! Kommentaren er sendt.')
    await expect(panel.ownAnnotations('Jeg søker om gravferdsstønad')).toHaveCount(1)
    await expect(panel.ownAnnotations('Jeg søker om gravferdsstønad')).toContainText('Ikke behandlet ennå')
    // Focus went back to where the person started.
    await expect(panel.step('Jeg søker om gravferdsstønad').getByRole('button', { name: 'Legg til en kommentar' })).toBeFocused()

    // The editor switches the layer on, sees a pin and the annotation, and marks it handled.
    await erik.page.getByTestId('annotation-layer-toggle').click()
    await expect(erik.page.getByTestId('annotation-open-count')).toHaveText('1')
    await expect(erik.page.getByTestId('annotation-pin')).toHaveCount(1)
    const list = erik.page.getByTestId('annotation-panel')
    await expect(list.getByTestId('annotation-item')).toContainText('Jeg visste ikke hvem jeg skulle ringe')
    await expect(list.getByTestId('annotation-item')).toContainText('Petra (innbygger)')
    await expect(list.getByTestId('annotation-counts')).toHaveText('1 åpne · 0 behandlet')
    expect(await seriousViolations(erik.page, ['[data-testid="annotation-panel"]'])).toEqual([])
    await erik.page.screenshot({ path: '/tmp/h7-editor-layer.png' })
    await list.getByRole('button', { name: 'Marker som behandlet' }).click()
    await expect(list.getByTestId('annotation-counts')).toHaveText('0 åpne · 1 behandlet')
    await expect(list.getByRole('button', { name: 'Åpne igjen' })).toBeVisible()

    await expect(panel.ownAnnotations('Jeg søker om gravferdsstønad')).toContainText('Behandlet av Erik Redaktør (NAV)')
    await petra.page.screenshot({ path: '/tmp/h7-panel-handled.png', fullPage: true })

    // Escape closes the list and gives focus back to the toggle.
    await list.getByRole('heading', { name: 'Kommentarer fra brukerpanelet' }).focus()
    await erik.page.keyboard.press('Escape')
    await expect(list).toBeHidden()
    await expect(erik.page.getByTestId('annotation-layer-toggle')).toBeFocused()

    // A countdown the facilitator starts shows in the panel view too (only a facilitator may run it).
    const kari = await newPerson('Kari Fasilitator', '#c2410c', { agencyId: 'nav' })
    await kari.page.goto(e2ePath(await server.inviteLink(id, 'facilitator')))
    await kari.board.waitUntilReady()
    await new FacilitationPanel(kari.page).startTimer(5)
    await expect(petra.page.getByTestId('timer-chip')).toBeVisible()
    await expect(petra.page.getByTestId('timer-time')).toHaveText(/^[45]:\d\d$/)
    expect(await seriousViolations(petra.page)).toEqual([])
  })

  test('a panel member without a connection is told the comment is kept and sent later, and it reaches the editor', async ({ server, newPerson }) => {
    const id = boardId()
    const erik = await newPerson('Erik Redaktør', '#1f6fd1', { agencyId: 'nav' })
    await erik.page.goto(e2ePath(await server.inviteLink(id, 'editor')))
    await erik.board.waitUntilReady()
    await erik.board.expectSynced()
    await erik.board.addStepCard(300, 300, 'Jeg melder dødsfallet')
    await erik.board.expectSynced()
    const petra = await newPerson('Petra', '#15803d', { agencyId: null })
    await petra.page.goto(e2ePath(await server.inviteLink(id, 'panel')))
    const panel = new PanelPage(petra.page)
    await panel.waitUntilReady()
    await expect(panel.step('Jeg melder dødsfallet')).toBeVisible()

    await server.stop()
    const form = await panel.writeComment('Jeg melder dødsfallet', 'Både og', 'Greit, men lang ventetid på telefon')
    await panel.send(form)
    await expect(panel.status).toHaveText('Takk! Kommentaren er lagret på denne enheten og blir sendt når du er på nett igjen.')

    await server.start()
    await erik.page.getByTestId('annotation-layer-toggle').click()
    await expect(erik.page.getByTestId('annotation-panel').getByTestId('annotation-item')).toContainText('Greit, men lang ventetid på telefon', { timeout: 30_000 })
  })

  test("card text that looks like a phone number stays on the writer's screen until they share it anyway", async ({ server, newPerson }) => {
    const id = boardId()
    const erik = await newPerson('Erik Redaktør', '#1f6fd1', { agencyId: 'nav' })
    await erik.page.goto(e2ePath(await server.inviteLink(id, 'editor')))
    await erik.board.waitUntilReady()
    await erik.board.expectSynced()
    await erik.board.addStepCard(300, 300, 'Ring 912 34 567')
    const warning = erik.page.getByTestId('card-privacy-warning')
    await expect(warning).toContainText('Dette ser ut som et telefonnummer – tavler skal ikke inneholde personopplysninger')
    await expect(erik.page.getByTestId('card-privacy-announcement')).toContainText('telefonnummer')
    await erik.page.screenshot({ path: '/tmp/h7-card-warning.png' })

    const petra = await newPerson('Petra', '#15803d', { agencyId: null })
    await petra.page.goto(e2ePath(await server.inviteLink(id, 'panel')))
    const panel = new PanelPage(petra.page)
    await panel.waitUntilReady()
    // Nothing of the number was shared: the card's shared text is only what came before it.
    await expect.poll(async () => (await erik.board.cardProps('step-card')).map((card) => card.text)).toEqual(['Ring '])
    await expect(panel.view).not.toContainText('912')

    await warning.getByRole('button', { name: 'Del likevel' }).click()
    await expect(warning).toBeHidden()
    await expect(panel.step('Ring 912 34 567')).toBeVisible()
  })
})
