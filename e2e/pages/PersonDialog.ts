import { expect, type Locator, type Page } from '@playwright/test'

/** "Hvem er du?": name and agency on the first visit, or changed later from the people list. */
export class PersonDialog {
  readonly dialog: Locator
  readonly name: Locator
  readonly agency: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('person-dialog')
    this.name = this.dialog.getByLabel('Navn', { exact: true })
    this.agency = this.dialog.getByLabel('Jeg er med for')
  }

  /** Types the name (focus starts there), Tabs to the agency, chooses it and joins. `agencyLabel` is the visible option. */
  async answer(name: string, agencyLabel: string): Promise<void> {
    await expect(this.name).toBeFocused()
    await this.page.keyboard.press('ControlOrMeta+a')
    await this.page.keyboard.type(name)
    await this.page.keyboard.press('Tab')
    await expect(this.agency).toBeFocused()
    await this.agency.selectOption({ label: agencyLabel })
    await this.dialog.getByRole('button', { name: /Bli med|Lagre/ }).press('Enter')
    await expect(this.dialog).toBeHidden()
  }
}
