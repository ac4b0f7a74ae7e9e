import { describe, expect, it } from 'vitest'
import { parseJourney, type JourneyInput } from '../journey/journey'
import { compareJourneys } from './compareJourneys'
import { smallJourney, smallJourneyInput } from './smallJourney.fixture'

/*
 * The small journey as-is (with durations on three steps) and a to-be journey made from it, every number below
 * worked out by hand from these two:
 *
 * as-is  steps s1 nav p1 "1–2 uker", s2 skatt p1 "Flere uker", s3 kommune p2, s4 nav p2 "4 uker", s5 kommune p3
 *        pain points pp1 nav s1 (3), pp2 nav s4 (1), pp3 skatt s2 (2), pp4 kommune p3 (2), pp5 kommune – (1),
 *        pp6 nav s1 (2); handoffs h1 s1→s2 person, h2 s2→s3 agencies, h3 s3→s4 person, h4 s4→s5 person,
 *        h5 s1→s2 person
 * to-be  phase p1 renamed, p3 gone (with s5, pp4 and h4), p4 new with s6 skatt "45 minutter";
 *        s1 "3 dager", s4 "2 uker"; pp1 gone, pp2 reworded, pp7 skatt s2 (1) new; h1 gone, h3 now carried by the
 *        agencies, h6 s4→s6 agencies new; opportunity o2 new; an agency (husbanken) with nothing on the board.
 */
const asIsInput: JourneyInput = {
  ...smallJourneyInput,
  steps: smallJourneyInput.steps!.map((step) =>
    step.id === 's1' ? { ...step, duration: '1–2 uker' } : step.id === 's2' ? { ...step, duration: 'Flere uker' } : step,
  ),
}
const asIs = parseJourney(asIsInput)

const toBe = parseJourney({
  ...asIsInput,
  agencies: [
    ...asIsInput.agencies,
    { id: 'husbanken', name: 'Husbanken', shortName: 'Husbanken', level: 'stat', colour: '#00509e' },
  ],
  phases: [
    { id: 'p1', name: 'Jeg mister jobben' },
    { id: 'p2', name: 'Jeg søker hjelp' },
    { id: 'p4', name: 'Jeg har fått hjelp' },
  ],
  steps: [
    ...asIsInput.steps!.filter((step) => step.id !== 's5').map((step) =>
      step.id === 's1' ? { ...step, duration: '3 dager' } : step.id === 's4' ? { ...step, duration: '2 uker' } : step,
    ),
    { id: 's6', text: 'Får time hos veileder', channel: 'digital', agencyId: 'skatt', phaseId: 'p4', laneId: 'person', duration: '45 minutter' },
  ],
  painPoints: [
    { id: 'pp2', text: 'Venter litt', agencyId: 'nav', severity: 1, category: 'venting', stepId: 's4' },
    ...asIsInput.painPoints!.filter((painPoint) => ['pp3', 'pp5', 'pp6'].includes(painPoint.id)),
    { id: 'pp7', text: 'Må sjekke skattekortet', agencyId: 'skatt', severity: 1, category: 'annet', stepId: 's2' },
  ],
  opportunities: [{ id: 'o2', text: 'Automatisk melding til NAV' }],
  handoffs: [
    ...asIsInput.handoffs!.filter((handoff) => ['h2', 'h5'].includes(handoff.id)),
    { id: 'h3', fromStepId: 's3', toStepId: 's4', carriedBy: 'etatene', information: ['inntekt'] },
    { id: 'h6', fromStepId: 's4', toStepId: 's6', carriedBy: 'etatene', information: ['vedtak'] },
  ],
  benefits: [],
})

const resolutions = [
  { painPointId: 'pp1', byShapeId: 'o2', note: 'Meldingen kommer av seg selv' },
  { painPointId: 'pp4', byShapeId: 'gone', note: '' },
  // pp2 is still on the to-be board: its record is not shown.
  { painPointId: 'pp2', byShapeId: 's4', note: 'Kortere ventetid' },
]

