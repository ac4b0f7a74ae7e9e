/**
 * A newcomer's first view of a large journey — the 10 phases × 8 lanes, 300 cards and 40 handoffs
 * (benchJourney.ts) — in Debian's Chromium against the real server: Kari lays the journey out and waits until the
 * server has it; then a newcomer (a fresh browser context: nothing in IndexedDB) opens the board's link. Timed in
 * the newcomer's page from navigation start until the journey is fitted to the window
 * (`sammen:first-view-fitted`, board/BoardCamera.tsx) and the frame after that is painted (two
 * requestAnimationFrames). Also reported: when the room was ready and tldraw's editor mounted (the app's own marks).
 * A fresh board and newcomer per run; 5 runs; medians. Run with `pnpm bench first-view` (needs a web build).
 */
import { median, round } from '@sammen/bench-stats'
import { chromium } from '@playwright/test'
import { SammenServer } from '../support/sammenServer'
import { benchContext, benchJourney, LAUNCH_ARGS } from './benchJourney'

const RUNS = 5

interface FirstView {
  fittedMs: number
  paintedMs: number
  roomReadyMs: number
  editorMountedMs: number
}

async function main() {
  const journey = benchJourney()
  const server = await SammenServer.launch()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS })
  try {
    const runs: FirstView[] = []
    for (let run = 0; run < RUNS; run++) {
      const boardUrl = `${server.url}/b/bench-first-view-${Date.now().toString(36)}-${run}`
      const kari = await benchContext(browser, 'Kari Nordmann')
      const kariPage = await kari.newPage()
      await kariPage.goto(`${boardUrl}?e2e`)
      await kariPage.waitForFunction(() => window.__sammenEditor !== undefined && window.__sammenLayOutJourney !== undefined)
      await kariPage.evaluate((journey) => window.__sammenLayOutJourney!(journey), journey)
      await kariPage.waitForFunction(() => {
        const status = window.__sammenRoom?.getStatus()
        return status?.phase === 'online' && !status.hasUnsyncedChanges
      })

      const newcomer = await benchContext(browser, 'Ola Nordmann')
      // Before the app's scripts: when the fit is marked, wait for the next frame to be painted and note the time.
      await newcomer.addInitScript(() => {
        new PerformanceObserver((list) => {
          if (!list.getEntriesByName('sammen:first-view-fitted').length) return
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              ;(window as unknown as { __firstViewPainted: number }).__firstViewPainted = performance.now()
            }),
          )
        }).observe({ type: 'mark', buffered: true })
      })
      const page = await newcomer.newPage()
      await page.goto(boardUrl)
      await page.waitForFunction(() => (window as unknown as { __firstViewPainted?: number }).__firstViewPainted !== undefined, undefined, { timeout: 60_000 })
      runs.push(
        // No named helper inside: tsx would wrap it in a function the page does not have.
        await page.evaluate(() => ({
          fittedMs: performance.getEntriesByName('sammen:first-view-fitted')[0]?.startTime ?? Number.NaN,
          paintedMs: (window as unknown as { __firstViewPainted: number }).__firstViewPainted,
          roomReadyMs: performance.getEntriesByName('sammen:room-ready')[0]?.startTime ?? Number.NaN,
          editorMountedMs: performance.getEntriesByName('sammen:editor-mounted')[0]?.startTime ?? Number.NaN,
        })),
      )
      await newcomer.close()
      await kari.close()
    }
    const ms = (values: number[]) => ({ median: round(median(values), 0), all: values.map((value) => round(value, 0)) })
    console.log(
      JSON.stringify(
        {
          benchmark: 'first-view',
          cards: journey.steps.length + journey.painPoints.length,
          handoffs: journey.handoffs.length,
          viewport: '1440x900',
          runs: RUNS,
          navigationToFittedAndPaintedMs: ms(runs.map((run) => run.paintedMs)),
          navigationToFittedMs: ms(runs.map((run) => run.fittedMs)),
          navigationToRoomReadyMs: ms(runs.map((run) => run.roomReadyMs)),
          navigationToEditorMountedMs: ms(runs.map((run) => run.editorMountedMs)),
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
