import { expect, type Locator, type Page } from '@playwright/test'

/** What one board of the library shows, read from the page as a person sees it. */
export interface LibraryBoardSummary {
  boardId: string
  title: string
  lifeEvent: string
  source: string
  stage: string
  steps: number
  painPoints: number
  kasteball: number
  agencyIds: string[]
}

/**
 * The library (`/bibliotek`): where the boards come from, the filters, the card search and the boards. Reached from
 * the start page's link, as people do (the address bar works too once the app is installed).
 */
export class LibraryPage {
  readonly view: Locator
  readonly heading: Locator
  readonly status: Locator
  readonly serverProblem: Locator
  readonly boards: Locator
  readonly searchInput: Locator
  readonly searchResults: Locator
  readonly searchCount: Locator
  readonly hits: Locator
  readonly lifeEventFilter: Locator
  readonly agencyFilter: Locator
  readonly textFilter: Locator
  readonly empty: Locator
  readonly noMatch: Locator

  constructor(readonly page: Page) {
    this.view = page.getByTestId('library-page')
    this.heading = page.getByRole('heading', { level: 1 })
    this.status = page.getByTestId('library-status')
    this.serverProblem = page.getByTestId('library-server-problem')
    this.boards = page.getByTestId('library-board')
    this.searchInput = page.getByTestId('library-search-input')
    this.searchResults = page.getByTestId('library-search-results')
    this.searchCount = page.getByTestId('library-search-count')
    this.hits = page.getByTestId('library-hit')
    this.lifeEventFilter = page.getByTestId('library-filter-life-event')
    this.agencyFilter = page.getByTestId('library-filter-agency')
    this.textFilter = page.getByTestId('library-filter-text')
    this.empty = page.getByTestId('library-empty')
    this.noMatch = page.getByTestId('library-no-match')
  }

  /** From the start page's "Bibliotek" link (with `?e2e`, so boards opened from here expose their editor). */
  async openFromStart(): Promise<void> {
    await this.page.goto('/?e2e')
    await this.page.getByTestId('open-library').click()
    await this.waitUntilLoaded()
  }

  /** Until the server has answered (or failed) and this browser's boards are read. */
  async waitUntilLoaded(): Promise<void> {
    await expect(this.view).toBeVisible()
    await expect(this.status).not.toHaveAttribute('data-server', 'asking')
  }

  /**
   * Reloads until `check` passes: the server's index reads a changed board within a couple of seconds (debounced),
   * so a board made a moment ago may still be listed as it was.
   */
  async reloadUntil(check: () => Promise<void>, timeout = 20_000): Promise<void> {
    await expect(async () => {
      await this.page.reload()
      await this.waitUntilLoaded()
      await check()
    }).toPass({ timeout })
  }

  board(boardId: string): Locator {
    return this.page.locator(`[data-testid="library-board"][data-board-id="${boardId}"]`)
  }

  async boardSummaries(): Promise<LibraryBoardSummary[]> {
    return this.boards.evaluateAll((items) =>
      items.map((item) => {
        const count = (id: string) => Number(item.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count'))
        return {
          boardId: item.getAttribute('data-board-id') ?? '',
          title: item.querySelector('[data-testid="library-board-link"]')?.textContent ?? '',
          lifeEvent: item.querySelector('[data-testid="library-board-life-event"]')?.textContent ?? '',
          source: item.getAttribute('data-source') ?? '',
          stage: item.getAttribute('data-stage') ?? '',
          steps: count('library-count-steps'),
          painPoints: count('library-count-pain-points'),
          kasteball: count('library-count-kasteball'),
          agencyIds: Array.from(item.querySelectorAll('[data-testid="library-agency-link"]'), (link) => link.getAttribute('data-agency-id') ?? ''),
        }
      }),
    )
  }

  /** Types the query and presses Enter, as a keyboard user searches. */
  async search(query: string): Promise<void> {
    await this.searchInput.fill(query)
    await this.searchInput.press('Enter')
    await expect(this.searchCount).toHaveAttribute('data-total', /\d+/)
  }

  hit(shapeId: string): Locator {
    return this.page.locator(`[data-testid="library-hit"][data-shape-id="${shapeId}"]`)
  }

  /** The words marked in the hits (`<mark>`), in page order. */
  async markedWords(): Promise<string[]> {
    return this.searchResults.locator('mark').allTextContents()
  }

  /** The agency chip of a board: opens the agency's page. */
  agencyLink(boardId: string, agencyId: string): Locator {
    return this.board(boardId).locator(`[data-testid="library-agency-link"][data-agency-id="${agencyId}"]`)
  }
}
