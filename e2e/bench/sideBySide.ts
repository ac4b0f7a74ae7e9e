// What the side-by-side benchmarks (sideBySideOpen.bench.ts, sideBySidePan.bench.ts) share: Sammen and the plain
// tldraw app (plainTldraw/) built and served alike, one Chromium with the same flags for both, the same "all visible
// shapes painted" mark on both sides, the shapes both draw, and frame times while the camera moves.
import { median, round } from '@sammen/bench-stats'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SammenServer } from '../support/sammenServer'
import { benchJourney, LAUNCH_ARGS, type JourneySize } from './benchJourney'
import { buildPlainTldraw } from './plainTldraw/buildPlainTldraw'

/** Both apps' servers (the same server program serves each build) and the browser they are opened in. */
export interface SideBySide {
  browser: Browser
  sammen: SammenServer
  plain: SammenServer
  plainDist: string
  /** Puts a file into the plain app's static files (a JSON snapshot); the server rereads its files on restart. */
  publishToPlain(name: string, content: string): Promise<string>
  dispose(): Promise<void>
}

/**
 * Builds the plain tldraw app into a temporary directory and starts two servers, Sammen's build (SAMMEN_E2E_WEB_DIST
 * or apps/web/dist) and the plain one, both with apps/server's static file serving (sirv, the same cache headers).
 * `minify: false` builds the plain app without minification, for profiles.
 */
export async function launchSideBySide(options: { minify?: boolean } = {}): Promise<SideBySide> {
  const plainDist = await buildPlainTldraw(options)
  const sammen = await SammenServer.launch()
  const plain = await SammenServer.launch({ webDist: plainDist })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS })
  return {
    browser,
    sammen,
    plain,
    plainDist,
    async publishToPlain(name, content) {
      writeFileSync(path.join(plainDist, name), content)
      // The static handler lists the build's files when it starts; a restart keeps the port (the origin).
      await plain.restart()
      return `/${name}`
    },
    async dispose() {
      await browser.close()
      await sammen.dispose()
      await plain.dispose()
      rmSync(plainDist, { recursive: true, force: true })
    },
  }
}

/**
 * A browser context at 1440 × 900 known to Sammen (no first-visit dialog), with the marks of `watchBoardPainted`
 * for a board of `board` (its boxes, or only how many shapes it has).
 */
export async function sideBySideContext(browser: Browser, board: TextBox[] | number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' })
  await context.addInitScript(() => {
    if (localStorage.getItem('sammen.app')) return
    const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
    localStorage.setItem('sammen.app', JSON.stringify({ state: { language: 'nb', person: { id, name: 'Kari Nordmann', color: '#1f6fd1', agencyId: 'kommunen' } }, version: 1 }))
  })
  await watchBoardPainted(context, typeof board === 'number' ? { total: board, boxes: [] } : { total: board.length, boxes: board })
  return context
}

/**
 * The marks both sides are timed to, set in the same way for Sammen (`__sammenEditor`, with `?e2e`) and plain
 * tldraw (`__benchEditor`), checked in every animation frame from the first:
 * - `bench:visible-shapes-painted`: every shape of the board in view is rendered, in the DOM, and the frame that
 *   showed them has been painted (the next animation frame began). "Every shape in view" is told from the board's
 *   boxes (page coordinates) against the editor's viewport: a board that loads what is in view first is not done
 *   until all of that is there; without boxes, until the store holds all `total` shapes.
 * - `bench:all-shapes-loaded`: the store holds all `total` shapes and what is in view is painted (the same moment
 *   for an app that loads everything before it draws).
 */
