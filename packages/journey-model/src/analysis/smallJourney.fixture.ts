import { parseJourney } from '../journey/journey'
import type { JourneyInput } from '../journey/journey'

/**
 * A small hand-built journey whose analysis results are worked out by hand in the tests.
 * Agencies: nav, skatt, kommune. Phases p1–p3. Steps s1 (nav, p1), s2 (skatt, p1), s3 (kommune, p2),
 * s4 (nav, p2), s5 (kommune, p3).
 */
export const smallJourneyInput: JourneyInput = {
  lifeEvent: { id: 'test-hendelse', name: 'Testhendelse' },
  situation: 'Jeg har mistet jobben',
  agencies: [
    { id: 'nav', name: 'Arbeids- og velferdsetaten', shortName: 'NAV', level: 'stat', colour: '#c30000' },
    { id: 'skatt', name: 'Skatteetaten', shortName: 'Skatt', level: 'stat', colour: '#1f4e79' },
    { id: 'kommune', name: 'Kommunen', shortName: 'Kommunen', level: 'kommune', colour: '#2e6b30' },
  ],
  phases: [
    { id: 'p1', name: 'Jeg får beskjed' },
    { id: 'p2', name: 'Jeg søker hjelp' },
    { id: 'p3', name: 'Jeg er i gang igjen' },
  ],
  lanes: [
    { id: 'person', name: 'Det personen gjør' },
    { id: 'etat', name: 'Etatene bak' },
  ],
  steps: [
    { id: 's1', text: 'Melder meg arbeidsledig', channel: 'digital', agencyId: 'nav', phaseId: 'p1', laneId: 'person', emotion: -2 },
    { id: 's2', text: 'Endrer skattekortet', channel: 'digital', agencyId: 'skatt', phaseId: 'p1', laneId: 'person' },
    { id: 's3', text: 'Søker om sosialhjelp', channel: 'oppmøte', agencyId: 'kommune', phaseId: 'p2', laneId: 'person' },
    { id: 's4', text: 'Får vedtak om dagpenger', channel: 'brev', agencyId: 'nav', phaseId: 'p2', laneId: 'etat', duration: '4 uker' },
    { id: 's5', text: 'Får tilbud om kurs', channel: 'telefon', agencyId: 'kommune', phaseId: 'p3', laneId: 'etat', emotion: 1 },
  ],
  painPoints: [
    { id: 'pp1', text: 'Vet ikke hva jeg har krav på', agencyId: 'nav', severity: 3, category: 'uklar-informasjon', stepId: 's1' },
    { id: 'pp2', text: 'Lang ventetid', agencyId: 'nav', severity: 1, category: 'venting', stepId: 's4' },
    { id: 'pp3', text: 'Må finne inntekten selv', agencyId: 'skatt', severity: 2, category: 'samme-informasjon-flere-ganger', stepId: 's2' },
    { id: 'pp4', text: 'Sendes fram og tilbake', agencyId: 'kommune', severity: 2, category: 'kasteball', phaseId: 'p3' },
    { id: 'pp5', text: 'Ingen digital søknad', agencyId: 'kommune', severity: 1, category: 'mangler-digital-tjeneste' },
    { id: 'pp6', text: 'Skjemaet er vanskelig', agencyId: 'nav', severity: 2, category: 'annet', stepId: 's1', phaseId: 'p1' },
  ],
  opportunities: [
    { id: 'o1', text: 'Hent inntekt fra a-ordningen', painPointIds: ['pp3'], agencyIds: ['nav', 'skatt'] },
  ],
  handoffs: [
    { id: 'h1', fromStepId: 's1', toStepId: 's2', carriedBy: 'personen', information: ['inntekt', 'fødselsnummer'] },
    { id: 'h2', fromStepId: 's2', toStepId: 's3', carriedBy: 'etatene', information: ['inntekt'] },
    { id: 'h3', fromStepId: 's3', toStepId: 's4', carriedBy: 'personen', information: ['Inntekt ', 'vedtak'] },
    { id: 'h4', fromStepId: 's4', toStepId: 's5', carriedBy: 'personen', information: ['vedtak'] },
    { id: 'h5', fromStepId: 's1', toStepId: 's2', carriedBy: 'personen', information: ['bankkontonummer'] },
  ],
  benefits: [
    { id: 'b1', text: 'Færre feil i søknadene', landsWith: 'nav', contributors: ['skatt', 'kommune'] },
    { id: 'b2', text: 'Sparer tid', landsWith: 'personen', contributors: ['nav'] },
    { id: 'b3', text: 'Raskere saksbehandling', landsWith: 'nav', contributors: ['nav'] },
    { id: 'b4', text: 'Riktigere skattetrekk', landsWith: 'skatt', contributors: ['nav', 'skatt'] },
  ],
  actors: [
    { id: 'a1', agencyId: 'nav', interest: 'stor', influence: 'stor', informationNeeds: 'Status i prosjektet', followUp: 'Månedlig møte' },
    { id: 'a2', name: 'Arbeids- og inkluderingsdepartementet', interest: 'middels', influence: 'stor' },
  ],
  relations: [{ id: 'r1', fromActorId: 'a2', toActorId: 'a1', label: 'styrer' }],
}

export const smallJourney = parseJourney(smallJourneyInput)
