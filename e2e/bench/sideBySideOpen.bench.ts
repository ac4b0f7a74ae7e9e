/**
 * Opening a 2,000-shape board with text, Sammen next to plain tldraw (issue 12), in one Chromium with the same flags,
 * each app built with Vite and served by apps/server's static handler (sideBySide.ts):
 *  - from IndexedDB: a reload in a browser that holds the board. Sammen: its room (Dexie, then the server);
 *    plain: `<Tldraw persistenceKey>`, tldraw's own IndexedDB persistence.
 *  - from the server: a fresh browser context. Sammen: the board's first sync over its websocket; plain: fetch the
 *    board's JSON snapshot and `loadSnapshot`, no sync.
 * Two boards (`--board text|journey`, both by default):
 *  - `text`: 2,000 geo rectangles with a line of text each, the same on both sides; the view starts at 100 % at the
 *    page's origin (about a hundred shapes in view);
 *  - `journey`: Sammen's 2,000-card journey (LARGE_JOURNEY, 2,102 shapes) next to plain tldraw drawing each of its
 *    shapes as a geo rectangle of the same bounds and text; Sammen opens at its first view of a journey (the journey
 *    fitted, at 10 % at least: wider than the window), plain at the same camera (`&camera=`), so both draw the same
 *    shapes (`shapesInView` says how many each).
 * Timed from navigation start to
 * `bench:visible-shapes-painted` (every shape in view in the DOM and painted), with each app's own marks beside and
 * `bench:all-shapes-loaded` (the store holds every shape; later than the first for an app that loads the first view
 * first).
 * Rounds interleave the apps (Sammen, plain, Sammen, plain) after one untimed warm-up round; medians of the rounds
 * and the median of the per-round ratios. Run with `pnpm bench side-by-side-open` (needs Sammen's web build;
 * SAMMEN_E2E_WEB_DIST points at another). `--rounds n` (default 7); `--profile <dir>` also writes a CPU profile
 * (Chrome DevTools `Profiler`) of one more run of each of the four to that folder; `--no-minify` builds the plain app
 * without minification (give Sammen such a build too to read the profiles: `npx vite build --minify false`).
 */
import type { BrowserContext, Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LARGE_JOURNEY } from './benchJourney'
import { drawGeoBoxes, launchSideBySide, layOutSammenJourney, ratioOfRounds, readMarks, sideBySideContext, summary, textBoard, waitForBoardPainted, type BenchEditor, type SideBySide, type TextBox } from './sideBySide'

const SHAPES = 2000
const argument = (name: string) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const ROUNDS = Number(argument('--rounds') ?? 7)
type BoardKind = 'text' | 'journey'
const BOARDS: BoardKind[] = argument('--board') ? [argument('--board') as BoardKind] : ['text', 'journey']
const PROFILE_DIR = argument('--profile')

const SAMMEN_MARKS = ['sammen:room-open', 'sammen:room-ready', 'sammen:editor-mounted', 'bench:visible-shapes-painted', 'sammen:room-loaded', 'bench:all-shapes-loaded']
const PLAIN_MARKS = ['plain:snapshot-fetched', 'plain:snapshot-loaded', 'plain:editor-mounted', 'bench:visible-shapes-painted', 'bench:all-shapes-loaded']

interface Run {
  ms: number
  marks: Record<string, number>
}

/** Opens `url` in `page` and times it to the painted mark; with `profilePath`, records a CPU profile of it too. */
async function timeOpen(page: Page, url: string, marks: string[], profilePath?: string): Promise<Run> {
  const cdp = profilePath ? await page.context().newCDPSession(page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
  }
  await page.goto(url, { waitUntil: 'commit' })
  const ms = await waitForBoardPainted(page)
  if (cdp && profilePath) {
    const { profile } = await cdp.send('Profiler.stop')
    writeFileSync(profilePath, JSON.stringify(profile))
    await cdp.detach()
  }
  return { ms, marks: await readMarks(page, marks) }
}

/** A fresh browser (nothing stored, nothing cached) opening `url` once. */
async function timeFreshOpen(open: () => Promise<BrowserContext>, url: string, marks: string[], profilePath?: string): Promise<Run> {
  const context = await open()
  try {
    return await timeOpen(await context.newPage(), url, marks, profilePath)
  } finally {
    await context.close()
  }
}

