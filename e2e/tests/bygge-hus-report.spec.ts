import type { Page } from '@playwright/test'
import { readDownload, ReportPage } from '../pages/ReportPage'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/*
 * The main scenario. The template's data this test relies on, copied from
 * packages/journey-model/src/templates/byggeHus.ts (all eight agencies kept): the expected numbers are computed
 * from it here, never read from the app.
 */
const PHASES = ['drom', 'tomt', 'soke', 'bygges', 'flytte'] as const
type PhaseKey = (typeof PHASES)[number]
type Carrier = 'personen' | 'etatene'
const TEMPLATE_PAIN_POINTS: { agency: string; severity: number; phase: PhaseKey }[] = [
  { agency: 'kommunen', severity: 2, phase: 'soke' },
  { agency: 'kommunen', severity: 3, phase: 'soke' },
  { agency: 'kommunen', severity: 3, phase: 'soke' },
  { agency: 'ansvarlig-soker', severity: 1, phase: 'soke' },
  { agency: 'husbanken', severity: 2, phase: 'tomt' },
]
const TEMPLATE_HANDOFFS: { from: string; to: string; carriedBy: Carrier }[] = [
  { from: 'bank', to: 'husbanken', carriedBy: 'personen' },
  { from: 'kommunen', to: 'ansvarlig-soker', carriedBy: 'personen' },
  { from: 'statens-vegvesen', to: 'ansvarlig-soker', carriedBy: 'personen' },
  { from: 'ansvarlig-soker', to: 'kommunen', carriedBy: 'etatene' },
  { from: 'kommunen', to: 'folkeregisteret', carriedBy: 'personen' },
]
const STEP_FERDIGATTEST = 'Får ferdigattest' // kommunen, "Vi flytter inn"
const STEP_FINANSIERING = 'Får finansieringsbevis fra banken' // bank
const STEP_TOMT = 'Kjøper tomt og får skjøtet tinglyst' // kartverket

// What Kari adds through the UI.
const NEW_PAIN_POINT = { agency: 'kommunen', severity: 3, phase: 'flytte' as PhaseKey, text: 'Vet ikke når ferdigattesten kommer' }
const NEW_HANDOFF = { from: 'bank', to: 'kartverket', carriedBy: 'personen' as Carrier, information: 'kjøpekontrakt, finansieringsbevis' }

const painPoints = [...TEMPLATE_PAIN_POINTS, NEW_PAIN_POINT]
const handoffs = [...TEMPLATE_HANDOFFS, NEW_HANDOFF]

/** One agency's matrix row as the report shows it: a cell per phase, then its total. */
function expectedRow(agency: string) {
  const own = painPoints.filter((painPoint) => painPoint.agency === agency)
  const cell = (list: typeof own) => ({ count: list.length, severity: list.reduce((sum, painPoint) => sum + painPoint.severity, 0) })
  return [...PHASES.map((phase) => cell(own.filter((painPoint) => painPoint.phase === phase))), cell(own)]
}
const involving = (agency?: string) => handoffs.filter((handoff) => agency === undefined || handoff.from === agency || handoff.to === agency)
const kasteball = (agency?: string) => ({ count: involving(agency).filter((handoff) => handoff.carriedBy === 'personen').length, total: involving(agency).length })
const totalSeverity = painPoints.reduce((sum, painPoint) => sum + painPoint.severity, 0)

// Catalogue colours (packages/journey-model/src/catalogue/agencies.ts) as the browser reports them.
const KOMMUNEN_COLOUR = 'rgb(32, 104, 136)'

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A step card's bounds on screen, found by its text through the editor (drawing itself goes through the UI). */
function stepOnScreen(page: Page, text: string): Promise<Box> {
  return page.evaluate((text) => {
    const editor = window.__sammenEditor as unknown as {
      getCurrentPageShapes(): { id: string; type: string; props: Record<string, unknown> }[]
      getShapePageBounds(id: string): { x: number; y: number; w: number; h: number } | undefined
      pageToScreen(point: { x: number; y: number }): { x: number; y: number }
      getZoomLevel(): number
    }
    const step = editor.getCurrentPageShapes().find((shape) => shape.type === 'step-card' && shape.props.text === text)
    const bounds = step && editor.getShapePageBounds(step.id)
    if (!bounds) throw new Error(`no step card "${text}"`)
    const topLeft = editor.pageToScreen({ x: bounds.x, y: bounds.y })
    const zoom = editor.getZoomLevel()
    return { x: topLeft.x, y: topLeft.y, w: bounds.w * zoom, h: bounds.h * zoom }
  }, text)
}

