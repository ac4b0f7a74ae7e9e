import type { Page } from '@playwright/test'
import { FacilitationPanel } from '../pages/FacilitationPanel'
import { seriousViolations } from '../support/axe'
import { addPainPoints, selectCard } from '../support/workshopCards'
import { expect, test, type Person } from '../support/fixtures'

/** The agency a person takes part for, as the app stores it (apps/web/src/state): set before the board loads. */
async function takePartFor(person: Person, agencyId: string): Promise<void> {
  await person.context.addInitScript((agencyId) => {
    const stored = JSON.parse(localStorage.getItem('sammen.app') ?? 'null') as { state?: { person?: Record<string, unknown> } } | null
    if (stored?.state?.person && stored.state.person.agencyId !== agencyId) {
      stored.state.person.agencyId = agencyId
      localStorage.setItem('sammen.app', JSON.stringify(stored))
    }
  }, agencyId)
}

/** The few editor and room members this spec reads beyond e2e/support/window.d.ts. */
interface FacilitationHooks {
  editor: { getViewportPageBounds(): { center: { x: number; y: number } }; getInstanceState(): { followingUserId: string | null } }
  room: { doc: { getMap(name: string): { set(key: string, value: unknown): void } } }
}

/** The centre of what a person sees, in page coordinates. */
function viewportCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const bounds = (window.__sammenEditor as unknown as FacilitationHooks['editor']).getViewportPageBounds()
    return { x: Math.round(bounds.center.x), y: Math.round(bounds.center.y) }
  })
}

/** How far one person's view centre is from another's, in page units. */
async function distance(page: Page, to: { x: number; y: number }): Promise<number> {
  const centre = await viewportCentre(page)
  return Math.round(Math.hypot(centre.x - to.x, centre.y - to.y))
}

/** Pans the board like a person with a trackpad (scroll over the canvas) and waits until the view stands still. */
async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const before = await viewportCentre(page)
  await page.mouse.move(640, 500)
  for (let step = 0; step < 4; step++) await page.mouse.wheel(dx / 4, dy / 4)
  await expect.poll(() => distance(page, before)).toBeGreaterThan(100)
  let last = await viewportCentre(page)
  await expect
    .poll(async () => {
      const now = await viewportCentre(page)
      const still = now.x === last.x && now.y === last.y
      last = now
      return still
    })
    .toBe(true)
}

test('follow me moves everyone\'s viewport until they move themselves; the countdown is the same for all', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  const board = 'facilitation-follow'
  await kari.board.goto(board)
  await ola.board.goto(board)
  await kari.board.expectSynced()
  const kariF = new FacilitationPanel(kari.page)
  const olaF = new FacilitationPanel(ola.page)

  await kariF.startFollowMe()
  await expect(kariF.followStrip).toContainText('Alle følger deg')
  await expect(olaF.followStrip).toContainText('Du følger Kari Nordmann')

  await pan(kari.page, 900, 600)
  const kariView = await viewportCentre(kari.page)
  expect(kariView).not.toEqual({ x: 640, y: 400 })
  await expect.poll(() => distance(ola.page, kariView), { timeout: 10_000 }).toBeLessThan(12)

  // Per joins after follow me started: he follows too.
  const per = await newPerson('Per Berg', '#15803d')
  await per.board.goto(board)
  const perF = new FacilitationPanel(per.page)
  await expect(perF.followStrip).toContainText('Du følger Kari Nordmann')
  await expect.poll(() => distance(per.page, kariView), { timeout: 10_000 }).toBeLessThan(12)

  // Ola moves the board himself: he stops following and is told so; Kari moving on no longer moves him.
  await pan(ola.page, -300, 0)
  await expect(olaF.followStrip).toContainText('Du følger ikke lenger Kari Nordmann')
  const olaOwn = await viewportCentre(ola.page)
  await pan(kari.page, 0, 800)
  const kariLater = await viewportCentre(kari.page)
  await expect.poll(() => distance(per.page, kariLater), { timeout: 10_000 }).toBeLessThan(12)
  expect(await distance(ola.page, olaOwn)).toBeLessThan(2)
  await ola.page.screenshot({ path: '/tmp/facilitation-left.png' })

  await olaF.followStrip.getByRole('button', { name: 'Følg igjen' }).click()
  await expect.poll(() => distance(ola.page, kariLater), { timeout: 10_000 }).toBeLessThan(12)
  await expect(olaF.followStrip).toContainText('Du følger Kari Nordmann')

  await kariF.stopFollowMe()
  await expect(olaF.followStrip).toBeHidden()
  await expect(perF.followStrip).toBeHidden()
  expect(await ola.page.evaluate(() => (window.__sammenEditor as unknown as FacilitationHooks['editor']).getInstanceState().followingUserId)).toBeNull()

  // The countdown: started by Kari, the same time for all three, paused at the same second.
  await kariF.startTimer(5)
  for (const f of [kariF, olaF, perF]) {
    await expect(f.timerChip).toBeVisible()
    expect(await f.timerSeconds()).toBeGreaterThan(290)
  }
  await expect(olaF.announcement).toHaveText('Nedtelling startet: 5 minutter.')
  await (await kariF.timerButton('Pause')).click()
  await expect(olaF.timerChip).toContainText('på pause')
  const paused = await kariF.timerSeconds()
  expect(await olaF.timerSeconds()).toBe(paused)
  expect(await perF.timerSeconds()).toBe(paused)
  await (await kariF.timerButton('+1 minutt')).click()
  await expect.poll(() => olaF.timerSeconds()).toBe(paused + 60)
  await (await kariF.timerButton('Fortsett')).click()
  await expect(olaF.timerChip).not.toContainText('på pause')
  expect(await seriousViolations(kari.page, ['[data-testid="facilitator-panel"]', '[data-testid="timer-chip"]'])).toEqual([])
  await kari.page.screenshot({ path: '/tmp/facilitation-panel.png' })
  await (await kariF.timerButton('Stopp')).click()
  await expect(olaF.timerChip).toBeHidden()

  // Reaching zero (a 2-second timer written like the panel writes one, so the test does not wait minutes).
  await kari.page.evaluate(() =>
    (window.__sammenRoom as unknown as FacilitationHooks['room']).doc.getMap('facilitation').set('timer', { status: 'running', durationMs: 2000, remainingMs: 2000, writtenAt: Date.now() }),
  )
  for (const f of [olaF, perF]) await expect(f.timerChip).toContainText('Tiden er ute', { timeout: 8_000 })
  await expect(olaF.timerChip).toHaveAttribute('data-state', 'done')
  await expect(perF.announcement).toHaveText('Tiden er ute.')
  await per.page.screenshot({ path: '/tmp/facilitation-time-up.png' })
})