/** Sammen's board of `kind` in a browser context that holds it (IndexedDB) and on the server; its shapes' boxes. */
async function sammenBoard(side: SideBySide, kind: BoardKind): Promise<{ url: string; page: Page; boxes: TextBox[] }> {
  const url = `${side.sammen.url}/b/bench-side-by-side-${kind}-${Date.now().toString(36)}?e2e`
  const synced = (page: Page) =>
    page.waitForFunction(
      () => {
        const status = window.__sammenRoom?.getStatus()
        return status?.phase === 'online' && !status.hasUnsyncedChanges
      },
      undefined,
      { timeout: 120_000 },
    )
  if (kind === 'text') {
    const boxes = textBoard(SHAPES)
    const page = await (await sideBySideContext(side.browser, boxes)).newPage()
    await page.goto(url)
    await page.waitForFunction(() => window.__sammenEditor !== undefined && window.__sammenRoom?.getStatus().phase === 'online')
    if ((await drawGeoBoxes(page, boxes)) < SHAPES) throw new Error('Sammen holds fewer shapes than were drawn')
    await page.evaluate(() => window.__sammenRoom!.flush())
    await synced(page)
    return { url, page, boxes }
  }
  // The journey is laid out in another browser, as a colleague would; this one first opens it from the server (a
  // first visit: the journey fitted, and that camera remembered), then holds it in IndexedDB.
  const author = await (await sideBySideContext(side.browser, 1)).newPage()
  await author.goto(url)
  const boxes = await layOutSammenJourney(author, LARGE_JOURNEY)
  await author.evaluate(() => window.__sammenRoom!.flush())
  await synced(author)
  await author.context().close()
  const page = await (await sideBySideContext(side.browser, boxes)).newPage()
  await page.goto(url)
  await waitForBoardPainted(page)
  await synced(page)
  // The camera is saved 300 ms after it settles (BoardCamera).
  await page.waitForTimeout(1000)
  return { url, page, boxes }
}

