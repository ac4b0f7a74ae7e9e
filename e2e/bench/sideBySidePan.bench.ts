/**
 * Frame times while the camera moves over a journey, Sammen's cards next to plain tldraw drawing the same bounds as
 * geo rectangles with the same text (issue 12), in one Chromium with the same flags (sideBySide.ts):
 *  - the issue's journey, 10 phases × 8 lanes, 300 cards and 40 handoffs (342 shapes on the page);
 *  - a journey of 2,000 cards (25 phases × 16 lanes, 1,400 steps, 600 pain points, 100 handoffs).
 * Sammen lays the journey out as "Lag tavla" does; the plain app gets one geo rectangle per shape on Sammen's page
 * (cards, frame, situation text, arrows) with the shape's page bounds and text. Per round each app moves its camera
 * three ways (`CameraMotion`: panning the fitted view, panning at 100 %, zooming from fitted to 100 %), 60 frames
 * each; the rounds alternate Sammen and plain on the same two pages after one untimed warm-up round. Reported: the
 * median over rounds of each run's p50 and p95 frame time, and the median of the per-round p95 ratios. Run with
 * `pnpm bench side-by-side-pan` (needs Sammen's web build; SAMMEN_E2E_WEB_DIST points at another); `--rounds n`
 * (default 5), `--journey issue|large` for one of the two; `--profile <dir>` also writes a CPU profile (Chrome
 * DevTools `Profiler`) of one more `pan-fitted` run on each side to that folder; `--trace <dir>` writes a Chrome trace of
 * one more run of each motion on each side there and prints where the main thread's time went (traceSummary.ts):
 * a CPU profile shows only JavaScript, and most of a frame here is style, layout, paint and raster.
 */
import { median, percentile, round } from '@sammen/bench-stats'
import type { Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ISSUE_JOURNEY, LARGE_JOURNEY, type JourneySize } from './benchJourney'
import { summariseTrace, type TraceSummary } from './traceSummary'
import { cameraFrameTimes, drawGeoBoxes, launchSideBySide, layOutSammenJourney, ratioOfRounds, sideBySideContext, type CameraMotion, type SideBySide, type TextBox } from './sideBySide'

const FRAMES = 60
const MOTIONS: CameraMotion[] = ['pan-fitted', 'pan-100', 'zoom']
const argument = (name: string) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const ROUNDS = Number(argument('--rounds') ?? 5)
const JOURNEYS: Record<string, JourneySize> = { issue: ISSUE_JOURNEY, large: LARGE_JOURNEY }
const chosen = argument('--journey')
const PROFILE_DIR = argument('--profile')
const TRACE_DIR = argument('--trace')
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8']

/** One more pan of the fitted view with the CPU profiler on, written to `file`. */
async function profilePan(page: Page, file: string) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await cameraFrameTimes(page, 'pan-fitted', FRAMES)
  const { profile } = await cdp.send('Profiler.stop')
  writeFileSync(file, JSON.stringify(profile))
  await cdp.detach()
}

/** One more run of `motion` with Chrome tracing on, written to `file`; returns where the main thread's time went. */
async function tracePan(side: SideBySide, page: Page, motion: CameraMotion, file: string): Promise<TraceSummary> {
  await side.browser.startTracing(page, { categories: TRACE_CATEGORIES })
  await cameraFrameTimes(page, motion, FRAMES)
  const trace = await side.browser.stopTracing()
  writeFileSync(file, trace)
  return summariseTrace(trace.toString('utf8'))
}

interface FrameStats {
  p50: number
  p95: number
}

const stats = (frames: number[]): FrameStats => ({ p50: median(frames), p95: percentile(frames, 95) })

/** Two frames: the first runs React's render of what changed, the second starts after it was painted. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))

/** Sammen with the journey laid out on a new board; returns its page and every shape's page bounds and text. */
async function sammenJourney(side: SideBySide, size: JourneySize): Promise<{ page: Page; boxes: TextBox[] }> {
  const context = await sideBySideContext(side.browser, 1)
  const page = await context.newPage()
  await page.goto(`${side.sammen.url}/b/bench-side-by-side-pan-${Date.now().toString(36)}?e2e`)
  return { page, boxes: await layOutSammenJourney(page, size) }
}