test('dot voting hides others\' dots until the reveal; a comment mentioning an agency reaches its people', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  const per = await newPerson('Per Berg', '#15803d')
  await takePartFor(kari, 'nav-kontoret')
  await takePartFor(ola, 'nav')
  await takePartFor(per, 'kommunen')
  const board = 'facilitation-voting'
  for (const person of [kari, ola, per]) await person.board.goto(board)
  await kari.board.expectSynced()
  await addPainPoints(kari.page, [
    { id: 'skjema', text: 'Samme skjema to ganger', x: 120, y: 260, owner: 'nav' },
    { id: 'venter', text: 'Venter uten svar', x: 420, y: 260, owner: 'kommunen' },
    { id: 'brev', text: 'Brevet er uforståelig', x: 720, y: 260, owner: 'skatteetaten' },
  ])
  for (const person of [ola, per]) await expect(person.board.painPointCards).toHaveCount(3)
  const kariF = new FacilitationPanel(kari.page)
  const olaF = new FacilitationPanel(ola.page)
  const perF = new FacilitationPanel(per.page)

  await kariF.startVoting(3)
  await expect(olaF.dotsLeft).toContainText('3 av 3 prikker igjen')
  await expect(perF.announcement).toHaveText('Stemmerunde startet. Du har 3 prikker.')

  // Ola: two dots on "Samme skjema", one with the keyboard shortcut on "Venter"; then his budget is used up.
  await selectCard(ola.page, 'Samme skjema')
  await olaF.giveDot()
  await olaF.giveDot()
  await selectCard(ola.page, 'Venter uten svar')
  await ola.page.keyboard.press('Alt+Shift+D')
  await expect(olaF.dotsLeft).toContainText('0 av 3 prikker igjen')
  await selectCard(ola.page, 'Brevet er uforståelig')
  await ola.page.keyboard.press('Alt+Shift+D')
  await expect(olaF.votingBar).toContainText('Du har brukt alle prikkene dine')
  // Taking one back frees it.
  await selectCard(ola.page, 'Venter uten svar')
  await olaF.takeBackDot()
  await expect(olaF.dotsLeft).toContainText('1 av 3 prikker igjen')

  // Per votes at the same time.
  await selectCard(per.page, 'Samme skjema')
  await perF.giveDot()
  await selectCard(per.page, 'Brevet er uforståelig')
  await perF.giveDot()

  // Hidden: each sees only their own dots on the cards; unless the facilitator chose to show counts, nobody sees
  // how many were given. The dots are on the server, not in the shared document: not even devtools show them.
  await expect(ola.page.getByTestId('card-dots')).toHaveCount(1)
  await expect(ola.page.getByTestId('card-dots')).toHaveText('● 2')
  await expect(per.page.getByTestId('card-dots')).toHaveCount(2)
  await expect(kari.page.getByTestId('card-dots')).toHaveCount(0)
  await expect(kari.page.getByTestId('voting-progress')).toHaveText('Hvor mange prikker som er gitt, er skjult for alle til du viser resultatet.')
  const sharedVoteData = await per.page.evaluate(() => {
    const doc = (window.__sammenRoom as unknown as { doc: { share: Map<string, unknown>; getMap(name: string): { toJSON(): Record<string, unknown> } } }).doc
    return { votes: doc.share.has('votes') ? Object.keys(doc.getMap('votes').toJSON()).length : 0, facilitation: Object.keys(doc.getMap('facilitation').toJSON()) }
  })
  expect(sharedVoteData).toEqual({ votes: 0, facilitation: ['voting'] })
  expect(await seriousViolations(ola.page, ['[data-testid="voting-bar"]'])).toEqual([])
  await ola.page.screenshot({ path: '/tmp/facilitation-voting.png' })

  await kariF.reveal()
  await expect(olaF.announcement).toHaveText('Resultatet av stemmingen vises nå.')
  for (const f of [kariF, olaF, perF]) {
    await expect(f.votingResults.first()).toBeVisible()
    expect(await f.results(f.page.getByTestId('voting-bar').getByTestId('voting-results'))).toEqual([
      'Samme skjema to ganger: 3 prikker',
      'Brevet er uforståelig: 1 prikk',
    ])
  }
  // Badges in card id order: "brev", "skjema".
  await expect(ola.page.getByTestId('card-dots')).toHaveText(['● 1', '● 3'])
  await ola.page.screenshot({ path: '/tmp/facilitation-revealed.png' })

  // Ola comments on "Venter uten svar" and mentions the municipality with @ and the keyboard.
  await selectCard(ola.page, 'Venter uten svar')
  await olaF.openComments()
  // A phone number is flagged before anything is shared; "Endre" goes back to the text.
  await olaF.writeComment('', 'Kommu', 'ring meg på 912 34 567')
  const notice = olaF.commentsPanel.getByTestId('personal-data-notice')
  await expect(notice).toContainText('Dette ser ut som et telefonnummer')
  await expect(notice).toBeFocused()
  await ola.page.screenshot({ path: '/tmp/facilitation-comment-personal-data.png' })
  await expect(olaF.commentsPanel.getByTestId('comment')).toHaveCount(0)
  await notice.getByRole('button', { name: 'Endre' }).click()
  const input = olaF.commentsPanel.getByTestId('comment-input')
  await expect(input).toBeFocused()
  await input.fill('')
  await olaF.writeComment('', 'Kommu', 'kan dere svare raskere?')
  await expect(olaF.commentsPanel.getByTestId('comment')).toContainText('@Kommunen kan dere svare raskere?')
  expect(await seriousViolations(ola.page, ['[data-testid="comments-panel"]'])).toEqual([])
  await ola.page.screenshot({ path: '/tmp/facilitation-comments.png' })

  // Per (Kommunen) gets the badge; Kari (NAV-kontoret) does not.
  await expect(perF.mentionBadge).toHaveAccessibleName('Nevnt: 1 – Kommunen er nevnt i 1 kommentar')
  await expect(kariF.mentionBadge).toBeHidden()
  await perF.mentionBadge.click()
  await expect(perF.commentsPanel.getByTestId('mention-list')).toContainText('kan dere svare raskere?')
  await perF.commentsPanel.getByRole('button', { name: 'Gå til kortet' }).click()
  await expect
    .poll(() => per.page.evaluate(() => window.__sammenEditor!.getSelectedShapeIds()))
    .toEqual(['shape:venter'])
  await expect(perF.commentsPanel.getByTestId('comment-thread')).toContainText('@Kommunen kan dere svare raskere?')
  expect(await seriousViolations(per.page, ['[data-testid="comments-panel"]'])).toEqual([])
  await per.page.screenshot({ path: '/tmp/facilitation-mention.png' })

  await perF.commentsPanel.getByRole('button', { name: 'Marker som løst' }).click()
  await expect(perF.mentionBadge).toBeHidden()
  await expect(olaF.commentsPanel).toContainText('Løst av Per Berg')
})