const centre = (box: Box) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 })

test('Kari builds "Bygge hus", adds a pain point and a handoff to Kartverket, and the report counts them; Ola sees the colours', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await expect(kari.newBoard.selectedCount).toHaveText('8 etater valgt')
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(11)
  await kari.board.expectSynced()

  // A pain point owned by the municipality, under "Får ferdigattest".
  const ferdigattest = await stepOnScreen(kari.page, STEP_FERDIGATTEST)
  await kari.board.startPainPoint(ferdigattest.x + ferdigattest.w / 2, ferdigattest.y + ferdigattest.h * 1.6)
  await kari.board.finishPainPointWithKeyboard('kommunen', 3)
  await kari.page.keyboard.type(NEW_PAIN_POINT.text)
  await kari.page.keyboard.press('Escape')
  await expect.poll(async () => (await kari.board.cardProps('pain-point')).filter((props) => props.text === NEW_PAIN_POINT.text)).toEqual([
    expect.objectContaining({ ownerAgencyId: 'kommunen', severity: 3 }),
  ])

  // A handoff from the bank's step to Kartverket's, which the person carries.
  const from = centre(await stepOnScreen(kari.page, STEP_FINANSIERING))
  const to = centre(await stepOnScreen(kari.page, STEP_TOMT))
  await kari.board.drawArrow(from.x, from.y, to.x, to.y)
  const carrier = kari.page.getByTestId('handoff-carrier')
  await expect(carrier).toBeVisible()
  await carrier.getByRole('radio', { name: /^Personen/ }).check()
  const information = kari.page.getByTestId('card-details').getByLabel('Informasjon som gis videre')
  await information.fill(NEW_HANDOFF.information)
  await information.press('Enter')
  await kari.board.expectSynced()
  await kari.page.screenshot({ path: '/tmp/h4-bygge-hus-board.png' })

  // The report, for the whole journey.
  const report = new ReportPage(kari.page)
  await report.openFromBoard()
  await expect(report.summary).toContainText(`${painPoints.length} problemer`)
  await expect(report.summary).toContainText(`${handoffs.length} overleveringer`)
  await expect.poll(() => report.matrixRow('kommunen')).toEqual(expectedRow('kommunen'))
  expect(await report.matrixRow('husbanken')).toEqual(expectedRow('husbanken'))
  expect(await report.matrixRow('kartverket')).toEqual(expectedRow('kartverket'))
  await expect(report.matrix.getByTestId('pain-point-matrix-totals')).toContainText(`alvorlighet ${totalSeverity}`)
  expect(await report.kasteball()).toEqual(kasteball())
  await expect(report.kasteballCount).toHaveText(`Personen bærer informasjonen selv i ${kasteball().count} av ${kasteball().total} overleveringer.`)
  await expect(report.pairRow('bank', 'kartverket').locator('td').last()).toHaveText('1')
  await expect(report.onceOnly).toContainText('kjøpekontrakt')
  await expect(report.onceOnly).toContainText('Banken → Kartverket')
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.screenshot({ path: '/tmp/h4-report.png', fullPage: true })

  // The phase × agency table as CSV: BOM, semicolons, count and severity per cell as on screen, the municipality's
  // row and the totals.
  const csv = await report.downloadCsv('pain-points')
  expect(csv.name).toMatch(/^bygge-hus-problemer-per-fase-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(csv.text.charCodeAt(0)).toBe(0xfeff)
  const lines = csv.text.slice(1).split('\r\n')
  expect(lines[0]).toMatch(/^Etat;([^;]+);\1 – alvorlighet;([^;]+);\2 – alvorlighet;/)
  const row = expectedRow('kommunen')
  const perCell = (cells: { count: number; severity: number }[]) => cells.flatMap((cell) => [cell.count, cell.severity])
  expect(lines).toContain(['Kommunen', ...perCell(row.slice(0, PHASES.length)), row.at(-1)!.count, row.at(-1)!.severity].join(';'))
  const phaseTotals = PHASES.map((phase) => painPoints.filter((p) => p.phase === phase)).map((list) => ({
    count: list.length,
    severity: list.reduce((sum, painPoint) => sum + painPoint.severity, 0),
  }))
  expect(lines).toContain(['Sum', ...perCell(phaseTotals), painPoints.length, totalSeverity].join(';'))

  // The municipality's own report, by the select; the address says which agency, so it can be shared.
  await report.chooseAgency('Kommunen')
  await expect(kari.page).toHaveURL(/\/rapport\?etat=kommunen$/)
  await expect(kari.page.getByRole('heading', { level: 1 })).toHaveText('Rapport for Kommunen')
  expect(await report.matrixAgencies()).toEqual(['kommunen'])
  expect(await report.kasteball()).toEqual(kasteball('kommunen'))
  await report.chooseAgency('Kartverket')
  await expect(kari.page).toHaveURL(/\?etat=kartverket$/)
  expect(await report.kasteball()).toEqual(kasteball('kartverket'))
  await expect(report.handoffList.locator('tbody tr')).toHaveCount(1)
  await expect(report.handoffList.locator('tbody tr')).toHaveAttribute('data-carried-by', 'personen')
  expect(await seriousViolations(kari.page)).toEqual([])

  // Printed: no page header or buttons, just the report.
  await report.chooseAgency('Hele reisen')
  await kari.page.emulateMedia({ media: 'print' })
  await expect(kari.page.getByTestId('board-view-nav')).toBeHidden()
  await expect(report.printButton).toBeHidden()
  await kari.page.screenshot({ path: '/tmp/h4-report-print.png', fullPage: true })
  await kari.page.pdf({ path: '/tmp/h4-report.pdf', format: 'A4', landscape: true })
  await kari.page.emulateMedia({ media: 'screen' })

  // Ola opens the same board elsewhere and sees the cards in their agencies' colours.
  const boardId = new URL(kari.page.url()).pathname.split('/')[2]!
  const ola = await newPerson('Ola Hansen', '#15803d')
  await ola.board.goto(boardId)
  const olasPainPoint = ola.board.painPointCards.filter({ hasText: NEW_PAIN_POINT.text })
  await expect(olasPainPoint).toHaveCSS('background-color', KOMMUNEN_COLOUR)
  await expect(olasPainPoint).toContainText('Kommunen')
  await expect(ola.board.painPointCards).toHaveCount(painPoints.length)
  const olasKommunePainPoints = ola.board.page.locator('[data-testid="pain-point-card"][data-owner="kommunen"]')
  await expect(olasKommunePainPoints).toHaveCount(painPoints.filter((painPoint) => painPoint.agency === 'kommunen').length)
  for (const card of await olasKommunePainPoints.all()) await expect(card).toHaveCSS('background-color', KOMMUNEN_COLOUR)
  await expect(ola.board.stepCards.filter({ hasText: STEP_TOMT })).toHaveAttribute('data-agency', 'kartverket')
  await ola.page.screenshot({ path: '/tmp/h4-ola-board.png' })
})