async function measureBoard(side: SideBySide, kind: BoardKind) {
  const { url: sammenUrl, page: sammenPage, boxes } = await sammenBoard(side, kind)
  const sammenContext = sammenPage.context()
  const newContext = () => sideBySideContext(side.browser, boxes)
  // The journey: plain starts at the camera of Sammen's first view (the journey fitted, at Sammen's least zoom of
  // 10 % a 2,000-card journey is wider than the window), so both draw the same shapes.
  const sammenCamera = await sammenPage.evaluate(() => (window.__sammenEditor as unknown as BenchEditor).getCamera())
  const fit = kind === 'journey' ? `&camera=${[sammenCamera.x, sammenCamera.y, sammenCamera.z].join(',')}` : ''
  // Plain tldraw: the same shapes under its persistence key, and their snapshot as a static JSON file.
  const plainIdbUrl = `${side.plain.url}/?persist=bench-side-by-side-${kind}${fit}`
  const plainContext = await newContext()
  const plainPage = await plainContext.newPage()
  await plainPage.goto(plainIdbUrl)
  await plainPage.waitForFunction(() => (window as unknown as { __benchEditor?: unknown }).__benchEditor !== undefined)
  if ((await drawGeoBoxes(plainPage, boxes)) < boxes.length) throw new Error('plain tldraw holds fewer shapes than were drawn')
  const snapshot = await plainPage.evaluate(() => {
    const editor = (window as unknown as { __benchEditor: BenchEditor & { getSnapshot(): { document: unknown } } }).__benchEditor
    return JSON.stringify({ document: editor.getSnapshot().document })
  })
  // tldraw's persistence writes shortly after a change; give it time, as the server got for Sammen's.
  await plainPage.waitForTimeout(2000)
  const snapshotPath = await side.publishToPlain(`bench-${kind}.json`, snapshot)
  const plainServerUrl = `${side.plain.url}/?snapshot=${snapshotPath}${fit}`

  const idb = { sammen: [] as Run[], plain: [] as Run[] }
  const server = { sammen: [] as Run[], plain: [] as Run[] }
  // Round 0 warms both up (service worker installed, HTTP caches, the servers' files read) and is not counted.
  for (let round = 0; round <= ROUNDS; round++) {
    const sammenIdb = await timeOpen(sammenPage, sammenUrl, SAMMEN_MARKS)
    const plainIdb = await timeOpen(plainPage, plainIdbUrl, PLAIN_MARKS)
    const sammenServer = await timeFreshOpen(newContext, sammenUrl, SAMMEN_MARKS)
    const plainServer = await timeFreshOpen(newContext, plainServerUrl, PLAIN_MARKS)
    if (round === 0) continue
    idb.sammen.push(sammenIdb)
    idb.plain.push(plainIdb)
    server.sammen.push(sammenServer)
    server.plain.push(plainServer)
    console.error(`${kind} round ${round}: IndexedDB ${Math.round(sammenIdb.ms)} / ${Math.round(plainIdb.ms)} ms, server ${Math.round(sammenServer.ms)} / ${Math.round(plainServer.ms)} ms`)
  }

  let profiles: string[] = []
  if (PROFILE_DIR) {
    mkdirSync(PROFILE_DIR, { recursive: true })
    profiles = ['sammen-idb', 'plain-idb', 'sammen-server', 'plain-server'].map((name) => path.join(PROFILE_DIR, `${kind}-${name}.cpuprofile`))
    await timeOpen(sammenPage, sammenUrl, SAMMEN_MARKS, profiles[0])
    await timeOpen(plainPage, plainIdbUrl, PLAIN_MARKS, profiles[1])
    await timeFreshOpen(newContext, sammenUrl, SAMMEN_MARKS, profiles[2])
    await timeFreshOpen(newContext, plainServerUrl, PLAIN_MARKS, profiles[3])
  }

  const inViewOf = (page: Page) => page.evaluate(() => (performance.getEntriesByName('bench:visible-shapes-painted', 'mark')[0] as PerformanceMark | undefined)?.detail)
  const inView = { sammen: await inViewOf(sammenPage), plain: await inViewOf(plainPage) }
  const marksOf = (runs: Run[], names: string[]) => Object.fromEntries(names.map((name) => [name, summary(runs.map((run) => run.marks[name] ?? Number.NaN)).median]))
  const compare = (runs: { sammen: Run[]; plain: Run[] }) => ({
    sammenMs: summary(runs.sammen.map((run) => run.ms)),
    plainMs: summary(runs.plain.map((run) => run.ms)),
    ratio: ratioOfRounds(
      runs.sammen.map((run) => run.ms),
      runs.plain.map((run) => run.ms),
    ),
    sammenMarksMedianMs: marksOf(runs.sammen, SAMMEN_MARKS),
    plainMarksMedianMs: marksOf(runs.plain, PLAIN_MARKS),
  })
  await sammenContext.close()
  await plainContext.close()
  return {
    shapes: boxes.length,
    shapesInView: inView,
    snapshotBytes: snapshot.length,
    fullyLoadedMs: {
      fromIndexedDb: { sammen: summary(idb.sammen.map((run) => run.marks['bench:all-shapes-loaded']!)), plain: summary(idb.plain.map((run) => run.marks['bench:all-shapes-loaded']!)) },
      fromServer: { sammen: summary(server.sammen.map((run) => run.marks['bench:all-shapes-loaded']!)), plain: summary(server.plain.map((run) => run.marks['bench:all-shapes-loaded']!)) },
    },
    fromIndexedDb: compare(idb),
    fromServer: compare(server),
    ...(PROFILE_DIR ? { profiles } : {}),
  }
}

async function main() {
  const side = await launchSideBySide({ minify: !process.argv.includes('--no-minify') })
  try {
    const boards: Record<string, unknown> = {}
    for (const kind of BOARDS) boards[kind] = await measureBoard(side, kind)
    console.log(
      JSON.stringify(
        {
          benchmark: 'side-by-side-open',
          viewport: '1440x900',
          rounds: ROUNDS,
          measuredTo: 'bench:visible-shapes-painted (every shape in view in the DOM, then the next frame)',
          boards,
        },
        null,
        2,
      ),
    )
  } finally {
    await side.dispose()
  }
}

await main()
