import type { Download, Locator, Page } from '@playwright/test'

export type ExportKind = 'png' | 'svg' | 'json' | 'poster-a3' | 'poster-a0'

/** The board's "Eksporter" menu, and the wall poster it opens for printing. */
export class ExportMenu {
  readonly button: Locator
  readonly poster: Locator

  constructor(readonly page: Page) {
    this.button = page.getByTestId('open-export-menu')
    this.poster = page.getByTestId('poster-print')
  }

  item(kind: ExportKind): Locator {
    return this.page.getByTestId(`export-${kind}`)
  }

  /** Chooses a file export and returns what the browser downloads. */
  async download(kind: 'png' | 'svg' | 'json'): Promise<Download> {
    await this.button.click()
    const download = this.page.waitForEvent('download')
    await this.item(kind).click()
    return download
  }

  /**
   * Stands in for the browser's print dialog, which a headless browser cannot show: `window.print()` only counts
   * its calls. Printing itself is `page.pdf()`, what "Save as PDF" in the dialog does.
   */
  async replacePrintDialog(): Promise<void> {
    await this.page.evaluate(() => {
      const counted = window as unknown as { __printCalls: number }
      counted.__printCalls = 0
      window.print = () => {
        counted.__printCalls += 1
      }
    })
  }

  printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)
  }

  /** What the dialog does once printing is done (or cancelled). */
  async finishPrinting(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  }
}