test('the journey goes out as JSON and PNG, comes back in as a new board, and a broken file is refused with reasons', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(11)

  const exportMenuButton = kari.page.getByTestId('open-export-menu')
  const exportAs = async (kind: 'png' | 'svg' | 'json') => {
    await exportMenuButton.click()
    const download = kari.page.waitForEvent('download')
    await kari.page.getByTestId(`export-${kind}`).click()
    return readDownload(await download)
  }
  await exportMenuButton.click()
  await expect(kari.page.getByTestId('export-png')).toBeFocused()
  await kari.page.screenshot({ path: '/tmp/h4-export-menu.png' })
  await kari.page.keyboard.press('Escape')
  await expect(kari.page.getByTestId('export-menu')).toBeHidden()
  await expect(exportMenuButton).toBeFocused()
  const png = await exportAs('png')
  expect(png.name).toMatch(/^bygge-hus-.+\.png$/)
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  await expect(kari.page.getByTestId('board-toast-message')).toHaveText(`Lastet ned ${png.name}.`)
  const svg = await exportAs('svg')
  expect(svg.text).toContain('<svg')
  expect(svg.text).toContain('Får ferdigattest')

  const json = await exportAs('json')
  expect(json.name).toMatch(/^bygge-hus-reise-\d{4}-\d{2}-\d{2}\.json$/)
  const file = JSON.parse(json.text) as { format: string; version: number; journey: { painPoints: unknown[]; handoffs: unknown[]; steps: unknown[] } }
  expect(file).toMatchObject({ format: 'sammen-journey', version: 1 })
  expect(file.journey.steps).toHaveLength(11)
  expect(file.journey.painPoints).toHaveLength(TEMPLATE_PAIN_POINTS.length)
  expect(file.journey.handoffs).toHaveLength(TEMPLATE_HANDOFFS.length)

  // A card outside the journey frame is not counted; the report says so and leads to it on the canvas.
  const looseId = await kari.page.evaluate(() => {
    const editor = window.__sammenEditor!
    editor.createShapes([{ type: 'step-card', x: -3000, y: -2000, props: { text: 'Et løst kort' } }])
    return editor.getCurrentPageShapes().find((shape) => shape.props.text === 'Et løst kort')!.id
  })
  const report = new ReportPage(kari.page)
  await report.openFromBoard()
  await expect(report.leftOut.locator('[data-reason="not-in-frame"]')).toContainText('1 kort er ikke med fordi de ligger utenfor reisen.')
  await report.leftOut.getByRole('button', { name: 'Vis kortene på tavla' }).click()
  await kari.board.waitUntilReady()
  await expect.poll(() => kari.page.evaluate(() => window.__sammenEditor!.getSelectedShapeIds())).toEqual([looseId])
  await expect(kari.board.stepCards.filter({ hasText: 'Et løst kort' })).toBeInViewport()
  await kari.page.screenshot({ path: '/tmp/h4-left-out-on-canvas.png' })

  // Broken files change nothing and say why.
  await kari.start.goto()
  const importFile = async (name: string, text: string) => {
    const chooser = kari.page.waitForEvent('filechooser')
    await kari.page.getByTestId('import-journey').click()
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  }
  const error = kari.page.getByTestId('import-journey-error')
  await importFile('halv.json', json.text.slice(0, 200))
  await expect(error).toHaveAttribute('data-code', 'not-json')
  await importFile('annet.json', JSON.stringify({ hei: 'verden' }))
  await expect(error).toHaveAttribute('data-code', 'wrong-format')
  await importFile('nyere.json', JSON.stringify({ ...file, version: 2 }))
  await expect(error).toContainText('nyere versjon av Sammen')
  const broken = structuredClone(file) as { journey: { steps: Record<string, unknown>[] } }
  delete broken.journey.steps[0]!.agencyId
  broken.journey.steps[1]!.channel = 'brevdue'
  await importFile('feil.json', JSON.stringify(broken))
  await expect(error).toHaveAttribute('data-code', 'invalid-journey')
  await expect(error).toContainText('Reisen i filen har 2 feil:')
  // Items are named by their position and the start of their text (at most 40 characters).
  const label = (index: number) => {
    const text = String(broken.journey.steps[index]!.text)
    return text.length > 40 ? `${text.slice(0, 39)}…` : text
  }
  await expect(error).toContainText(`Steg 1 («${label(0)}»), etat: mangler`)
  await expect(error).toContainText(`Steg 2 («${label(1)}»), kanal: er ikke et av valgene Sammen kjenner`)
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.screenshot({ path: '/tmp/h4-import-error.png', fullPage: true })
  await expect(kari.start.boardItems).toHaveCount(1)

  // The good file becomes a new board with the same journey: its report has the template's numbers.
  await importFile('bygge-hus.json', json.text)
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(11)
  // Titled after where it came from, in the UI language's date ("Bygge hus (fra fil 6. des.)").
  const today = new Intl.DateTimeFormat('nb', { day: 'numeric', month: 'short' }).format(new Date())
  await expect(kari.board.title).toHaveValue(`Bygge hus (fra fil ${today})`)
  await report.openFromBoard()
  await expect(report.summary).toContainText(`${TEMPLATE_PAIN_POINTS.length} problemer`)
  const templateKasteball = TEMPLATE_HANDOFFS.filter((handoff) => handoff.carriedBy === 'personen').length
  expect(await report.kasteball()).toEqual({ count: templateKasteball, total: TEMPLATE_HANDOFFS.length })
  await kari.start.goto()
  await expect(kari.start.boardItems).toHaveCount(2)
})

test('an empty board\'s report says what to do, in the chosen language', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.template('Tom tavle').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  const report = new ReportPage(kari.page)
  await report.openFromBoard()
  await expect(kari.page.getByTestId('report-empty')).toContainText('Ingen reise å vise ennå')
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('sammen.app')!) as { state: { language: string } }
    state.state.language = 'en'
    localStorage.setItem('sammen.app', JSON.stringify(state))
  })
  await kari.page.reload()
  await expect(kari.page.getByTestId('report-empty')).toContainText('No journey to show yet')
  await expect(kari.page.getByRole('link', { name: 'Go to the board' })).toBeVisible()
  await kari.page.screenshot({ path: '/tmp/h4-report-empty-en.png', fullPage: true })
})
