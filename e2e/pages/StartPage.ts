import { expect, type Locator, type Page } from '@playwright/test'

/** The start page (`/`): new board, the boards this browser knows, language and name. */
export class StartPage {
  readonly heading: Locator
  readonly newBoardButton: Locator
  readonly boardItems: Locator
  readonly emptyState: Locator
  readonly nameInput: Locator
  readonly openFileButton: Locator
  readonly fileError: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sammen' })
    this.newBoardButton = page.getByTestId('new-board')
    this.boardItems = page.getByTestId('board-list-item')
    this.emptyState = page.getByTestId('board-list-empty')
    this.nameInput = page.getByTestId('person-name')
    this.openFileButton = page.getByRole('button', { name: 'Åpne fil' })
    this.fileError = page.getByTestId('board-file-error')
  }

  async goto(): Promise<void> {
    await this.page.goto('/')
    await expect(this.heading).toBeVisible()
  }

  boardItem(boardId: string): Locator {
    return this.page.locator(`[data-testid="board-list-item"][data-board-id="${boardId}"]`)
  }

  async chooseLanguage(label: 'Bokmål' | 'Nynorsk' | 'English'): Promise<void> {
    await this.page.getByTestId('language-switch').getByRole('radio', { name: label }).check()
  }

  /** "Åpne fil" with the given bytes, as if the person picked the file in the file chooser. */
  async openFile(name: string, bytes: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.openFileButton.click()
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: bytes })
  }
}