async function watchBoardPainted(context: BrowserContext, board: { total: number; boxes: TextBox[] }): Promise<void> {
  await context.addInitScript((board: { total: number; boxes: TextBox[] }) => {
    // An async arrow and a plain loop, no named inner function: tsx would wrap one in a helper the page lacks.
    void (async () => {
      let visiblePainted = false
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve))
        const hooks = window as unknown as { __sammenEditor?: BenchEditor; __benchEditor?: BenchEditor }
        const editor = hooks.__sammenEditor ?? hooks.__benchEditor
        if (!editor) continue
        const loaded = editor.getCurrentPageShapeIds().size >= board.total
        if (!loaded && board.boxes.length === 0) continue
        const culled = editor.getCulledShapes()
        const inView = editor.getRenderingShapes().filter((shape) => !culled.has(shape.id))
        // Nothing in view yet: the viewport is not measured (both boards have shapes at the first view).
        if (inView.length === 0) continue
        const view = editor.getViewportPageBounds()
        const expected = board.boxes.filter((box) => box.x < view.x + view.w && view.x < box.x + box.w && box.y < view.y + view.h && view.y < box.y + box.h).length
        if (inView.length < expected) continue
        if (!inView.every((shape) => document.querySelector(`.tl-shape[data-shape-id="${shape.id}"]`) !== null)) continue
        await new Promise((resolve) => requestAnimationFrame(resolve))
        if (!visiblePainted) {
          visiblePainted = true
          performance.mark('bench:visible-shapes-painted', { detail: { inView: inView.length } })
        }
        if (loaded) {
          performance.mark('bench:all-shapes-loaded')
          return
        }
      }
    })()
  }, board)
}

/** The part of tldraw's Editor the benchmarks use in the page (e2e types no app and no tldraw). */
export interface BenchEditor {
  getCurrentPageShapeIds(): Set<string>
  getCulledShapes(): Set<string>
  getRenderingShapes(): { id: string }[]
  getCurrentPageShapes(): { id: string; type: string }[]
  getShapePageBounds(shape: { id: string }): { x: number; y: number; w: number; h: number } | undefined
  getShapeUtil(shape: { id: string; type: string }): { getText(shape: unknown): string | undefined }
  createShapes(shapes: unknown[]): unknown
  run(fn: () => void): unknown
  zoomToFit(): unknown
  getCamera(): { x: number; y: number; z: number }
  getViewportScreenBounds(): { w: number; h: number }
  getViewportPageBounds(): { x: number; y: number; w: number; h: number }
  setCamera(camera: { x: number; y: number; z: number }, options?: { immediate?: boolean }): unknown
}

/** A box with its text: what both apps draw (Sammen's cards, or geo rectangles of the same bounds and text). */
export interface TextBox {
  x: number
  y: number
  w: number
  h: number
  text: string
}

/** `count` boxes of 100 × 80 in rows of 50, each with a sentence like the cards' (the label is tldraw's largest cost). */
export function textBoard(count: number): TextBox[] {
  return Array.from({ length: count }, (_, i) => ({
    x: (i % 50) * 120,
    y: Math.floor(i / 50) * 120,
    w: 100,
    h: 80,
    text: `Steg ${i + 1}: søker om støtte`,
  }))
}

/**
 * Draws the boxes as tldraw geo rectangles with their text (sans, small, top-left like a card's), in one
 * transaction, through whichever editor the page exposes. Returns how many shapes the page then holds.
 */
export async function drawGeoBoxes(page: Page, boxes: TextBox[]): Promise<number> {
  return page.evaluate((boxes) => {
    const hooks = window as unknown as { __sammenEditor?: BenchEditor; __benchEditor?: BenchEditor }
    const editor = (hooks.__sammenEditor ?? hooks.__benchEditor)!
    const shapes = boxes.map((box) => ({
      type: 'geo',
      x: box.x,
      y: box.y,
      props: {
        geo: 'rectangle',
        w: box.w,
        h: box.h,
        font: 'sans',
        size: 's',
        align: 'start',
        verticalAlign: 'start',
        // tldraw's rich text for one paragraph per line (toRichText without importing tldraw into the page).
        richText: { type: 'doc', content: box.text.split('\n').map((line) => ({ type: 'paragraph', ...(line ? { content: [{ type: 'text', text: line }] } : {}) })) },
      },
    }))
    editor.run(() => editor.createShapes(shapes))
    return editor.getCurrentPageShapeIds().size
  }, boxes)
}

/**
 * Lays a journey of `size` out on Sammen's board in `page` (open at `/b/<id>?e2e`) as "Lag tavla" does, and returns
 * every shape's page bounds and text: what plain tldraw draws as geo rectangles beside it.
 */
