/**
 * Exporting the journey — 10 phases × 8 lanes, 300 cards and 40 handoffs (benchJourney.ts) — in Debian's
 * Chromium against the real server, through the board's "Eksporter" menu: the whole page as SVG and as PNG (twice
 * the pixels, at most 40 megapixels), each timed from the click until the browser has the file; and the A3 wall
 * poster as PDF, from the click on
 * "Plakat A3" until Chromium's PDF (what "Save as PDF" in the print dialog makes, `page.pdf`) is written.
 * Fresh board per run; 5 runs; medians.
 * Run with `pnpm bench export` (needs a web build: `pnpm build`, or SAMMEN_E2E_WEB_DIST).
 */
import { median, round } from '@sammen/bench-stats'
import { chromium, type Page } from '@playwright/test'
import { SammenServer } from '../support/sammenServer'
import { benchContext, benchJourney, LAUNCH_ARGS } from './benchJourney'

const RUNS = 5

interface ExportTimes {
  svgMs: number
  svgBytes: number
  pngMs: number
  pngBytes: number
  shapes: number
}

/**
 * The poster: menu click → poster laid out → PDF bytes, timed from the test's side (page.pdf runs in the browser).
 * NaN for a build without the poster (an older build measured for comparison).
 */
async function timePosterPdf(page: Page): Promise<{ pdfMs: number; pdfBytes: number }> {
  // A headless browser has no print dialog: window.print() does nothing here, as in the e2e test.
  await page.evaluate(() => {
    window.print = () => undefined
  })
  await page.getByTestId('open-export-menu').click()
  if ((await page.getByTestId('export-poster-a3').count()) === 0) return { pdfMs: Number.NaN, pdfBytes: Number.NaN }
  const start = Date.now()
  await page.getByTestId('export-poster-a3').click()
  await page.getByTestId('poster-print').waitFor({ state: 'attached' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  return { pdfMs: Date.now() - start, pdfBytes: pdf.length }
}

/**
 * One file export as a person makes it: "Eksporter" → the kind, timed from the click until the browser has the
 * file (the download event, after apps/web/src/exports/canvasExports.ts made it).
 */
async function timeDownload(page: Page, kind: 'svg' | 'png'): Promise<{ ms: number; bytes: number }> {
  await page.getByTestId('open-export-menu').click()
  const download = page.waitForEvent('download', { timeout: 120_000 })
  const start = Date.now()
  await page.getByTestId(`export-${kind}`).click()
  const file = await download
  const ms = Date.now() - start
  const stream = await file.createReadStream()
  let bytes = 0
  for await (const chunk of stream) bytes += (chunk as Buffer).length
  return { ms, bytes }
}

async function timeExports(page: Page): Promise<ExportTimes> {
  const svg = await timeDownload(page, 'svg')
  const png = await timeDownload(page, 'png')
  const shapes = await page.evaluate(() => window.__sammenEditor!.getCurrentPageShapeIds().size)
  return { svgMs: svg.ms, svgBytes: svg.bytes, pngMs: png.ms, pngBytes: png.bytes, shapes }
}

async function main() {
  const journey = benchJourney()
  const server = await SammenServer.launch()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS })
  try {
    const runs: (ExportTimes & { pdfMs: number; pdfBytes: number })[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await benchContext(browser, 'Kari Nordmann')
      const page = await context.newPage()
      await page.goto(`${server.url}/b/bench-export-${Date.now().toString(36)}-${run}?e2e`)
      await page.waitForFunction(() => window.__sammenEditor !== undefined && window.__sammenLayOutJourney !== undefined)
      await page.evaluate((journey) => window.__sammenLayOutJourney!(journey), journey)
      // Fonts and the first paint of 300 cards settle, and the board is saved, before anything is timed.
      await page.waitForTimeout(1500)
      await page.waitForFunction(() => window.__sammenRoom?.getStatus().hasUnsyncedChanges === false)
      const exports = await timeExports(page)
      const poster = await timePosterPdf(page)
      runs.push({ ...exports, ...poster })
      await context.close()
    }
    const ms = (values: number[]) => ({ median: round(median(values), 0), all: values.map((value) => round(value, 0)) })
    console.log(
      JSON.stringify(
        {
          benchmark: 'export',
          cards: journey.steps.length + journey.painPoints.length,
          handoffs: journey.handoffs.length,
          shapesOnPage: runs[0]?.shapes,
          runs: RUNS,
          svgMs: ms(runs.map((run) => run.svgMs)),
          svgKiB: round(median(runs.map((run) => run.svgBytes)) / 1024, 0),
          pngMs: ms(runs.map((run) => run.pngMs)),
          pngKiB: round(median(runs.map((run) => run.pngBytes)) / 1024, 0),
          posterA3PdfMs: ms(runs.map((run) => run.pdfMs)),
          posterA3PdfKiB: round(median(runs.map((run) => run.pdfBytes)) / 1024, 0),
        },
        null,
        2,
      ),
    )
  } finally {
    await browser.close()
    await server.dispose()
  }
}

await main()
