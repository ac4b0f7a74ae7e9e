import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The outline view (`/b/<id>/oversikt`): the board's journey as headings, lists and form fields. Everything here
 * is driven by the keyboard, as a person who does not use the canvas would.
 */
export class OutlinePage {
  readonly view: Locator
  readonly heading: Locator
  readonly phases: Locator
  readonly steps: Locator
  readonly painPoints: Locator
  readonly status: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator
  readonly empty: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('outline')
    this.heading = page.getByRole('heading', { level: 1, name: 'Oversikt' })
    this.phases = page.getByTestId('outline-phase')
    this.steps = page.getByTestId('outline-step')
    this.painPoints = page.getByTestId('outline-pain-point')
    this.status = page.getByTestId('outline-status')
    this.undoButton = page.getByTestId('outline-undo')
    this.redoButton = page.getByTestId('outline-redo')
    this.empty = page.getByTestId('outline-empty')
  }

  async goto(boardId: string): Promise<void> {
    await this.page.goto(`/b/${boardId}/oversikt?e2e`)
    await expect(this.heading).toBeVisible()
  }

  /** From the canvas: the view link in the top bar, focused and followed with Enter. */
  async openFromCanvasWithKeyboard(): Promise<void> {
    await this.page.getByTestId('board-top-bar').getByRole('link', { name: 'Oversikt' }).focus()
    await this.page.keyboard.press('Enter')
    await expect(this.heading).toBeVisible()
    await expect(this.page).toHaveURL(/\/oversikt/)
  }

  step(text: string): Locator {
    return this.steps.filter({ has: this.page.getByRole('heading', { level: 4, name: new RegExp(escapeRegExp(text)) }) })
  }

  stepText(step: Locator): Locator {
    return step.getByRole('textbox', { name: 'Hva personen gjør eller opplever', exact: true })
  }

  stepAgency(step: Locator): Locator {
    return step.getByRole('combobox', { name: 'Etat', exact: true })
  }

  /** Focus the field, select all, type, and Tab away (leaving the field saves it). */
  async replaceTextWithKeyboard(field: Locator, text: string): Promise<void> {
    await field.focus()
    await this.page.keyboard.press('ControlOrMeta+a')
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Tab')
  }

  /** Type-to-find on a focused (closed) select, as keyboard users choose from long lists. */
  async chooseWithKeyboard(select: Locator, typed: string): Promise<void> {
    await select.focus()
    await this.page.keyboard.type(typed)
  }

  /**
   * "Legg til problem" under a step, all by keyboard: Enter on the button, type the text, try to save without an
   * owner (the form says so and takes focus to the owner), choose the owner by typing, raise the severity with the
   * arrow keys, and Enter on "Legg til problem".
   */
  async addPainPointWithKeyboard(step: Locator, { text, owner, severityUps }: { text: string; owner: string; severityUps: number }): Promise<void> {
    const keyboard = this.page.keyboard
    await step.getByRole('button', { name: /^Legg til problem/ }).focus()
    await keyboard.press('Enter')
    const form = step.getByTestId('add-pain-point-form')
    const textField = form.getByRole('textbox', { name: 'Hva går galt for personen?' })
    await expect(textField).toBeFocused()
    await keyboard.type(text)
    await keyboard.press('Enter')
    const ownerSelect = form.getByRole('combobox', { name: 'Eier' })
    await expect(ownerSelect).toBeFocused()
    await expect(form.getByText('Velg etaten som eier problemet.')).toBeVisible()
    await keyboard.type(owner)
    await keyboard.press('Tab')
    for (let step = 0; step < severityUps; step++) await keyboard.press('ArrowDown')
    await keyboard.press('Tab') // category
    await keyboard.press('Tab') // Avbryt
    await keyboard.press('Tab') // Legg til problem
    await expect(form.getByTestId('save-pain-point')).toBeFocused()
    await keyboard.press('Enter')
    await expect(form).toHaveCount(0)
  }

  /** "Legg til steg" in a lane, by keyboard: Enter on the button, type the text, choose the agency by typing, save. */
  async addStepWithKeyboard(lane: Locator, { text, agency }: { text: string; agency: string }): Promise<void> {
    const keyboard = this.page.keyboard
    await lane.getByRole('button', { name: /^Legg til steg/ }).focus()
    await keyboard.press('Enter')
    const form = lane.getByTestId('add-step-form')
    await expect(form.getByRole('textbox', { name: 'Hva personen gjør eller opplever' })).toBeFocused()
    await keyboard.type(text)
    await keyboard.press('Tab') // agency
    await keyboard.type(agency)
    await keyboard.press('Tab') // channel
    await keyboard.press('Tab') // Avbryt
    await keyboard.press('Tab') // Legg til steg
    await expect(form.getByTestId('save-step')).toBeFocused()
    await keyboard.press('Enter')
    await expect(form).toHaveCount(0)
  }

  /** Undo and redo with the keyboard, from wherever focus is (not a text field). */
  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z')
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z')
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