describe('compareJourneys', () => {
  const comparison = compareJourneys(asIs, toBe, resolutions)

  it('sums up pain points, handoffs, kasteball, steps and durations', () => {
    expect(comparison.summary).toEqual({
      steps: { before: 5, after: 5 },
      painPoints: { resolved: 2, remaining: 4, new: 1, before: 6, after: 5 },
      handoffs: { removed: 2, added: 1, before: 5, after: 4 },
      // before: h1, h3, h4, h5; after: h5 (h3 is now carried by the agencies).
      kasteball: { before: 4, after: 1 },
      duration: {
        // "1–2 uker" counts 14 days (upper end) + "4 uker" 28; "Flere uker" unreadable; s3 and s5 have none.
        before: { days: 42, read: 2, unreadable: 1, missing: 2 },
        // 3 days + 14 + 45 minutes; "Flere uker" still unreadable; s3 has none.
        after: { days: 17 + 45 / 1440, read: 3, unreadable: 1, missing: 1 },
      },
    })
    expect(comparison.durationMode).toBe('upper')
  })

  it('lists phases in the to-be order, a removed phase after the one it followed', () => {
    expect(comparison.phases.map(({ phaseId, name, renamedFrom, status }) => ({ phaseId, name, renamedFrom, status }))).toEqual([
      { phaseId: 'p1', name: 'Jeg mister jobben', renamedFrom: 'Jeg får beskjed', status: 'kept' },
      { phaseId: 'p2', name: 'Jeg søker hjelp', renamedFrom: null, status: 'kept' },
      { phaseId: 'p3', name: 'Jeg er i gang igjen', renamedFrom: null, status: 'removed' },
      { phaseId: 'p4', name: 'Jeg har fått hjelp', renamedFrom: null, status: 'added' },
    ])
  })

  it('counts per phase: resolved where they were, remaining and new where they are now', () => {
    const [p1, p2, p3, p4] = comparison.phases
    expect(p1).toMatchObject({
      steps: { before: 2, after: 2 },
      // pp1 resolved; pp3, pp6 remain; pp7 new.
      painPoints: { resolved: 1, remaining: 2, new: 1 },
      handoffs: { removed: 1, added: 0 },
      kasteball: { before: 2, after: 1 },
      duration: { before: { days: 14, read: 1, unreadable: 1, missing: 0 }, after: { days: 3, read: 1, unreadable: 1, missing: 0 } },
    })
    expect(p2).toMatchObject({
      steps: { before: 2, after: 2 },
      painPoints: { resolved: 0, remaining: 1, new: 0 },
      // h4 (from s4) removed, h6 (from s4) added; h3 and h4 were carried by the person.
      handoffs: { removed: 1, added: 1 },
      kasteball: { before: 2, after: 0 },
      duration: { before: { days: 28, read: 1, unreadable: 0, missing: 1 }, after: { days: 14, read: 1, unreadable: 0, missing: 1 } },
    })
    expect(p3).toMatchObject({
      steps: { before: 1, after: 0 },
      painPoints: { resolved: 1, remaining: 0, new: 0 },
      handoffs: { removed: 0, added: 0 },
      kasteball: { before: 0, after: 0 },
      duration: { before: { days: 0, read: 0, unreadable: 0, missing: 1 }, after: { days: 0, read: 0, unreadable: 0, missing: 0 } },
    })
    expect(p4).toMatchObject({ steps: { before: 0, after: 1 }, duration: { after: { days: 45 / 1440, read: 1, unreadable: 0, missing: 0 } } })
    // pp5 has neither step nor phase.
    expect(comparison.withoutPhase).toEqual({ resolved: 0, remaining: 1, new: 0 })
  })

  it('counts per agency, and leaves out agencies nothing is counted for', () => {
    const rows = comparison.agencies.map(({ agencyId, steps, painPoints, handoffs, kasteball }) => ({ agencyId, steps, painPoints, handoffs, kasteball }))
    expect(rows).toEqual([
      {
        agencyId: 'nav',
        steps: { before: 2, after: 2 },
        painPoints: { resolved: 1, remaining: 2, new: 0 },
        // h1 nav→skatt and h4 nav→kommune removed, h6 nav→skatt added; kasteball h1, h3, h4, h5 → h5.
        handoffs: { removed: 2, added: 1 },
        kasteball: { before: 4, after: 1 },
      },
      {
        agencyId: 'skatt',
        steps: { before: 1, after: 2 },
        painPoints: { resolved: 0, remaining: 1, new: 1 },
        handoffs: { removed: 1, added: 1 },
        kasteball: { before: 2, after: 1 },
      },
      {
        agencyId: 'kommune',
        steps: { before: 2, after: 1 },
        painPoints: { resolved: 1, remaining: 1, new: 0 },
        handoffs: { removed: 1, added: 0 },
        kasteball: { before: 2, after: 0 },
      },
    ])
  })

  it('lists the pain points most severe first, each resolved one with its recorded resolution', () => {
    expect(comparison.resolved.map(({ painPoint, phase, agency, resolution }) => ({ id: painPoint.id, phase: phase?.id, agency: agency?.id, resolution }))).toEqual([
      {
        id: 'pp1',
        phase: 'p1',
        agency: 'nav',
        resolution: { byShapeId: 'o2', card: { id: 'o2', kind: 'opportunity', text: 'Automatisk melding til NAV' }, note: 'Meldingen kommer av seg selv' },
      },
      // The card it named is no longer on the to-be board.
      { id: 'pp4', phase: 'p3', agency: 'kommune', resolution: { byShapeId: 'gone', card: null, note: '' } },
    ])
    expect(comparison.remaining.map(({ painPoint }) => painPoint.id)).toEqual(['pp3', 'pp6', 'pp2', 'pp5'])
    // Remaining pain points read as the to-be board has them.
    expect(comparison.remaining.find(({ painPoint }) => painPoint.id === 'pp2')?.painPoint.text).toBe('Venter litt')
    expect(comparison.newPainPoints.map(({ painPoint, step }) => [painPoint.id, step?.id])).toEqual([['pp7', 's2']])
  })

  it('lists removed and added handoffs with their agencies, steps and phase', () => {
    const describe = (entries: typeof comparison.removedHandoffs) =>
      entries.map(({ handoff, fromAgency, toAgency, fromStep, toStep, phase }) => [handoff.id, fromAgency?.id, toAgency?.id, fromStep?.id, toStep?.id, phase?.id])
    expect(describe(comparison.removedHandoffs)).toEqual([
      ['h1', 'nav', 'skatt', 's1', 's2', 'p1'],
      ['h4', 'nav', 'kommune', 's4', 's5', 'p2'],
    ])
    expect(describe(comparison.addedHandoffs)).toEqual([['h6', 'nav', 'skatt', 's4', 's6', 'p2']])
  })

  it('counts duration ranges by their middle when asked', () => {
    const mean = compareJourneys(asIs, toBe, [], { durationMode: 'mean' })
    expect(mean.durationMode).toBe('mean')
    // "1–2 uker" = 10.5 days.
    expect(mean.summary.duration.before.days).toBe(38.5)
    expect(mean.resolved.every(({ resolution }) => resolution === null)).toBe(true)
  })

  it('finds nothing changed between a journey and itself', () => {
    const same = compareJourneys(smallJourney, smallJourney, [])
    expect(same.summary.painPoints).toEqual({ resolved: 0, remaining: 6, new: 0, before: 6, after: 6 })
    expect(same.summary.handoffs).toEqual({ removed: 0, added: 0, before: 5, after: 5 })
    expect(same.summary.kasteball).toEqual({ before: 4, after: 4 })
    expect(same.phases.every((phase) => phase.status === 'kept' && phase.renamedFrom === null)).toBe(true)
  })
})
