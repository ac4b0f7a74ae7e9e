import { expect, type Locator, type Page } from '@playwright/test'

/** The summary's numbers as the page states them (its `data-*` mirror the text a person reads). */
export interface ComparisonSummary {
  resolved: number
  remaining: number
  new: number
  removedHandoffs: number
  addedHandoffs: number
  kasteballBefore: number
  kasteballAfter: number
}

/**
 * The as-is → to-be comparison (`/b/<toBeBoardId>/sammenligning`): the summary, the tables per phase and agency, the
 * resolved pain points with what resolves them, the remaining and new ones, the removed and added handoffs.
 */
export class ComparisonPage {
  readonly view: Locator
  readonly summary: Locator
  readonly state: Locator
  readonly resolved: Locator
  readonly remainingRows: Locator
  readonly removedHandoffRows: Locator
  readonly phases: Locator
  readonly agencies: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('comparison')
    this.summary = page.getByTestId('comparison-summary')
    this.state = page.getByTestId('comparison-state')
    this.resolved = page.getByTestId('resolved-pain-point')
    this.remainingRows = page.getByTestId('remaining-pain-points').locator('tbody tr')
    this.removedHandoffRows = page.getByTestId('removed-handoffs').locator('tbody tr')
    this.phases = page.getByTestId('comparison-phases')
    this.agencies = page.getByTestId('comparison-agencies')
  }

  async goto(toBeBoardId: string): Promise<void> {
    await this.page.goto(`/b/${toBeBoardId}/sammenligning?e2e`)
    await expect(this.view).toBeVisible()
  }

  /** The summary once the as-is board has been read. */
  async readSummary(): Promise<ComparisonSummary> {
    await expect(this.summary).toBeVisible()
    const number = async (testId: string, attribute: string) => Number(await this.summary.getByTestId(testId).getAttribute(attribute))
    return {
      resolved: await number('summary-pain-points', 'data-resolved'),
      remaining: await number('summary-pain-points', 'data-remaining'),
      new: await number('summary-pain-points', 'data-new'),
      removedHandoffs: await number('summary-handoffs', 'data-removed'),
      addedHandoffs: await number('summary-handoffs', 'data-added'),
      kasteballBefore: await number('summary-kasteball', 'data-before'),
      kasteballAfter: await number('summary-kasteball', 'data-after'),
    }
  }

  /**
   * A row of a table (per phase: `phases`, per agency: `agencies`) as its cells read: a count, or "before→after" where
   * the cell compares (its `data-before`/`data-after`, what "4 → 3" on screen says).
   */
  async row(table: Locator, rowSelector: string): Promise<string[]> {
    const row = table.locator(`tbody tr${rowSelector}`)
    await expect(row).toHaveCount(1)
    return row.locator('td').evaluateAll((cells) =>
      cells.map((cell) => (cell.hasAttribute('data-before') ? `${cell.getAttribute('data-before')}→${cell.getAttribute('data-after')}` : (cell.textContent ?? '').trim())),
    )
  }

  resolvedItem(painPointText: string): Locator {
    return this.resolved.filter({ hasText: painPointText })
  }

  /**
   * Records what resolves a pain point with the keyboard only: focus the card select, type the start of the card's
   * text (the select jumps to it), Tab to the note, type it, Enter saves the form.
   */
  async recordResolutionWithKeyboard(painPointText: string, cardTextStart: string, note: string): Promise<void> {
    const item = this.resolvedItem(painPointText)
    const select = item.getByRole('combobox', { name: 'Hva løser problemet?' })
    await select.focus()
    await this.page.keyboard.type(cardTextStart)
    await expect(select.locator('option:checked')).toHaveText(new RegExp(`^${cardTextStart}`))
    await this.page.keyboard.press('Tab')
    await expect(item.getByRole('textbox', { name: 'Notat' })).toBeFocused()
    await this.page.keyboard.type(note)
    await this.page.keyboard.press('Enter')
    await expect(this.page.getByRole('status').filter({ hasText: `Lagret for «${painPointText}».` })).toHaveCount(1)
  }

  /** What the form (editors) shows as recorded: the chosen card's label and the note. */
  async recordedInForm(painPointText: string): Promise<{ card: string; note: string }> {
    const item = this.resolvedItem(painPointText)
    return {
      card: (await item.getByRole('combobox', { name: 'Hva løser problemet?' }).locator('option:checked').textContent())?.trim() ?? '',
      note: await item.getByRole('textbox', { name: 'Notat' }).inputValue(),
    }
  }
}
