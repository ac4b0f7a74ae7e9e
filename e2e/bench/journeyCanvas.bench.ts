/**
 * The journey canvas at the size — 10 phases × 8 lanes, 300 cards (200 steps, 100 pain points) and 40
 * handoffs — in Debian's Chromium against the real server:
 *  (a) laying the journey out on a new board (what "Lag tavla" does: plan, records, one store transaction, zoom
 *      to fit), timed in the page around the call and until the next frame is painted;
 *  (b) frame times while panning the laid-out board: 60 frames, the camera moved in every requestAnimationFrame,
 *      frame time = the difference of consecutive rAF timestamps.
 * Fresh board per run; 5 runs; medians (and p95 of the frame times). Run with `pnpm bench journey-canvas`
 * (needs a web build: `pnpm build`, or SAMMEN_E2E_WEB_DIST).
 */
import { median, percentile, round as roundTo } from '@sammen/bench-stats'
import { chromium, type Page } from '@playwright/test'
import type { Journey } from '@sammen/journey-model'
import { SammenServer } from '../support/sammenServer'
import { benchJourney, LANES, LAUNCH_ARGS, PAIN_POINTS, PHASES, STEPS } from './benchJourney'

const RUNS = 5
const PAN_FRAMES = 60

const round = (value: number) => roundTo(value, 1)

/** Lays the journey out on the open (empty) board: ms for the call, and until the next frame is painted. */
async function timeLayOut(page: Page, journey: Journey): Promise<{ callMs: number; paintedMs: number; shapes: number }> {
  return page.evaluate(async (journey) => {
    const start = performance.now()
    window.__sammenLayOutJourney!(journey)
    const called = performance.now()
    // Two frames: the first runs React's render of the new shapes, the second starts after it was painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const painted = performance.now()
    return { callMs: called - start, paintedMs: painted - start, shapes: window.__sammenEditor!.getCurrentPageShapes().length }
  }, journey)
}

/** Frame times (ms) while the camera pans a little in every frame, at the zoom that shows the whole journey. */
async function panFrameTimes(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const editor = window.__sammenEditor!
    editor.zoomToFit()
    const start = editor.getCamera()
    const stamps: number[] = []
    // A plain loop, no named inner function: tsx would wrap one in a helper the page does not have.
    for (let frame = 0; frame <= frames; frame++) {
      stamps.push(await new Promise<number>((resolve) => requestAnimationFrame(resolve)))
      editor.setCamera({ x: start.x - (frame + 1) * 12, y: start.y - (frame + 1) * 4, z: start.z })
    }
    return stamps.slice(1).map((time, i) => time - stamps[i]!)
  }, frames)
}

async function main() {
  const journey = benchJourney()
  const server = await SammenServer.launch()
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS })
  try {
    const call: number[] = []
    const painted: number[] = []
    const p95s: number[] = []
    const medians: number[] = []
    let shapes = 0
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(`${server.url}/b/bench-journey-${Date.now().toString(36)}-${run}?e2e`)
      await page.waitForFunction(() => window.__sammenEditor !== undefined && window.__sammenLayOutJourney !== undefined)
      await page.waitForTimeout(500)
      const layOut = await timeLayOut(page, journey)
      call.push(layOut.callMs)
      painted.push(layOut.paintedMs)
      shapes = layOut.shapes
      await page.waitForTimeout(500)
      const frames = await panFrameTimes(page, PAN_FRAMES)
      p95s.push(percentile(frames, 95))
      medians.push(median(frames))
      await context.close()
    }
    const cards = journey.steps.length + journey.painPoints.length
    if (cards !== STEPS + PAIN_POINTS) throw new Error(`expected ${STEPS + PAIN_POINTS} cards, the journey has ${cards}`)
    console.log(
      JSON.stringify(
        {
          benchmark: 'journey-canvas',
          phases: PHASES,
          lanes: LANES,
          cards,
          handoffs: journey.handoffs.length,
          shapesOnBoard: shapes,
          runs: RUNS,
          layOutCallMs: { median: round(median(call)), all: call.map(round) },
          layOutUntilPaintedMs: { median: round(median(painted)), all: painted.map(round) },
          panFrameMs: { framesPerRun: PAN_FRAMES, medianOfP95: round(median(p95s)), p95PerRun: p95s.map(round), medianPerRun: medians.map(round) },
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
