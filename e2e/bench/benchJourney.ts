// The journey the browser benchmarks draw: the issue's size — 10 phases × 8 lanes, 300 cards (200 steps, 100 pain
// points) and 40 handoffs — built like a template and checked by journey-model's schema. Shared by
// journeyCanvas.bench.ts, export.bench.ts, firstView.bench.ts and sideBySidePan.bench.ts so that their figures are
// about the same board; a larger one of 2,000 cards (LARGE_JOURNEY) for the side-by-side pan; and the browser
// context they open it in.
import type { Browser, BrowserContext } from '@playwright/test'
import { findCatalogueAgency, parseJourney, toJourneyAgency, type Journey } from '@sammen/journey-model'

export const PHASES = 10
export const LANES = 8
export const STEPS = 200
export const PAIN_POINTS = 100
export const HANDOFFS = 40
export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const AGENCY_IDS = ['nav', 'skatteetaten', 'kommunen', 'kartverket', 'husbanken', 'bronnoysundregistrene', 'statens-vegvesen', 'lanekassen']

/** How large a bench journey is. */
export interface JourneySize {
  phases: number
  lanes: number
  steps: number
  painPoints: number
  handoffs: number
}

/** The issue's journey: 342 shapes on the page (300 cards, 40 handoffs, the frame and the situation). */
export const ISSUE_JOURNEY: JourneySize = { phases: PHASES, lanes: LANES, steps: STEPS, painPoints: PAIN_POINTS, handoffs: HANDOFFS }
/** 2,000 cards: 25 phases × 16 lanes (the frame allows 30 and 20), three or four steps to a cell, pain points under some. */
export const LARGE_JOURNEY: JourneySize = { phases: 25, lanes: 16, steps: 1400, painPoints: 600, handoffs: 100 }

/** A template-like journey (the issue's size unless told), checked by journey-model's schema. */
export function benchJourney(size: JourneySize = ISSUE_JOURNEY): Journey {
  const { phases: phaseCount, lanes: laneCount, steps: stepCount, painPoints: painPointCount, handoffs: handoffCount } = size
  const agencies = AGENCY_IDS.map((id) => {
    const agency = findCatalogueAgency(id)
    if (!agency) throw new Error(`agency ${id} is not in the catalogue`)
    return toJourneyAgency(agency)
  })
  const phases = Array.from({ length: phaseCount }, (_, i) => ({ id: `fase-${i}`, name: `Fase ${i + 1}` }))
  const lanes = Array.from({ length: laneCount }, (_, i) => ({ id: `rad-${i}`, name: `Rad ${i + 1}` }))
  const channels = ['digital', 'telefon', 'brev', 'oppmøte', 'annet'] as const
  const steps = Array.from({ length: stepCount }, (_, i) => ({
    id: `steg-${i}`,
    text: `Steg ${i + 1}: personen gjør noe i møte med en etat`,
    channel: channels[i % channels.length]!,
    agencyId: agencies[i % agencies.length]!.id,
    phaseId: phases[i % phaseCount]!.id,
    laneId: lanes[Math.floor(i / phaseCount) % laneCount]!.id,
    emotion: i % 7 === 0 ? undefined : ((i % 5) - 2),
  }))
  const painPoints = Array.from({ length: painPointCount }, (_, i) => ({
    id: `problem-${i}`,
    text: `Problem ${i + 1}: venter uten å vite hvorfor`,
    agencyId: agencies[(i * 3) % agencies.length]!.id,
    severity: ((i % 3) + 1) as 1 | 2 | 3,
    category: 'venting' as const,
    stepId: steps[(i * 2) % stepCount]!.id,
  }))
  const handoffs = Array.from({ length: handoffCount }, (_, i) => ({
    id: `overlevering-${i}`,
    fromStepId: steps[i * 4]!.id,
    toStepId: steps[i * 4 + 1]!.id,
    carriedBy: i % 2 === 0 ? ('personen' as const) : ('etatene' as const),
    information: ['inntekt', 'adresse'],
  }))
  return parseJourney({
    lifeEvent: { id: 'bench', name: 'Benchmark' },
    situation: 'Jeg skal gjennom en lang reise med mange etater.',
    agencies,
    phases,
    lanes,
    steps,
    painPoints,
    handoffs,
  })
}

/**
 * A person's browser at 1440 × 900, known to the app (name and agency in its stored state, as the e2e fixtures
 * seed it), so the first-visit "Hvem er du?" dialog stays away from what is timed.
 */
export async function benchContext(browser: Browser, name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' })
  await context.addInitScript((name) => {
    if (localStorage.getItem('sammen.app')) return
    const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
    localStorage.setItem('sammen.app', JSON.stringify({ state: { language: 'nb', person: { id, name, color: '#1f6fd1', agencyId: 'kommunen' } }, version: 1 }))
  }, name)
  return context
}
