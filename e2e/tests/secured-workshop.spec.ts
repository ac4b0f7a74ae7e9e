import { randomBytes } from 'node:crypto'
import { FacilitationPanel } from '../pages/FacilitationPanel'
import { e2ePath, InviteDialog } from '../pages/InviteDialog'
import { PanelPage } from '../pages/PanelPage'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'
import { addPainPoints, selectCard } from '../support/workshopCards'

/*
 * Secured mode is the easy mode: the operator runs the setup command once and hands the printed workspace link to
 * the first facilitator; from then on boards are made from templates in the app and shared from each board's
 * dialog, with no command line per board.
 */
test.describe('secured server, from the workspace link', () => {
  test.use({ serverOptions: { tokenSecret: randomBytes(48).toString('base64') } })

  test('a facilitator makes a board from a template and shares it; a panel member comments until the links are revoked', async ({ server, newPerson }) => {
    const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    await kari.context.grantPermissions(['clipboard-read', 'clipboard-write'])

    // Without the workspace link, a secured server says why "Ny tavle" cannot make a board.
    await kari.newBoard.open()
    await expect(kari.page.getByTestId('new-board-secured')).toContainText('trenger du en arbeidsområdelenke')

    await kari.page.goto(`${await server.workspaceLink()}`)
    await expect(kari.page.getByTestId('workspace-note')).toContainText('Du er fasilitator i dette arbeidsområdet')
    // The link left the address bar (and so the history) at once.
    expect(kari.page.url()).not.toContain('workspace=')
    expect(await seriousViolations(kari.page)).toEqual([])
    await kari.page.screenshot({ path: '/tmp/secured-start.png' })

    await kari.newBoard.open()
    await expect(kari.page.getByTestId('new-board-secured')).toHaveCount(0)
    await kari.newBoard.template('Bygge hus').check()
    await kari.newBoard.createButton.click()
    await kari.board.waitUntilReady()
    await kari.board.expectSynced()
    // The template is laid out (not an empty read-only "Uten tittel" board on "Page 1").
    await expect(kari.page.getByTestId('read-only-badge')).toBeHidden()
    await expect.poll(async () => (await kari.board.cardProps('step-card')).length).toBeGreaterThan(5)
    await expect.poll(() => kari.page.evaluate(() => window.__sammenEditor!.getCurrentPage().name)).toBe('Reise')
    await expect(kari.page).toHaveTitle(/^Bygge hus/)
    const boardId = new URL(kari.page.url()).pathname.split('/')[2]!

    // The board's role links come from its share dialog.
    const invites = new InviteDialog(kari.page)
    await invites.open()
    const panelLink = await invites.createLink('panel')
    const viewerLink = await invites.createLink('viewer', 'day')
    expect(panelLink).toContain(`/b/${boardId}#token=`)
    await invites.close()

    // A citizen on the user panel comments on a step.
    const petra = await newPerson('Petra', '#15803d', { agencyId: null })
    const requests: string[] = []
    petra.page.on('websocket', (socket) => requests.push(socket.url()))
    await petra.page.goto(e2ePath(panelLink))
    const panel = new PanelPage(petra.page)
    await panel.waitUntilReady()
    const firstStep = (await kari.board.cardProps('step-card')).map((card) => card.text as string).find((text) => text.length > 0)!
    await panel.send(await panel.writeComment(firstStep, 'Dårlig', 'Jeg skjønte ikke hvem jeg skulle spørre'))
    await expect(panel.ownAnnotations('Jeg skjønte ikke hvem jeg skulle spørre')).toBeVisible()
    await kari.page.getByTestId('annotation-layer-toggle').click()
    await expect(kari.page.getByTestId('annotation-panel')).toContainText('Jeg skjønte ikke hvem jeg skulle spørre')

    // A viewer reads the board but cannot change it.
    const vera = await newPerson('Vera', '#c2410c', { agencyId: 'kommunen' })
    await vera.page.goto(e2ePath(viewerLink))
    await vera.board.waitUntilReady()
    await expect(vera.page.getByTestId('read-only-badge')).toBeVisible()

    // The facilitator revokes the panel links: Petra is told, and her browser stops knocking on the door.
    await invites.open()
    await invites.revoke('panel')
    await expect(petra.page.getByTestId('panel-refused')).toBeVisible()
    const knocksAfterRefusal = requests.length
    await petra.page.waitForTimeout(6_000)
    expect(requests.length - knocksAfterRefusal).toBeLessThanOrEqual(1)
    expect(await seriousViolations(petra.page)).toEqual([])
    await petra.page.screenshot({ path: '/tmp/secured-panel-refused.png', fullPage: true })
  })

  test('only the facilitator runs the workshop; counts show live only when the facilitator chooses so', async ({ server, newPerson }) => {
    const boardId = `workshop-${randomBytes(6).toString('hex')}`
    const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    await kari.page.goto(e2ePath(await server.inviteLink(boardId, 'facilitator')))
    await kari.board.waitUntilReady()
    await kari.board.expectSynced()
    await addPainPoints(kari.page, [
      { id: 'skjema', text: 'Samme skjema to ganger', x: 200, y: 260, owner: 'nav' },
      { id: 'venter', text: 'Venter uten svar', x: 520, y: 260, owner: 'kommunen' },
    ])

    const editorLink = e2ePath(await server.inviteLink(boardId, 'editor'))
    // An editor has no facilitation panel, and a hand-made attempt to start the countdown is refused by the server.
    const mallory = await newPerson('Mallory', '#7c3aed', { agencyId: 'kommunen' })
    await mallory.page.goto(editorLink)
    await mallory.board.waitUntilReady()
    await mallory.board.expectSynced()
    await expect(mallory.page.getByTestId('open-facilitation')).toHaveCount(0)
    const closeCode = await mallory.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const room = window.__sammenRoom as unknown as { doc: { getMap(name: string): { set(key: string, value: unknown): void } }; subscribeStatus(listener: (status: { refusal: { code: number } | null }) => void): () => void }
          room.subscribeStatus((status) => status.refusal && resolve(status.refusal.code))
          room.doc.getMap('facilitation').set('timer', { status: 'running', durationMs: 60_000, remainingMs: 60_000, writtenAt: Date.now() })
        }),
    )
    expect(closeCode).toBe(4403)
    await expect(kari.page.getByTestId('timer-chip')).toHaveCount(0)
    // Mallory's browser holds a change the server will never take: the banner says so and fetches the board anew.
    await expect(mallory.page.getByTestId('access-refusal')).toHaveAttribute('data-refusal', 'forbidden')
    await mallory.page.screenshot({ path: '/tmp/secured-forbidden.png' })
    await mallory.page.getByRole('button', { name: 'Hent tavla på nytt' }).click()
    await mallory.board.waitUntilReady()
    await mallory.board.expectSynced()
    await expect(mallory.page.getByTestId('access-refusal')).toHaveCount(0)
    await expect(mallory.board.painPointCards).toHaveCount(2)

    const ola = await newPerson('Ola Redaktør', '#15803d', { agencyId: 'kommunen' })
    await ola.page.goto(editorLink)
    await ola.board.waitUntilReady()
    await expect(ola.board.painPointCards).toHaveCount(2)

    // The facilitator shows counts while people vote: everyone sees how many, never who.
    const kariF = new FacilitationPanel(kari.page)
    await kariF.open()
    await kariF.panel.getByTestId('vote-show-counts').check()
    await kariF.startVoting(3)
    const olaF = new FacilitationPanel(ola.page)
    await expect(olaF.dotsLeft).toContainText('3 av 3 prikker igjen')
    await selectCard(ola.page, 'Samme skjema to ganger')
    await olaF.giveDot()
    await expect(olaF.dotsLeft).toContainText('2 av 3 prikker igjen')
    await expect(kari.page.getByTestId('voting-live-counts')).toHaveText('1 prikk gitt av 1 person så langt.')
    await expect(kari.page.getByTestId('card-dots')).toHaveCount(0)
    await kari.page.screenshot({ path: '/tmp/secured-live-counts.png' })
  })
})

test('open mode says so on every board, and never hides it', async ({ newPerson }) => {
  const ida = await newPerson('Ida', '#1f6fd1')
  await ida.board.goto(`open-${randomBytes(6).toString('hex')}`)
  await ida.board.waitUntilReady()
  const notice = ida.page.getByTestId('open-board-notice')
  await expect(notice).toContainText('Åpen tavle')
  await expect(notice).toContainText('alle som bruker denne maskinen, kan endre tavla')
  await ida.page.screenshot({ path: '/tmp/open-board-notice.png' })
})
