import { readFile } from 'node:fs/promises'
import { readDownload } from '../pages/ReportPage'
import { expect, test } from '../support/fixtures'
import type { Person } from '../support/fixtures'

/** The day as the app writes it in a copy's title, in the UI language ("6. des.", "Dec 6"). */
const today = (language: 'nb' | 'nn' | 'en') => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(new Date())

async function openBoardFile(person: Person, bytes: Buffer): Promise<void> {
  const chooser = person.page.waitForEvent('filechooser')
  await person.page.getByTestId('open-board-file').click()
  await (await chooser).setFiles({ name: 'bygge-hus.sammen', mimeType: 'application/json', buffer: bytes })
  await person.board.waitUntilReady()
}

async function importJourney(person: Person, text: string): Promise<void> {
  const chooser = person.page.waitForEvent('filechooser')
  await person.page.getByTestId('import-journey').click()
  await (await chooser).setFiles({ name: 'bygge-hus.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await person.board.waitUntilReady()
}

test('copies from a .sammen file or a journey import are titled as copies in the UI language', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.title).toHaveValue('Bygge hus')

  await kari.page.getByTestId('open-export-menu').click()
  const download = kari.page.waitForEvent('download')
  await kari.page.getByTestId('export-json').click()
  const journeyFile = (await readDownload(await download)).text
  await kari.versions.open()
  const boardFile = await readFile(await (await kari.versions.downloadBoardFile()).path())

  const copies: [language: 'Bokmål' | 'Nynorsk' | 'English', copy: string, fromFile: string][] = [
    ['Bokmål', 'Bygge hus (kopi)', `Bygge hus (fra fil ${today('nb')})`],
    // "(kopi)" is taken by the bokmål copy in this browser: the next one is numbered.
    ['Nynorsk', 'Bygge hus (kopi 2)', `Bygge hus (frå fil ${today('nn')})`],
    ['English', 'Bygge hus (copy)', `Bygge hus (from file ${today('en')})`],
  ]
  for (const [language, copy, fromFile] of copies) {
    await kari.start.goto()
    await kari.start.chooseLanguage(language)
    await openBoardFile(kari, boardFile)
    await expect(kari.board.title).toHaveValue(copy)
    await kari.start.goto()
    await importJourney(kari, journeyFile)
    await expect(kari.board.title).toHaveValue(fromFile)
  }

  // The start page tells every board apart.
  await kari.start.goto()
  await expect(kari.start.boardItems).toHaveCount(7)
  const titles = kari.start.boardItems.locator('h3')
  await expect
    .poll(async () => (await titles.allTextContents()).map((title) => title.trim()).sort())
    .toEqual(['Bygge hus', ...copies.flatMap(([, copy, fromFile]) => [copy, fromFile])].sort())
  await kari.page.screenshot({ path: '/tmp/i18n-board-copies.png', fullPage: true })
})
