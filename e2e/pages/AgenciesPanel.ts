import { expect, type Locator, type Page } from '@playwright/test'

export interface OwnAgencyInput {
  name: string
  shortName?: string
  /** The level's label as shown, e.g. "Privat". */
  level?: string
}

/**
 * The agency legend (with the agency filter) and the pain point panel floating over a board's canvas, opened from
 * the top bar (apps/web/src/agencies/). Cards are checked through their DOM: the filter dims them with CSS.
 */
export class AgenciesPanel {
  readonly legendButton: Locator
  readonly painPointsButton: Locator
  readonly legend: Locator
  readonly legendHeading: Locator
  readonly painPointPanel: Locator
  readonly painPointHeading: Locator
  readonly filterStatus: Locator
  readonly showAllButton: Locator
  readonly painPointItems: Locator
  readonly painPointGroups: Locator

  constructor(readonly page: Page) {
    this.legendButton = page.getByTestId('open-agency-legend')
    this.painPointsButton = page.getByTestId('open-pain-point-panel')
    this.legend = page.getByTestId('agency-legend')
    this.legendHeading = this.legend.getByRole('heading', { level: 2 })
    this.painPointPanel = page.getByTestId('pain-point-panel')
    this.painPointHeading = this.painPointPanel.getByRole('heading', { level: 2 })
    this.filterStatus = page.getByTestId('agency-filter-status')
    this.showAllButton = page.getByTestId('agency-filter-clear')
    this.painPointItems = page.getByTestId('pain-point-panel-item')
    this.painPointGroups = page.getByTestId('pain-point-group')
  }

  async openLegend(): Promise<void> {
    await this.legendButton.click()
    await expect(this.legend).toBeVisible()
    await expect(this.legendHeading).toBeFocused()
  }

  /** The legend row of one agency (its checkbox, swatch, level and card count). */
  legendItem(agencyId: string): Locator {
    return this.legend.locator(`[data-testid="agency-legend-item"][data-agency-id="${agencyId}"]`)
  }

  /** "Fjern … fra tavla": offered only for agencies on the board's list that no card names. */
  removeButton(agencyId: string): Locator {
    return this.legend.locator(`li[data-agency-id="${agencyId}"]`).getByTestId('remove-board-agency')
  }

  async toggleAgency(agencyId: string): Promise<void> {
    await this.legendItem(agencyId).getByRole('checkbox').click()
  }

  /** Agency ids of the legend's rows, top to bottom. */
  legendAgencyIds(): Promise<string[]> {
    return this.legend.getByTestId('agency-legend-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-agency-id') ?? ''))
  }

  /** The computed opacity of every card of one agency (step cards and pain points), as the filter leaves it. */
  cardOpacities(agencyId: string): Promise<number[]> {
    return this.page
      .locator(`[data-agency-ids~="${agencyId}"]`)
      .evaluateAll((cards) => cards.map((card) => Number(getComputedStyle(card).opacity)))
  }

  async addOwnAgencyInLegend(input: OwnAgencyInput): Promise<void> {
    await this.legend.getByTestId('open-own-agency').click()
    await fillOwnAgency(this.legend, input)
  }

  /** Group headings of the pain point panel with their counts, top to bottom, e.g. "Kommunen3 problemer". */
  painPointGroupIds(): Promise<string[]> {
    return this.painPointGroups.evaluateAll((groups) => groups.map((group) => group.getAttribute('data-agency-id') ?? ''))
  }
}

/** Fills "Ny etat eller aktør" (in the legend or the new board flow) and presses Enter in the name field to add it. */
export async function fillOwnAgency(scope: Locator, { name, shortName, level }: OwnAgencyInput): Promise<void> {
  const fields = scope.getByTestId('own-agency-fields')
  await expect(fields).toBeVisible()
  const nameField = fields.getByRole('textbox', { name: 'Navn', exact: true })
  await expect(nameField).toBeFocused()
  await nameField.fill(name)
  if (shortName !== undefined) await fields.getByRole('textbox', { name: 'Kort navn' }).fill(shortName)
  if (level !== undefined) await fields.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: level })
  await fields.getByRole('button', { name: 'Legg til', exact: true }).click()
  await expect(fields).toBeHidden()
}
