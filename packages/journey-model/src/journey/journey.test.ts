import { describe, expect, it } from 'vitest'
import { smallJourneyInput } from '../analysis/smallJourney.fixture'
import type { JourneyInput } from './journey'
import { journeySchema, parseJourney } from './journey'
import { isFirstPersonSituation } from './lifeEvent'

/** The messages zod reports for a journey, with their paths. */
function problemsOf(input: JourneyInput): string[] {
  const result = journeySchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('journeySchema', () => {
  it('accepts a consistent journey and fills in defaults', () => {
    const journey = parseJourney({ ...smallJourneyInput, opportunities: undefined, actors: [{ id: 'x', name: 'Brukerpanel', interest: 'stor', influence: 'liten' }], relations: [] })
    expect(journey.steps).toHaveLength(5)
    expect(journey.opportunities).toEqual([])
    expect(journey.actors[0]).toMatchObject({ informationNeeds: '', followUp: '' })
  })

  it('names the step whose agency, phase or lane is missing', () => {
    const steps = smallJourneyInput.steps?.map((step) => (step.id === 's3' ? { ...step, agencyId: 'udi', phaseId: 'p9', laneId: 'ingen' } : step))
    expect(problemsOf({ ...smallJourneyInput, steps })).toEqual([
      'steps.2.agencyId: Step "s3" ("Søker om sosialhjelp") refers to agency "udi", which is not in the journey\'s agencies.',
      'steps.2.phaseId: Step "s3" ("Søker om sosialhjelp") refers to phase "p9", which is not in the journey\'s phases.',
      'steps.2.laneId: Step "s3" ("Søker om sosialhjelp") refers to lane "ingen", which is not in the journey\'s lanes.',
    ])
  })

  it('refuses a handoff between two steps of the same agency', () => {
    const handoffs = [{ id: 'h-same', fromStepId: 's1', toStepId: 's4', carriedBy: 'personen' as const, information: ['vedtak'] }]
    expect(problemsOf({ ...smallJourneyInput, handoffs })).toEqual([
      'handoffs.0.toStepId: Handoff "h-same" goes from step "s1" to step "s4", both owned by agency "nav": a handoff goes between two different agencies.',
    ])
  })

  it('reports missing steps, pain points, agencies and actors wherever they are referenced', () => {
    const problems = problemsOf({
      ...smallJourneyInput,
      painPoints: [{ id: 'pp', text: 'Vondt', agencyId: 'nav', severity: 2, category: 'annet', stepId: 's1', phaseId: 'p2' }],
      opportunities: [{ id: 'o', text: 'Idé', painPointIds: ['borte'], agencyIds: ['nav', 'politiet'], stepId: 's42' }],
      handoffs: [{ id: 'h', fromStepId: 's0', toStepId: 's1', carriedBy: 'etatene', information: [] }],
      benefits: [{ id: 'b', text: 'Gevinst', landsWith: 'bank', contributors: ['nav', 'udi'] }],
      actors: [{ id: 'a', agencyId: 'imdi', interest: 'liten', influence: 'liten' }],
      relations: [{ id: 'r', fromActorId: 'a', toActorId: 'a', label: 'eier' }],
    })
    expect(problems).toEqual([
      'painPoints.0.phaseId: Pain point "pp" ("Vondt") is placed in phase "p2", but its step "s1" is in phase "p1".',
      'opportunities.0.painPointIds.0: Opportunity "o" ("Idé") refers to pain point "borte", which is not in the journey\'s pain points.',
      'opportunities.0.agencyIds.1: Opportunity "o" ("Idé") refers to agency "politiet", which is not in the journey\'s agencies.',
      'opportunities.0.stepId: Opportunity "o" ("Idé") refers to step "s42", which is not in the journey\'s steps.',
      'handoffs.0.fromStepId: Handoff "h" refers to step "s0", which is not in the journey\'s steps.',
      'benefits.0.landsWith: Benefit "b" ("Gevinst") refers to agency "bank", which is not in the journey\'s agencies.',
      'benefits.0.contributors.1: Benefit "b" ("Gevinst") refers to agency "udi", which is not in the journey\'s agencies.',
      'actors.0.agencyId: Actor "a" refers to agency "imdi", which is not in the journey\'s agencies.',
      'relations.0.toActorId: Actor relation "r" ("eier") goes from actor "a" to itself.',
    ])
  })

  it('refuses duplicate ids and an agency called "personen"', () => {
    const agencies = [...smallJourneyInput.agencies, { id: 'personen', name: 'Personen', shortName: 'Meg', level: 'privat' as const, colour: '#000000' }]
    const phases = [...smallJourneyInput.phases, { id: 'p1', name: 'Igjen' }]
    expect(problemsOf({ ...smallJourneyInput, agencies, phases })).toEqual([
      'phases.3.id: Phase "p1" ("Igjen") has the same id as an earlier phase.',
      'agencies.3.id: Agency "personen" ("Personen") may not use the id "personen": it stands for the person in benefits.',
    ])
  })

  it('checks single items: colour, emotion, severity, actor naming', () => {
    expect(problemsOf({ ...smallJourneyInput, agencies: [{ ...smallJourneyInput.agencies[0]!, colour: 'red' }] })[0]).toMatch(/^agencies\.0\.colour: A colour is written as #rrggbb/)
    const steps = smallJourneyInput.steps?.map((step) => ({ ...step, emotion: 3 }))
    expect(problemsOf({ ...smallJourneyInput, steps })[0]).toMatch(/^steps\.0\.emotion/)
    const actors = [{ id: 'a', interest: 'stor' as const, influence: 'stor' as const }]
    expect(problemsOf({ ...smallJourneyInput, actors, relations: [] })).toEqual(['actors.0.name: An actor needs an agencyId or a name.'])
  })

  it('throws one error that lists every problem', () => {
    expect(() => parseJourney({ ...smallJourneyInput, lanes: [] })).toThrow(/steps\.0\.laneId: Step "s1"[\s\S]*steps\.4\.laneId/)
  })
})

describe('isFirstPersonSituation', () => {
  it('accepts situations told by the person', () => {
    for (const situation of ['Jeg skal bygge hus', 'Vi vil starte et kor', ' jeg har mistet jobben']) expect(isFirstPersonSituation(situation)).toBe(true)
  })
  it('refuses agency-side descriptions', () => {
    for (const situation of ['Søke om byggetillatelse', 'Jegeren skal søke', 'Brukeren har fått barn']) expect(isFirstPersonSituation(situation)).toBe(false)
  })
})
