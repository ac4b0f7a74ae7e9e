import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The new board flow (`/ny`): life event, the person's situation, agencies, "Lag tavla".
 * It is reached from the start page, as people do (the server only answers `/` and `/b/<id>` on a fresh load).
 */
export class NewBoardPage {
  readonly heading: Locator
  readonly situation: Locator
  readonly agencySearch: Locator
  readonly selectedCount: Locator
  readonly createButton: Locator
  /** "Hopp til «Lag tavla»" after the life events, shown when it has focus. */
  readonly skipToCreate: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Ny tavle' })
    this.situation = page.getByRole('textbox', { name: 'Situasjonen, med personens egne ord' })
    this.agencySearch = page.getByRole('searchbox', { name: 'Søk etter etat' })
    this.selectedCount = page.getByTestId('selected-agency-count')
    this.createButton = page.getByTestId('create-board')
    this.skipToCreate = page.getByTestId('skip-to-create')
  }

  /** Start page (with `?e2e`, so the board that follows exposes its editor), then "Ny tavle". */
  async open(): Promise<void> {
    await this.page.goto('/?e2e')
    await this.page.getByTestId('new-board').click()
    await expect(this.heading).toBeVisible()
  }

  template(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true })
  }

  agency(name: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}( |$)`) })
  }

  /** Tab into the life events, then arrow keys (Space when the first one is the one) until `name` is chosen. */
  async chooseTemplateWithKeyboard(name: string): Promise<void> {
    const keyboard = this.page.keyboard
    for (let presses = 0; presses < 20 && !(await this.focusedIsTemplate()); presses++) await keyboard.press('Tab')
    expect(await this.focusedIsTemplate(), 'Tab reaches the life events').toBe(true)
    const target = this.template(name)
    if (await target.evaluate((input) => input === document.activeElement)) await keyboard.press('Space')
    for (let presses = 0; presses < 12 && !(await target.isChecked()); presses++) await keyboard.press('ArrowDown')
    await expect(target).toBeChecked()
    await expect(target).toBeFocused()
  }

  /** Space on a focused checkbox, as a keyboard user would. */
  async toggleAgencyWithKeyboard(name: string): Promise<void> {
    await this.agency(name).focus()
    await this.page.keyboard.press('Space')
  }

  async searchAndAddAgency(query: string, name: string): Promise<void> {
    await this.agencySearch.fill(query)
    await this.agency(name).check()
    await this.agencySearch.fill('')
  }

  /** Tab from the current element to "Lag tavla" and press Enter. */
  async createWithKeyboard(): Promise<void> {
    for (let presses = 0; presses < 80; presses++) {
      if (await this.createButton.evaluate((button) => button === document.activeElement)) break
      await this.page.keyboard.press('Tab')
    }
    await expect(this.createButton).toBeFocused()
    await this.page.keyboard.press('Enter')
  }

  private focusedIsTemplate(): Promise<boolean> {
    return this.page.evaluate(() => {
      const active = document.activeElement
      return active instanceof HTMLInputElement && active.name === 'template'
    })
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
