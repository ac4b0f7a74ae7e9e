import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The board's stage in the top bar ("Nåværende reise" / "Ønsket reise") and the disclosure it opens: the linked
 * boards, the comparison, and "Lag ønsket reise" on an as-is board.
 */
export class StageMenu {
  readonly badge: Locator
  readonly menu: Locator
  readonly makeButton: Locator
  readonly needsWorkspace: Locator
  readonly toBeLinks: Locator
  readonly asIsLink: Locator
  readonly compareLink: Locator

  constructor(readonly page: Page) {
    this.badge = page.getByTestId('journey-stage')
    this.menu = page.getByTestId('journey-stage-menu')
    this.makeButton = this.menu.getByRole('button', { name: 'Lag ønsket reise' })
    this.needsWorkspace = page.getByTestId('make-to-be-needs-workspace')
    this.toBeLinks = page.getByTestId('stage-to-be')
    this.asIsLink = page.getByTestId('stage-as-is-link')
    this.compareLink = this.menu.getByRole('link', { name: 'Sammenlign med nåværende reise' })
  }

  async open(): Promise<void> {
    if ((await this.badge.getAttribute('aria-expanded')) !== 'true') await this.badge.click()
    await expect(this.menu).toBeVisible()
  }

  /**
   * "Lag ønsket reise" by keyboard: Enter on the badge opens the menu with focus on its first control, the action
   * on a board without to-be boards yet; Enter makes the board and opens it. Returns the new board's id.
   */
  async makeToBeWithKeyboard(): Promise<string> {
    const before = this.page.url()
    await this.badge.focus()
    await this.page.keyboard.press('Enter')
    await expect(this.makeButton).toBeFocused()
    await this.page.keyboard.press('Enter')
    await expect(this.page).not.toHaveURL(before)
    await expect(this.badge).toHaveAttribute('data-stage', 'to-be')
    return new URL(this.page.url()).pathname.split('/')[2]!
  }
}
