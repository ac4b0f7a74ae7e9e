import { expect, type Locator, type Page } from '@playwright/test'

type Role = 'facilitator' | 'editor' | 'panel' | 'viewer'
type Expiry = 'day' | 'week' | 'month' | 'year'

/** The "Del / Inviter" dialog from the board's top bar (apps/web/src/invites). */
export class InviteDialog {
  readonly openButton: Locator
  readonly dialog: Locator
  readonly createdLink: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('open-invites')
    this.dialog = page.getByRole('dialog', { name: 'Del tavla' })
    this.createdLink = this.dialog.getByTestId('created-invite')
  }

  async open(): Promise<void> {
    await this.openButton.click()
    await expect(this.dialog).toBeVisible()
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Lukk' }).click()
    await expect(this.dialog).toBeHidden()
  }

  /** Makes a link for a role, copies it (checking the visible confirmation and the clipboard) and returns it. */
  async createLink(role: Role, expiry: Expiry = 'week'): Promise<string> {
    await this.dialog.getByTestId(`invite-role-${role}`).check()
    await this.dialog.getByTestId('invite-expiry').selectOption(expiry)
    await this.dialog.getByTestId('create-invite').click()
    await expect(this.createdLink).toHaveAttribute('data-role', role)
    const url = await this.createdLink.getByTestId('invite-url').inputValue()
    await this.createdLink.getByTestId('copy-invite').click()
    await expect(this.createdLink.getByTestId('copy-status')).toHaveText(/^Lenken er kopiert/)
    // Needs the context's clipboard permissions (see roles-and-invites.spec.ts).
    expect(await this.page.evaluate(() => navigator.clipboard.readText())).toBe(url)
    return url
  }

  /** Open mode: the plain board link, or the user panel's or read-only link, as the dialog shows it. */
  async openModeLink(kind: 'edit' | 'panel' | 'viewer'): Promise<string> {
    return this.dialog.getByTestId(`open-link-${kind}`).getByRole('textbox').inputValue()
  }

  /** Revokes every link of a role, through the confirmation; returns the result the dialog shows. */
  async revoke(role: Role): Promise<string> {
    await this.dialog.getByTestId('revoke-role').selectOption(role)
    await this.dialog.getByTestId('revoke-invites').click()
    const confirm = this.page.getByRole('dialog', { name: /Trekke tilbake alle lenker/ })
    await expect(confirm).toBeVisible()
    await this.page.screenshot({ path: '/tmp/h6-revoke-confirm.png' })
    await confirm.getByRole('button', { name: 'Trekk tilbake' }).click()
    const result = this.dialog.getByTestId('revoke-result')
    await expect(result).not.toBeEmpty()
    return (await result.textContent()) ?? ''
  }
}

/** An invite URL as a path for `page.goto`, with `?e2e` so tests can read the editor. */
export function e2ePath(inviteUrl: string): string {
  const url = new URL(inviteUrl, 'http://localhost')
  url.searchParams.set('e2e', '')
  return `${url.pathname}${url.search}${url.hash}`
}
