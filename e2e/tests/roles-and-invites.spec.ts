import { randomBytes } from 'node:crypto'
import { e2ePath, InviteDialog } from '../pages/InviteDialog'
import { PersonDialog } from '../pages/PersonDialog'
import { seriousViolations } from '../support/axe'
import { expect, test, type Person } from '../support/fixtures'

const boardId = () => `roller-${randomBytes(6).toString('hex')}`

test.describe('secured server', () => {
  test.use({ serverOptions: { tokenSecret: randomBytes(48).toString('base64') } })

  test('the facilitator invites an editor and a viewer, sees who is here, and cuts the editor off', async ({ server, newPerson }) => {
    const id = boardId()
    const frida = await newPerson('Frida Fasilitator', '#1f6fd1', { agencyId: 'nav' })
    await frida.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await frida.page.goto(e2ePath(await server.inviteLink(id, 'facilitator')))
    await frida.board.waitUntilReady()
    // The token left the address bar (and so the history) at once.
    expect(frida.page.url()).not.toContain('token=')
    await frida.board.expectSynced()
    await frida.board.drawRectangle(300, 300, 120, 80)
    await expect.poll(async () => (await frida.board.shapes()).length).toBe(1)

    const invites = new InviteDialog(frida.page)
    await invites.open()
    const editorLink = await invites.createLink('editor')
    const viewerLink = await invites.createLink('viewer', 'day')
    expect(editorLink).toContain(`/b/${id}#token=`)
    expect(await seriousViolations(frida.page, ['[data-testid="invite-dialog"]'])).toEqual([])
    await frida.page.screenshot({ path: '/tmp/h6-invite-dialog.png' })
    await invites.close()
    await expect(invites.openButton).toBeFocused()

    // The editor has never used Sammen: the app asks who they are before showing them to others.
    const eli = await newPerson('Eli', '#c2410c', { agencyId: 'ask' })
    await eli.page.goto(e2ePath(editorLink))
    const eliDialog = new PersonDialog(eli.page)
    await expect(eliDialog.dialog).toBeVisible()
    expect(await seriousViolations(eli.page, ['[data-testid="person-dialog"]'])).toEqual([])
    await eli.page.screenshot({ path: '/tmp/h6-person-dialog.png' })
    await eliDialog.answer('Eli Redaktør', 'Skatteetaten')
    await eli.board.waitUntilReady()
    expect(eli.page.url()).not.toContain('token=')
    await eli.board.expectSynced()
    await expect(eli.page.getByTestId('read-only-badge')).toBeHidden()
    await expect(eli.page.getByTestId('open-invites')).toBeHidden()
    await eli.board.drawRectangle(600, 300, 120, 80)
    await expect.poll(async () => (await frida.board.shapes()).length).toBe(2)

    // Frida sees Eli's cursor labelled with name and agency and Eli under Skatteetaten in the people list.
    await eli.board.moveCursor(700, 500)
    await expect(frida.board.remoteCursors.filter({ hasText: 'Eli Redaktør' }).filter({ hasText: 'Skatteetaten' })).toBeVisible()
    await frida.page.getByTestId('people-toggle').click()
    const skatteetaten = frida.page.getByTestId('people-group').filter({ hasText: 'Skatteetaten' })
    await expect(skatteetaten).toContainText('Eli Redaktør')
    await expect(frida.page.getByTestId('people-group').filter({ hasText: 'NAV' })).toContainText('Frida Fasilitator (deg)')
    await frida.page.screenshot({ path: '/tmp/h6-people-list.png' })
    expect(await seriousViolations(frida.page, ['[data-testid="people-list"]'])).toEqual([])
    // Name and agency can be changed later from the list; the others' view follows.
    await frida.page.getByTestId('change-me').click()
    await new PersonDialog(frida.page).answer('Frida F.', 'Kommunen')
    await expect(frida.page.getByTestId('people-group').filter({ hasText: 'Kommunen' })).toContainText('Frida F. (deg)')
    await frida.page.getByTestId('people-list').press('Escape')
    await expect(frida.page.getByTestId('people-list')).toBeHidden()
    await expect(frida.page.getByTestId('people-toggle')).toBeFocused()
    await frida.board.moveCursor(500, 600)
    await expect(eli.board.remoteCursors.filter({ hasText: 'Frida F.' }).filter({ hasText: 'Kommunen' })).toBeVisible()

    // A user panel member with the viewer link sees the board, read-only.
    const siri = await newPerson('Siri', '#15803d', { agencyId: null })
    await siri.page.goto(e2ePath(viewerLink))
    await siri.board.waitUntilReady()
    await expect(siri.page.getByTestId('read-only-badge')).toBeVisible()
    await expect.poll(async () => (await siri.board.shapes()).length).toBe(2)
    await siri.board.drawRectangle(400, 550, 100, 60)
    await siri.page.screenshot({ path: '/tmp/h6-viewer.png' })
    expect((await siri.board.shapes()).length).toBe(2)
    await expectStillConnected(siri)
    expect((await frida.board.shapes()).length).toBe(2)

    // Revoking the editor links cuts Eli off, with a banner that says what happened and what to do.
    await invites.open()
    expect(await invites.revoke('editor')).toContain('De som brukte dem, er koblet fra')
    const banner = eli.page.getByTestId('access-refusal')
    await expect(banner).toHaveAttribute('data-refusal', 'revoked')
    await expect(banner).toContainText('Be fasilitatoren om en ny lenke')
    await eli.page.screenshot({ path: '/tmp/h6-revoked.png' })
    expect(await seriousViolations(eli.page, ['[data-testid="access-refusal"]'])).toEqual([])
    // Nothing can be changed any more: it would never reach the others.
    await expect(eli.page.getByTestId('read-only-badge')).toBeVisible()
    // A reload keeps the (now void) token from storage; the server refuses the upgrade, and the app says why.
    await eli.page.reload()
    await expect(eli.page.getByTestId('access-refusal')).toHaveAttribute('data-refusal', 'revoked')
    // The viewer was not affected.
    await expectStillConnected(siri)
  })

  test('a link for another board is refused with a clear explanation', async ({ server, newPerson }) => {
    const ola = await newPerson('Ola', '#1f6fd1')
    const link = await server.inviteLink(boardId(), 'editor')
    const otherBoard = boardId()
    await ola.page.goto(`/b/${otherBoard}?e2e${new URL(link, server.url).hash}`)
    await ola.board.waitUntilReady()
    await expect(ola.page.getByTestId('access-refusal')).toHaveAttribute('data-refusal', 'other-board')
    expect(ola.page.url()).not.toContain('token=')
  })
})

test('open mode: the share dialog says that anyone with the link can edit', async ({ newPerson }) => {
  const kari = await newPerson('Kari', '#1f6fd1')
  await kari.board.goto(boardId())
  const invites = new InviteDialog(kari.page)
  await invites.open()
  await expect(invites.dialog.getByTestId('open-mode-note')).toContainText('Åpen modus: alle med lenken kan redigere')
  expect(await seriousViolations(kari.page, ['[data-testid="invite-dialog"]'])).toEqual([])
  await kari.page.screenshot({ path: '/tmp/h6-open-mode.png' })
  await kari.page.keyboard.press('Escape')
  await expect(invites.dialog).toBeHidden()
})

async function expectStillConnected(person: Person): Promise<void> {
  await expect(person.page.getByTestId('access-refusal')).toBeHidden()
  await person.board.expectPhase('online')
}