/** The plain app with one geo rectangle per box. */
async function plainBoxes(side: SideBySide, boxes: TextBox[]): Promise<Page> {
  const context = await sideBySideContext(side.browser, 1)
  const page = await context.newPage()
  await page.goto(`${side.plain.url}/`)
  await page.waitForFunction(() => (window as unknown as { __benchEditor?: unknown }).__benchEditor !== undefined)
  if ((await drawGeoBoxes(page, boxes)) !== boxes.length) throw new Error('plain tldraw holds another number of shapes than were drawn')
  await twoFrames(page)
  return page
}

async function measureJourney(side: SideBySide, name: string, size: JourneySize) {
  const sammen = await sammenJourney(side, size)
  const plainPage = await plainBoxes(side, sammen.boxes)
  const runs = Object.fromEntries(MOTIONS.map((motion) => [motion, { sammen: [] as FrameStats[], plain: [] as FrameStats[] }]))
  for (let round = 0; round <= ROUNDS; round++) {
    for (const motion of MOTIONS) {
      const sammenStats = stats(await cameraFrameTimes(sammen.page, motion, FRAMES))
      const plainStats = stats(await cameraFrameTimes(plainPage, motion, FRAMES))
      if (round === 0) continue
      runs[motion]!.sammen.push(sammenStats)
      runs[motion]!.plain.push(plainStats)
      console.error(`${name} ${motion} round ${round}: p95 ${sammenStats.p95.toFixed(1)} / ${plainStats.p95.toFixed(1)} ms`)
    }
  }
  if (PROFILE_DIR) {
    mkdirSync(PROFILE_DIR, { recursive: true })
    await profilePan(sammen.page, path.join(PROFILE_DIR, `${name}-sammen-pan.cpuprofile`))
    await profilePan(plainPage, path.join(PROFILE_DIR, `${name}-plain-pan.cpuprofile`))
  }
  const traces: Record<string, { sammen: TraceSummary; plain: TraceSummary }> = {}
  if (TRACE_DIR) {
    mkdirSync(TRACE_DIR, { recursive: true })
    for (const motion of MOTIONS) {
      traces[motion] = {
        sammen: await tracePan(side, sammen.page, motion, path.join(TRACE_DIR, `${name}-sammen-${motion}.json`)),
        plain: await tracePan(side, plainPage, motion, path.join(TRACE_DIR, `${name}-plain-${motion}.json`)),
      }
    }
  }
  await sammen.page.context().close()
  await plainPage.context().close()
  const one = (values: number[]) => round(median(values), 1)
  return {
    shapes: sammen.boxes.length,
    ...(TRACE_DIR ? { mainThreadPerRunMs: traces } : {}),
    ...Object.fromEntries(
      MOTIONS.map((motion) => {
        const { sammen: s, plain: p } = runs[motion]!
        return [
          motion,
          {
            sammenMs: { p50: one(s.map((run) => run.p50)), p95: one(s.map((run) => run.p95)), p95PerRound: s.map((run) => round(run.p95, 1)) },
            plainMs: { p50: one(p.map((run) => run.p50)), p95: one(p.map((run) => run.p95)), p95PerRound: p.map((run) => round(run.p95, 1)) },
            ratioP50: ratioOfRounds(
              s.map((run) => run.p50),
              p.map((run) => run.p50),
            ),
            ratioP95: ratioOfRounds(
              s.map((run) => run.p95),
              p.map((run) => run.p95),
            ),
          },
        ]
      }),
    ),
  }
}

async function main() {
  const side = await launchSideBySide()
  try {
    const names = chosen ? [chosen] : Object.keys(JOURNEYS)
    const results: Record<string, unknown> = {}
    for (const name of names) {
      const size = JOURNEYS[name]
      if (!size) throw new Error(`unknown journey "${name}"; known: ${Object.keys(JOURNEYS).join(', ')}`)
      results[name] = { ...size, ...(await measureJourney(side, name, size)) }
    }
    console.log(JSON.stringify({ benchmark: 'side-by-side-pan', viewport: '1440x900', framesPerRun: FRAMES, rounds: ROUNDS, journeys: results }, null, 2))
  } finally {
    await side.dispose()
  }
}

await main()
