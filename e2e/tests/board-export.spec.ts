import { ExportMenu } from '../pages/ExportMenu'
import { readDownload } from '../pages/ReportPage'
import { expect, test } from '../support/fixtures'

// Agencies of the "Bygge hus" template that its cards name, as packages/journey-model/src/catalogue writes them.
const BYGGE_HUS_AGENCY_NAMES = ['Kommunen', 'Husbanken', 'Kartverket']

/** Every step card and pain point's text, read from the store: what the export must contain. */
function cardTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__sammenEditor!.getCurrentPageShapes()
      .filter((shape) => shape.type === 'step-card' || shape.type === 'pain-point')
      .map((shape) => String(shape.props.text)),
  )
}

/** The text of an exported SVG as a reader sees it: every `<text>`'s lines joined with spaces. */
function svgText(svg: string): string {
  const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    [...match[1]!.matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((line) => line[1]).join(' ') || match[1]!,
  )
  const decoded = texts.join(' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  return decoded.replace(/\s+/g, ' ')
}

test('the board exports as SVG drawn in SVG, with every card whole, and prints as an A3 or A0 wall poster', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(11)
  const exportMenu = new ExportMenu(kari.page)

  // SVG: cards, frame and handoff labels as SVG elements (no HTML inside), each card's text whole.
  const svg = (await readDownload(await exportMenu.download('svg'))).text
  expect(svg.match(/class="[^"]*\bsammen-card\b/g) ?? [], 'cards exported as HTML').toEqual([])
  const exportedText = svgText(svg)
  for (const text of await cardTexts(kari.page)) expect(exportedText, `card "${text}"`).toContain(text.replace(/\s+/g, ' '))
  for (const label of ['tegninger, situasjonsplan', 'referat fra forhåndskonferansen', 'Jeg søker om å få bygge']) expect(exportedText).toContain(label)

  // Poster: the whole page, title, situation, the agencies' legend and the date; A3 by default, A0 on request.
  await exportMenu.replacePrintDialog()
  await exportMenu.button.click()
  await expect(exportMenu.item('poster-a3')).toHaveText('Plakat A3 (skriv ut eller PDF)')
  await exportMenu.item('poster-a3').click()
  await expect(exportMenu.poster).toHaveAttribute('data-size', 'a3')
  await expect.poll(() => exportMenu.printCalls()).toBe(1)
  await expect(kari.page.getByTestId('board-toast-message')).toHaveText('Plakaten er åpnet i utskriftsvinduet.')

  await kari.page.emulateMedia({ media: 'print' })
  await expect(exportMenu.poster).toBeVisible()
  await expect(kari.page.getByTestId('journey-stage')).toBeHidden()
  await expect(exportMenu.poster.getByRole('heading', { level: 1 })).toHaveText('Bygge hus')
  await expect(exportMenu.poster).toContainText('Jeg skal bygge hus')
  const legend = exportMenu.poster.getByTestId('poster-legend')
  for (const name of BYGGE_HUS_AGENCY_NAMES) await expect(legend).toContainText(name)
  const today = new Intl.DateTimeFormat('nb', { dateStyle: 'long' }).format(Date.now())
  await expect(exportMenu.poster).toContainText(`Laget i Sammen ${today}`)
  // The journey fills the paper's width or height, not a corner of it.
  const board = await exportMenu.poster.locator('.poster-print__board > svg').boundingBox()
  const page = await exportMenu.poster.boundingBox()
  expect(board!.width * board!.height).toBeGreaterThan(0.5 * page!.width * page!.height)
  await kari.page.screenshot({ path: '/tmp/poster-a3.png' })

  // "Save as PDF": one landscape A3 page (420 × 297 mm = 1190.55 × 841.89 pt).
  const pdf = (await kari.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1)
  const [width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!.slice(1).map(Number)
  // Chromium rounds the page to whole CSS pixels: within 2 pt.
  expect(Math.abs(width! - 1190.55)).toBeLessThan(2)
  expect(Math.abs(height! - 841.89)).toBeLessThan(2)

  // Printing done: the poster and its page size go, the board is back.
  await exportMenu.finishPrinting()
  await expect(exportMenu.poster).toHaveCount(0)
  await expect(kari.page.getByTestId('journey-stage')).toBeVisible()

  // A0: the same poster on the large paper (1189 × 841 mm).
  await kari.page.emulateMedia({ media: 'screen' })
  await exportMenu.button.click()
  await exportMenu.item('poster-a0').click()
  await expect(exportMenu.poster).toHaveAttribute('data-size', 'a0')
  const a0 = (await kari.page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
  const [a0Width, a0Height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(a0)!.slice(1).map(Number)
  expect(Math.abs(a0Width! - 3370.39)).toBeLessThan(2)
  expect(Math.abs(a0Height! - 2383.94)).toBeLessThan(2)
  await exportMenu.finishPrinting()
  await expect(exportMenu.poster).toHaveCount(0)
})