export async function layOutSammenJourney(page: Page, size: JourneySize): Promise<TextBox[]> {
  await page.waitForFunction(() => window.__sammenEditor !== undefined && window.__sammenLayOutJourney !== undefined)
  await page.evaluate((journey) => window.__sammenLayOutJourney!(journey), benchJourney(size))
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return page.evaluate(() => {
    const editor = window.__sammenEditor as unknown as BenchEditor
    return editor.getCurrentPageShapes().flatMap((shape) => {
      const bounds = editor.getShapePageBounds(shape)
      if (!bounds) return []
      return [{ x: bounds.x, y: bounds.y, w: Math.max(1, bounds.w), h: Math.max(1, bounds.h), text: editor.getShapeUtil(shape).getText(shape) ?? '' }]
    })
  })
}

/** Milliseconds from navigation start to a mark in the page, or NaN when the page never set it. */
export async function readMarks(page: Page, names: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (names) => Object.fromEntries(names.map((name) => [name, performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN])),
    names,
  )
}

/** Waits until the page has set `bench:all-shapes-loaded`; returns when `bench:visible-shapes-painted` was set. */
export async function waitForBoardPainted(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('bench:all-shapes-loaded', 'mark').length > 0, undefined, { timeout: 120_000, polling: 100 })
  return page.evaluate(() => performance.getEntriesByName('bench:visible-shapes-painted', 'mark')[0]!.startTime)
}

/**
 * How the camera moves in the timed frames, starting from the view that fits the whole page:
 * - `pan-fitted`: pans a little in every frame at that zoom (as journeyCanvas.bench.ts), every card small on screen;
 * - `pan-100`: pans at 100 % around the page's centre, cards at their real size;
 * - `zoom`: zooms from the fitted view to 100 % around the centre.
 */
export type CameraMotion = 'pan-fitted' | 'pan-100' | 'zoom'

/** Frame times (ms) of `frames` animation frames, the camera moved by `motion` in each: consecutive rAF timestamps. */
export async function cameraFrameTimes(page: Page, motion: CameraMotion, frames: number): Promise<number[]> {
  return page.evaluate(
    async ({ motion, frames }) => {
      const hooks = window as unknown as { __sammenEditor?: BenchEditor; __benchEditor?: BenchEditor }
      const editor = (hooks.__sammenEditor ?? hooks.__benchEditor)!
      editor.zoomToFit()
      const fitted = editor.getCamera()
      const screen = editor.getViewportScreenBounds()
      // The page point in the middle of the fitted view: screen = (page + camera) × zoom.
      const centre = { x: screen.w / (2 * fitted.z) - fitted.x, y: screen.h / (2 * fitted.z) - fitted.y }
      // (No named inner function, here or below: tsx would wrap it in a helper the page does not have.)
      if (motion === 'pan-100') editor.setCamera({ x: screen.w / 2 - centre.x, y: screen.h / 2 - centre.y, z: 1 })
      // Let the starting view settle (render, cull) before timing.
      for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
      const start = editor.getCamera()
      const stamps: number[] = []
      for (let frame = 0; frame <= frames; frame++) {
        stamps.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)))
        const step = frame + 1
        const z = fitted.z * Math.pow(1 / fitted.z, step / frames)
        if (motion === 'zoom') editor.setCamera({ x: screen.w / (2 * z) - centre.x, y: screen.h / (2 * z) - centre.y, z })
        else editor.setCamera({ x: start.x - step * 12, y: start.y - step * 4, z: start.z })
      }
      return stamps.slice(1).map((time, i) => time - stamps[i]!)
    },
    { motion, frames },
  )
}

/** Median and every run, rounded. */
export function summary(values: number[], digits = 0) {
  return { median: round(median(values), digits), all: values.map((value) => round(value, digits)) }
}

/** Sammen ÷ plain: the median of per-round ratios (each round ran both, one after the other). */
export function ratioOfRounds(sammen: number[], plain: number[]): number {
  return round(median(sammen.map((value, i) => value / plain[i]!)), 2)
}
