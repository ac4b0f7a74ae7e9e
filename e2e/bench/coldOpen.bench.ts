/**
 * Cold open of a 2,000-shape board to an interactive canvas, in Debian's Chromium against the real server:
 * from IndexedDB (a reload in a browser that holds the board) and from the server (a fresh browser profile).
 * "Interactive" = the tldraw editor is mounted and holds every shape, measured in the page from navigation
 * start. Run with `pnpm bench cold-open` (needs a web build: `pnpm build`).
 */
import { median } from '@sammen/bench-stats'
import { chromium, type Browser, type Page } from '@playwright/test'
import { SammenServer } from '../support/sammenServer'

const SHAPES = 2000
const RUNS = 5
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Milliseconds from navigation start until the editor is mounted and holds `count` shapes. */
async function timeToInteractive(page: Page, url: string, count: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  // Polled every animation frame; the value is the page's clock (ms since navigation start) when it held.
  // (An inline predicate, not a named function: tsx would wrap a named one in a helper the page lacks.)
  const handle = await page.waitForFunction(
    (expected) => {
      const editor = window.__sammenEditor
      return editor !== undefined && editor.getCurrentPageShapeIds().size >= expected ? performance.now() : false
    },
    count,
    { polling: 'raf', timeout: 60_000 },
  )
  const total = (await handle.jsonValue()) as number
  const phases = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, Math.round(mark.startTime)]))
    return {
      domContentLoaded: Math.round(navigation?.domContentLoadedEventEnd ?? -1),
      roomOpen: marks['sammen:room-open'] ?? -1,
      roomReady: marks['sammen:room-ready'] ?? -1,
      editorMounted: marks['sammen:editor-mounted'] ?? -1,
    }
  })
  breakdowns.push({ ...phases, interactive: Math.round(total) })
  return total
}

const breakdowns: Record<string, number>[] = []

async function seedBoard(browser: Browser, baseUrl: string, boardUrl: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${baseUrl}${boardUrl}`)
  await page.waitForFunction(() => window.__sammenEditor !== undefined)
  await page.evaluate((count) => {
    const editor = window.__sammenEditor!
    const shapes = Array.from({ length: count }, (_, i) => ({
      type: 'geo' as const,
      x: (i % 50) * 120,
      y: Math.floor(i / 50) * 120,
      props: { w: 100, h: 80 },
    }))
    editor.run(() => editor.createShapes(shapes))
  }, SHAPES)
  await page.evaluate(() => window.__sammenRoom!.flush())
  await page.waitForFunction(() => window.__sammenRoom!.getStatus().phase === 'online' && !window.__sammenRoom!.getStatus().hasUnsyncedChanges)
  return { context, page }
}

async function main() {
  const server = await SammenServer.launch()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS })
  try {
    const boardUrl = `/b/bench-cold-open-${Date.now().toString(36)}?e2e`
    const { context, page } = await seedBoard(browser, server.url, boardUrl)
    // Give the server time to persist, then measure reloads from IndexedDB in the seeding browser.
    await page.waitForTimeout(1000)
    const fromIndexedDb: number[] = []
    for (let i = 0; i < RUNS; i++) fromIndexedDb.push(await timeToInteractive(page, `${server.url}${boardUrl}`, SHAPES))
    await context.close()

    const fromServer: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const fresh = await browser.newContext()
      const freshPage = await fresh.newPage()
      fromServer.push(await timeToInteractive(freshPage, `${server.url}${boardUrl}`, SHAPES))
      await fresh.close()
    }
    const round = (n: number) => Math.round(n)
    console.log(
      JSON.stringify(
        {
          benchmark: 'cold-open',
          shapes: SHAPES,
          runs: RUNS,
          fromIndexedDbMs: { median: round(median(fromIndexedDb)), all: fromIndexedDb.map(round) },
          fromServerMs: { median: round(median(fromServer)), all: fromServer.map(round) },
          phasesMsSinceNavigation: breakdowns,
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
