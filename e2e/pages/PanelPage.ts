import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The user panel's view of a board (`/b/<id>` with a panel invite): steps as plain text, and "Legg til en
 * kommentar" per step. Everything is reached through roles and labels, as a screen-reader user would.
 */
export class PanelPage {
  readonly view: Locator
  readonly status: Locator
  readonly personalDataNotice: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('panel-view')
    this.status = this.view.getByRole('status')
    this.personalDataNotice = page.getByTestId('personal-data-notice')
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.view).toBeVisible()
    await expect(this.view.getByRole('heading', { level: 1, name: 'Hvordan var det for deg?' })).toBeVisible()
  }

  /** The step's list item, found by its text. */
  step(text: string): Locator {
    return this.view.getByTestId('panel-step').filter({ hasText: text })
  }

  stepTexts(): Promise<string[]> {
    return this.view.locator('.panel-step__text').allTextContents()
  }

  /** Opens the form for a step and fills it in (without sending). */
  async writeComment(stepText: string, feeling: 'Veldig dårlig' | 'Dårlig' | 'Både og' | 'Bra' | 'Veldig bra', text: string): Promise<Locator> {
    const step = this.step(stepText)
    await step.getByRole('button', { name: 'Legg til en kommentar' }).click()
    const form = step.getByTestId('panel-annotation-form')
    await form.getByRole('radio', { name: feeling, exact: true }).check()
    await form.getByRole('textbox', { name: 'Hva vil du si om dette?' }).fill(text)
    return form
  }

  async send(form: Locator): Promise<void> {
    await form.getByRole('button', { name: 'Send', exact: true }).click()
  }

  /** This browser's own annotations on a step, as "feeling text status" lines. */
  ownAnnotations(stepText: string): Locator {
    return this.step(stepText).getByTestId('own-annotation')
  }
}
