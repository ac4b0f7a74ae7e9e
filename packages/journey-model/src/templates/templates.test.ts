import { describe, expect, it } from 'vitest'
import { kasteballHandoffs } from '../analysis/kasteballHandoffs'
import { painPointsByAgencyAndPhase } from '../analysis/painPointsByAgencyAndPhase'
import { agencySchema } from '../journey/agency'
import { isFirstPersonSituation } from '../journey/lifeEvent'
import { faBarnTemplate } from './faBarn'
import { journeyFromTemplate } from './journeyFromTemplate'
import type { JourneyTemplate } from './journeyTemplate'
import { findJourneyTemplate, journeyTemplates } from './templates'

describe('journey templates', () => {
  it('cover the seven prioritised life events and "Bygge hus", with unique ids', () => {
    expect(journeyTemplates.map((template) => template.name)).toEqual([
      'Få barn',
      'Alvorlig sykt barn',
      'Miste og finne jobb',
      'Ny i Norge',
      'Dødsfall og arv',
      'Starte og drive en frivillig organisasjon',
      'Starte og drive en bedrift',
      'Bygge hus',
    ])
    expect(new Set(journeyTemplates.map((template) => template.id)).size).toBe(journeyTemplates.length)
    expect(findJourneyTemplate('bygge-hus')?.situation).toBe('Jeg skal bygge hus.')
  })

  describe.each(journeyTemplates.map((template) => [template.id, template] as const))('%s', (_id, template) => {
    const journey = journeyFromTemplate(template)

    it('becomes a valid journey with 4–7 phases, at least 2 agencies and a first-person situation', () => {
      expect(journey.phases.length).toBeGreaterThanOrEqual(4)
      expect(journey.phases.length).toBeLessThanOrEqual(7)
      expect(journey.agencies.length).toBeGreaterThanOrEqual(2)
      expect(isFirstPersonSituation(journey.situation), journey.situation).toBe(true)
      // phases are told from the person's side, not named after an agency's process
      for (const phase of template.phases) expect(phase.name).not.toMatch(/^(søknad|saksbehandling|vedtak|behandling av|registrering)/i)
    })

    it('lays out a meaningful start: steps in every phase, owned pain points, handoffs', () => {
      for (const phase of journey.phases) expect(journey.steps.some((step) => step.phaseId === phase.id), phase.name).toBe(true)
      for (const agency of journey.agencies) expect(journey.steps.some((step) => step.agencyId === agency.id), agency.id).toBe(true)
      expect(journey.painPoints.length).toBeGreaterThanOrEqual(3)
      expect(painPointsByAgencyAndPhase(journey).withoutPhaseTotal.count).toBe(0)
      expect(kasteballHandoffs(journey).count).toBeGreaterThanOrEqual(1)
    })
  })
})

describe('journeyFromTemplate', () => {
  it('makes deterministic ids by default', () => {
    const journey = journeyFromTemplate(faBarnTemplate)
    expect(journey.lifeEvent).toMatchObject({ id: 'fa-barn', name: 'Få barn' })
    expect(journey.phases[0]?.id).toBe('fa-barn.phase.venter')
    expect(journey.steps[0]).toMatchObject({ id: 'fa-barn.step.svangerskapskontroll', phaseId: 'fa-barn.phase.venter', laneId: 'fa-barn.lane.person' })
    expect(journey.painPoints[0]?.id).toBe('fa-barn.painPoint.1')
    expect(journeyFromTemplate(faBarnTemplate)).toEqual(journey)
  })

  it('uses an injected id factory once per item, keeping references consistent', () => {
    let counter = 0
    const journey = journeyFromTemplate(faBarnTemplate, { createId: () => `id-${++counter}` })
    const phaseIds = new Set(journey.phases.map((phase) => phase.id))
    expect(journey.phases.map((phase) => phase.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5'])
    for (const step of journey.steps) expect(phaseIds.has(step.phaseId)).toBe(true)
    // agencies keep their catalogue ids
    expect(journey.agencies.map((agency) => agency.id)).toEqual(faBarnTemplate.agencyIds)
  })

  it('takes the person\'s own situation', () => {
    expect(journeyFromTemplate(faBarnTemplate, { situation: 'Jeg venter tvillinger' }).situation).toBe('Jeg venter tvillinger')
  })

  it('keeps only the chosen agencies and drops what belongs to the others', () => {
    const journey = journeyFromTemplate(faBarnTemplate, { agencyIds: ['nav', 'arbeidsgiver', 'skatteetaten'] })
    expect(journey.agencies.map((agency) => agency.id)).toEqual(['nav', 'arbeidsgiver', 'skatteetaten'])
    expect(new Set(journey.steps.map((step) => step.agencyId))).toEqual(new Set(['nav', 'arbeidsgiver']))
    expect(journey.painPoints.map((painPoint) => painPoint.agencyId)).toEqual(['nav', 'nav', 'arbeidsgiver'])
    // fødsel → fødselsnummer and foreldrepenger → barnehage are gone with sykehuset, Folkeregisteret and kommunen
    expect(journey.handoffs.map((handoff) => handoff.id)).toEqual(['fa-barn.handoff.1', 'fa-barn.handoff.2', 'fa-barn.handoff.5'])
  })

  it('adds the agencies people added themselves where their ids are in the chosen list', () => {
    const own = { id: 'egen-barnehagen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', level: 'privat', colour: '#7a3b00' } as const
    const unchosen = { ...own, id: 'egen-ikke-valgt', name: 'Ikke valgt' }
    const journey = journeyFromTemplate(faBarnTemplate, {
      agencyIds: ['nav', own.id, 'skatteetaten'],
      ownAgencies: [agencySchema.parse(own), agencySchema.parse(unchosen)],
    })
    expect(journey.agencies.map((agency) => agency.id)).toEqual(['nav', own.id, 'skatteetaten'])
    expect(journey.agencies[1]).toMatchObject({ name: 'Barnehagen Solsikken', colour: '#7a3b00', level: 'privat' })
  })

  it('refuses agencies outside the catalogue', () => {
    expect(() => journeyFromTemplate(faBarnTemplate, { agencyIds: ['nav', 'hogwarts'] })).toThrow(/agency "hogwarts" is not in the agency catalogue/)
  })

  it('reports a template whose keys do not match', () => {
    const broken: JourneyTemplate = { ...faBarnTemplate, handoffs: [{ from: 'fodsel', to: 'finnes-ikke', carriedBy: 'personen', information: [] }] }
    expect(() => journeyFromTemplate(broken)).toThrow(/Handoff "fa-barn.handoff.1" refers to step "fa-barn.step.finnes-ikke"/)
  })
})
