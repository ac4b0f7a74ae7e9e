import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Facilitation on a board (apps/web/src/facilitation): the facilitator's panel (follow me, countdown, dot voting),
 * the countdown chip everyone sees, the follow notice, the voting bar and the comments panel with its mention badge.
 */
export class FacilitationPanel {
  readonly openButton: Locator
  readonly panel: Locator
  readonly timerChip: Locator
  readonly followStrip: Locator
  readonly votingBar: Locator
  readonly dotsLeft: Locator
  readonly votingResults: Locator
  readonly commentsButton: Locator
  readonly commentsPanel: Locator
  readonly mentionBadge: Locator
  readonly announcement: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('open-facilitation')
    this.panel = page.getByTestId('facilitator-panel')
    this.timerChip = page.getByTestId('timer-chip')
    this.followStrip = page.getByTestId('follow-strip')
    this.votingBar = page.getByTestId('voting-bar')
    this.dotsLeft = page.getByTestId('dots-left')
    this.votingResults = page.getByTestId('voting-results')
    this.commentsButton = page.getByTestId('open-comments')
    this.commentsPanel = page.getByTestId('comments-panel')
    this.mentionBadge = page.getByTestId('mention-badge')
    this.announcement = page.getByTestId('facilitation-announcement')
  }

  async open(): Promise<void> {
    if (!(await this.panel.isVisible())) await this.openButton.click()
    await expect(this.panel).toBeVisible()
  }

  async startFollowMe(): Promise<void> {
    await this.open()
    await this.panel.getByRole('button', { name: 'Alle følger meg' }).click()
  }

  async stopFollowMe(): Promise<void> {
    await this.open()
    await this.panel.getByTestId('stop-follow-me').click()
  }

  async startTimer(minutes: number): Promise<void> {
    await this.open()
    await this.panel.getByLabel('Minutter').selectOption(String(minutes))
    await this.panel.getByTestId('timer-start').click()
  }

  async timerButton(name: 'Pause' | 'Fortsett' | '+1 minutt' | 'Stopp'): Promise<Locator> {
    await this.open()
    return this.panel.getByRole('region', { name: 'Nedtelling' }).getByRole('button', { name, exact: true })
  }

  /** Seconds the countdown chip shows ("4:05" → 245). */
  async timerSeconds(): Promise<number> {
    const text = (await this.page.getByTestId('timer-time').textContent()) ?? ''
    const [minutes, seconds] = text.split(':').map(Number)
    return (minutes ?? 0) * 60 + (seconds ?? 0)
  }

  async startVoting(budget: number): Promise<void> {
    await this.open()
    await this.panel.getByLabel('Prikker per person').selectOption(String(budget))
    await this.panel.getByTestId('voting-start').click()
    await expect(this.votingBar).toBeVisible()
  }

  async reveal(): Promise<void> {
    await this.open()
    await this.panel.getByRole('button', { name: 'Vis resultatet' }).click()
  }

  async giveDot(): Promise<void> {
    await this.votingBar.getByRole('button', { name: 'Gi prikk' }).click()
  }

  async takeBackDot(): Promise<void> {
    await this.votingBar.getByRole('button', { name: 'Ta tilbake' }).click()
  }

  /** The ranked result as "label: n prikker" lines, in the order shown. */
  async results(within: Locator = this.votingResults): Promise<string[]> {
    const rows = within.getByTestId('voting-result')
    const count = await rows.count()
    const lines: string[] = []
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index)
      lines.push(`${await row.locator('.voting-results__label').textContent()}: ${await row.getByTestId('voting-result-dots').textContent()}`)
    }
    return lines
  }

  async openComments(): Promise<void> {
    if (!(await this.commentsPanel.isVisible())) await this.commentsButton.click()
    await expect(this.commentsPanel).toBeVisible()
  }

  /** Types a comment with the keyboard; `@query` picks the first suggestion with Enter. */
  async writeComment(before: string, mentionQuery: string, after: string): Promise<void> {
    const input = this.commentsPanel.getByTestId('comment-input')
    await input.click()
    await input.pressSequentially(`${before}@${mentionQuery}`)
    await expect(this.commentsPanel.getByTestId('mention-suggestions')).toBeVisible()
    await input.press('Enter')
    await input.pressSequentially(after)
    await input.press('Enter')
  }
}
