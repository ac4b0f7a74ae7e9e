import { randomBytes } from 'node:crypto'
import { FacilitationPanel } from '../pages/FacilitationPanel'
import { e2ePath } from '../pages/InviteDialog'
import { expect, test } from '../support/fixtures'

/*
 * Workshop state ends with the workshop (issue 11, point 8): follow me, a running countdown and an open vote round
 * are ended by the server once no facilitator has been connected for WORKSHOP_IDLE_SECONDS. Secured mode, because in
 * open mode everyone is a facilitator: here the facilitator leaves and an editor stays and comes back.
 */
const IDLE_SECONDS = 5

test.describe('workshop state after the last facilitator leaves', () => {
  test.use({ serverOptions: { tokenSecret: randomBytes(48).toString('base64'), workshopIdleSeconds: IDLE_SECONDS } })

  test('follow me, the countdown and the vote round end by themselves; a short absence ends nothing', async ({ server, newPerson }) => {
    const board = 'workshop-ends-board'
    const facilitatorLink = e2ePath(await server.inviteLink(board, 'facilitator'))
    const editorLink = e2ePath(await server.inviteLink(board, 'editor'))

    const kari = await newPerson('Kari Fasilitator', '#c2410c')
    const ola = await newPerson('Ola Deltaker', '#1f6fd1')
    await kari.page.goto(facilitatorLink)
    await kari.board.waitUntilReady()
    await ola.page.goto(editorLink)
    await ola.board.waitUntilReady()

    const kariTools = new FacilitationPanel(kari.page)
    const olaTools = new FacilitationPanel(ola.page)
    await kariTools.startFollowMe()
    await kariTools.startTimer(5)
    await kariTools.startVoting(3)
    await expect(olaTools.followStrip).toBeVisible()
    await expect(olaTools.timerChip).toBeVisible()
    await expect(olaTools.votingBar).toBeVisible()

    // A reload (or a dropped connection) is not the end of the workshop.
    await kari.page.reload()
    await kari.board.waitUntilReady()
    await kari.page.waitForTimeout(IDLE_SECONDS * 1000 + 1500)
    await expect(olaTools.timerChip).toBeVisible()
    await expect(olaTools.votingBar).toBeVisible()
    await expect(olaTools.followStrip).toBeVisible()

    // The facilitator goes home; the participant goes too, and comes back after the set time.
    await kari.context.close()
    await ola.page.close()
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000 + 2000))
    const back = await ola.context.newPage()
    await back.goto(editorLink)
    const backTools = new FacilitationPanel(back)
    await expect(back.getByTestId('board-canvas')).toBeVisible()
    await expect.poll(() => back.evaluate(() => window.__sammenRoom?.getStatus().phase)).toBe('online')
    await expect(backTools.followStrip).toBeHidden()
    await expect(backTools.timerChip).toBeHidden()
    await expect(backTools.votingBar).toBeHidden()
    await back.screenshot({ path: '/tmp/workshop-ended.png' })
    expect(server.log).toContain('workshop state ended')
  })

  test('a participant who stays sees the state end while the facilitator is away', async ({ server, newPerson }) => {
    const board = 'workshop-ends-stay'
    const kari = await newPerson('Kari Fasilitator', '#c2410c')
    const ola = await newPerson('Ola Deltaker', '#1f6fd1')
    await kari.page.goto(e2ePath(await server.inviteLink(board, 'facilitator')))
    await kari.board.waitUntilReady()
    await ola.page.goto(e2ePath(await server.inviteLink(board, 'editor')))
    await ola.board.waitUntilReady()

    const kariTools = new FacilitationPanel(kari.page)
    const olaTools = new FacilitationPanel(ola.page)
    await kariTools.startTimer(10)
    await kariTools.startVoting(3)
    await expect(olaTools.timerChip).toBeVisible()
    await expect(olaTools.votingBar).toBeVisible()

    await kari.context.close()
    await expect(olaTools.timerChip).toBeHidden({ timeout: (IDLE_SECONDS + 10) * 1000 })
    await expect(olaTools.votingBar).toBeHidden()
  })
})
