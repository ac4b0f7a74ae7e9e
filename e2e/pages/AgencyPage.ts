import { expect, type Download, type Locator, type Page } from '@playwright/test'

export interface AgencyPainPointRow {
  boardId: string
  shapeId: string
  severity: number
  text: string
}

export interface AgencyHandoffRow {
  boardId: string
  direction: string
  otherAgency: string
  carriedBy: string
}

export interface OnceOnlyRow {
  information: string
  count: number
  lifeEvents: number
}

/** An agency's page across journeys (`/etat/<agencyId>`), read as a person sees it. */
export class AgencyPage {
  readonly overview: Locator
  readonly name: Locator
  readonly source: Locator
  readonly boards: Locator
  readonly kasteballCount: Locator
  readonly notFound: Locator
  readonly printButton: Locator

  constructor(readonly page: Page) {
    this.overview = page.getByTestId('agency-overview')
    this.name = page.getByTestId('agency-name')
    this.source = page.getByTestId('agency-source')
    this.boards = page.getByTestId('agency-boards').locator('li')
    this.kasteballCount = page.getByTestId('agency-kasteball-count')
    this.notFound = page.getByTestId('agency-not-found')
    this.printButton = page.getByTestId('agency-print')
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.overview).toBeVisible()
  }

  async boardIds(): Promise<string[]> {
    return this.boards.evaluateAll((items) => items.map((item) => item.getAttribute('data-board-id') ?? '').sort())
  }

  async painPoints(): Promise<AgencyPainPointRow[]> {
    return this.page.getByTestId('agency-pain-point').evaluateAll((rows) =>
      rows.map((row) => ({
        boardId: row.getAttribute('data-board-id') ?? '',
        shapeId: row.getAttribute('data-shape-id') ?? '',
        severity: Number(row.getAttribute('data-severity')),
        text: row.querySelector('th')?.textContent ?? '',
      })),
    )
  }

  async handoffs(): Promise<AgencyHandoffRow[]> {
    return this.page.getByTestId('agency-handoff').evaluateAll((rows) =>
      rows.map((row) => ({
        boardId: row.getAttribute('data-board-id') ?? '',
        direction: row.getAttribute('data-direction') ?? '',
        otherAgency: row.getAttribute('data-other-agency') ?? '',
        carriedBy: row.getAttribute('data-carried-by') ?? '',
      })),
    )
  }

  async onceOnly(): Promise<OnceOnlyRow[]> {
    return this.page.getByTestId('agency-once-only-item').evaluateAll((rows) =>
      rows.map((row) => ({
        information: row.getAttribute('data-information') ?? '',
        count: Number(row.getAttribute('data-count')),
        lifeEvents: Number(row.getAttribute('data-life-events')),
      })),
    )
  }

  /** The summary figure with this test id suffix (`boards`, `pain-points`, `handoffs`, `kasteball`, `once-only`). */
  async summary(what: 'boards' | 'pain-points' | 'handoffs' | 'kasteball' | 'once-only'): Promise<number> {
    return Number(await this.page.getByTestId(`agency-summary-${what}`).getAttribute('data-count'))
  }

  /** Downloads one section's CSV through its button. */
  async downloadCsv(sectionId: string): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId(`report-csv-${sectionId}`).click()
    return download
  }
}
