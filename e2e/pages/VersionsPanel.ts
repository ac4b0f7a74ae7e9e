import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The board's "Versjoner" panel: save, list, compare, restore, delete versions and download the board file. */
export class VersionsPanel {
  readonly openButton: Locator
  readonly panel: Locator
  readonly nameInput: Locator
  readonly saveButton: Locator
  readonly items: Locator
  readonly compareView: Locator
  readonly changes: Locator
  readonly toast: Locator
  readonly viewer: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('open-versions')
    this.panel = page.getByRole('dialog', { name: 'Versjoner' })
    this.nameInput = this.panel.getByLabel('Navn på versjonen')
    this.saveButton = this.panel.getByRole('button', { name: 'Lagre versjon' })
    this.items = this.panel.getByTestId('version-item')
    this.compareView = this.panel.getByTestId('version-compare')
    this.changes = this.panel.getByTestId('version-change')
    this.toast = page.getByTestId('board-toast-message')
    this.viewer = page.getByTestId('version-viewer')
  }

  /** Opens the panel with its keyboard shortcut; the name field gets focus. */
  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+KeyV')
    await expect(this.panel).toBeVisible()
    await expect(this.nameInput).toBeFocused()
  }

  async open(): Promise<void> {
    if (await this.panel.isVisible()) return
    await this.openButton.click()
    await expect(this.panel).toBeVisible()
  }

  item(name: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name, exact: true }) })
  }

  async save(name: string): Promise<void> {
    await this.nameInput.fill(name)
    await this.saveButton.click()
    await expect(this.item(name)).toBeVisible()
  }

  async compare(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Sammenlign med nå: «${name}»` }).click()
    await expect(this.compareView).toBeVisible()
  }

  /** Ticks two versions and compares them with each other (older to newer). */
  async compareTwo(first: string, second: string): Promise<void> {
    await this.panel.getByRole('checkbox', { name: `Velg «${first}» for sammenligning` }).check()
    await this.panel.getByRole('checkbox', { name: `Velg «${second}» for sammenligning` }).check()
    await this.panel.getByTestId('compare-selected').click()
    await expect(this.compareView).toBeVisible()
  }

  /** Opens a version read-only in the viewer dialog. */
  async view(name: string): Promise<void> {
    await this.viewButton(name).click()
    await expect(this.page.getByRole('dialog', { name: `Viser «${name}» – skrivebeskyttet` })).toBeVisible()
  }

  viewButton(name: string): Locator {
    return this.panel.getByRole('button', { name: `Vis «${name}» skrivebeskyttet` })
  }

  async backToList(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Tilbake til versjonene' }).click()
  }

  /** Restores a version through its confirm dialog and waits for the toast. */
  async restore(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Gjenopprett «${name}»` }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Gjenopprette versjonen?' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Gjenopprett' }).click()
    await expect(this.toast).toHaveText(`Gjenopprettet «${name}». Angre med Ctrl+Z`)
  }

  async delete(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Slett versjonen «${name}»` }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Slette versjonen?' })
    await dialog.getByRole('button', { name: 'Slett' }).click()
    await expect(this.item(name)).toHaveCount(0)
  }

  async downloadBoardFile(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.panel.getByRole('button', { name: 'Last ned tavla (.sammen)' }).click()
    return download
  }
}
