import { e2ePath, InviteDialog } from '../pages/InviteDialog'
import { PanelPage } from '../pages/PanelPage'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/*
 * Open mode has no roles, but a workshop still has a user panel and people who only look (issue 11, point 9): the
 * share dialog gives a user-panel link and a read-only link next to the plain one, and says that nothing enforces
 * them.
 */
test('open mode: the share dialog gives the user panel and read-only links, labelled as not enforced', async ({ newPerson }) => {
  const kari = await newPerson('Kari Fasilitator', '#1f6fd1', { agencyId: 'nav' })
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await kari.board.expectSynced()
  await expect.poll(async () => (await kari.board.cardProps('step-card')).length).toBeGreaterThan(5)

  const invites = new InviteDialog(kari.page)
  await invites.open()
  const boardUrl = await invites.openModeLink('edit')
  const panelLink = await invites.openModeLink('panel')
  const viewerLink = await invites.openModeLink('viewer')
  expect(panelLink).toBe(`${boardUrl}#view=panel`)
  expect(viewerLink).toBe(`${boardUrl}#view=viewer`)
  await expect(invites.dialog.getByTestId('open-links-not-enforced')).toContainText('Ikke sikret')
  expect(await seriousViolations(kari.page, ['[data-testid="invite-dialog"]'])).toEqual([])
  await invites.dialog.screenshot({ path: '/tmp/open-mode-share.png' })
  await invites.close()

  // A citizen on the user panel gets the panel's plain page and comments on a step.
  const petra = await newPerson('Petra', '#15803d', { agencyId: null })
  await petra.page.goto(e2ePath(panelLink))
  const panel = new PanelPage(petra.page)
  await panel.waitUntilReady()
  expect(petra.page.url()).not.toContain('view=')
  const firstStep = (await kari.board.cardProps('step-card')).map((card) => card.text as string).find((text) => text.length > 0)!
  await panel.send(await panel.writeComment(firstStep, 'Dårlig', 'Jeg visste ikke hvor jeg skulle begynne'))
  await expect(panel.ownAnnotations('Jeg visste ikke hvor jeg skulle begynne')).toBeVisible()
  await kari.page.getByTestId('annotation-layer-toggle').click()
  await expect(kari.page.getByTestId('annotation-panel')).toContainText('Jeg visste ikke hvor jeg skulle begynne')
  // A reload keeps the panel's page.
  await petra.page.reload()
  await panel.waitUntilReady()

  // Someone who only looks gets the board read-only, also after a reload.
  const vera = await newPerson('Vera', '#c2410c', { agencyId: 'kommunen' })
  await vera.page.goto(e2ePath(viewerLink))
  await vera.board.waitUntilReady()
  await expect(vera.page.getByTestId('read-only-badge')).toBeVisible()
  await expect(vera.page.getByTestId('open-invites')).toHaveCount(0)
  await vera.page.reload()
  await vera.board.waitUntilReady()
  await expect(vera.page.getByTestId('read-only-badge')).toBeVisible()
  await vera.page.screenshot({ path: '/tmp/open-mode-viewer.png' })
})
