import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** One cell of the pain point matrix as the page shows it: the count and the total severity (0 when empty). */
export interface MatrixCell {
  count: number
  severity: number
}

/**
 * The report view (`/b/<id>/rapport`, `?etat=<agencyId>` for one agency). Numbers are read from the page as a
 * person sees them (tables, the kasteball sentence); downloads go through the real buttons.
 */
export class ReportPage {
  readonly view: Locator
  readonly agencySelect: Locator
  readonly summary: Locator
  readonly matrix: Locator
  readonly kasteballCount: Locator
  readonly kasteballPairs: Locator
  readonly handoffList: Locator
  readonly onceOnly: Locator
  readonly leftOut: Locator
  readonly printButton: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('report')
    this.agencySelect = page.getByRole('combobox', { name: 'Vis rapport for' })
    this.summary = page.getByTestId('report-summary')
    this.matrix = page.getByTestId('pain-point-matrix')
    this.kasteballCount = page.getByTestId('kasteball-count')
    this.kasteballPairs = page.getByTestId('kasteball-pairs')
    this.handoffList = page.getByTestId('handoff-list')
    this.onceOnly = page.getByTestId('once-only')
    this.leftOut = page.getByTestId('report-left-out')
    this.printButton = page.getByRole('button', { name: 'Skriv ut / lagre som PDF' })
  }

  /** From the board's view switch, as a person gets there. */
  async openFromBoard(): Promise<void> {
    await this.page.getByTestId('board-view-nav').getByRole('link', { name: 'Rapport' }).first().click()
    await expect(this.view).toBeVisible()
  }

  /** The matrix row of one agency: a cell per phase column, then the row total. */
  async matrixRow(agencyId: string): Promise<MatrixCell[]> {
    const row = this.matrix.locator(`tbody tr[data-agency="${agencyId}"]`)
    await expect(row).toBeVisible()
    return row.locator('td').evaluateAll((cells) =>
      cells.map((cell) => ({
        count: Number(cell.querySelector('.report-matrix__count')?.textContent ?? 0),
        severity: Number((cell.querySelector('.report-matrix__severity')?.textContent ?? '0').replace(/\D+/g, '') || 0),
      })),
    )
  }

  async matrixAgencies(): Promise<string[]> {
    return this.matrix.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-agency') ?? ''))
  }

  /** "Personen bærer informasjonen selv i N av M overleveringer", as numbers. */
  async kasteball(): Promise<{ count: number; total: number }> {
    await expect(this.kasteballCount).toBeVisible()
    return { count: Number(await this.kasteballCount.getAttribute('data-count')), total: Number(await this.kasteballCount.getAttribute('data-total')) }
  }

  pairRow(fromAgencyId: string, toAgencyId: string): Locator {
    return this.kasteballPairs.locator(`tr[data-pair="${fromAgencyId}→${toAgencyId}"]`)
  }

  async chooseAgency(label: string): Promise<void> {
    await this.agencySelect.selectOption({ label })
  }

  /** Clicks a table's "Last ned CSV" and returns the file's name and text (BOM included). */
  async downloadCsv(tableId: string): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId(`report-csv-${tableId}`).click()
    return readDownload(await download)
  }
}

export async function readDownload(download: Download): Promise<{ name: string; text: string; bytes: Buffer }> {
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes }
}
