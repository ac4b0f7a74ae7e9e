import { findCatalogueAgency } from '../catalogue/agencies'
import { toJourneyAgency } from '../catalogue/catalogueAgency'
import { parseJourney, type JourneyInput } from '../journey/journey'
import type { LibraryJourney } from './libraryJourney'

/**
 * Three small boards for the tests across journeys, their figures worked out by hand in the tests:
 * - A "Fødsel i Nordby" (Få barn): nav, skatteetaten and the board's own Nordby kommune;
 * - B "Arbeidsledig i Sørby" (Miste og finne jobb): nav and the board's own Sørby kommune;
 * - C "Fødsel i Østby" (Få barn again): nav and skatteetaten.
 * NAV is on all three; the person carries "inntekt" to or from NAV in both life events (A and B), "termindato" in
 * one life event only (A and C are both "Få barn").
 */
const catalogue = (id: string) => toJourneyAgency(findCatalogueAgency(id)!)
const nordby = { id: 'nordby-kommune', name: 'Nordby kommune', shortName: 'Nordby', level: 'kommune', colour: '#2a7a3b' } as const
const sorby = { id: 'sorby-kommune', name: 'Sørby kommune', shortName: 'Sørby', level: 'kommune', colour: '#6a3a8b' } as const
const faBarn = { id: 'fa-barn', name: 'Få barn' }
const misteJobb = { id: 'miste-og-finne-jobb', name: 'Miste og finne jobb' }

const journeyA: JourneyInput = {
  lifeEvent: faBarn,
  situation: 'Vi skal få barn',
  agencies: [catalogue('nav'), catalogue('skatteetaten'), nordby],
  phases: [
    { id: 'a-p1', name: 'Før fødselen' },
    { id: 'a-p2', name: 'Etter fødselen' },
  ],
  lanes: [{ id: 'a-person', name: 'Det vi gjør' }],
  steps: [
    { id: 'a-s1', text: 'Søker foreldrepenger', channel: 'digital', agencyId: 'nav', phaseId: 'a-p1', laneId: 'a-person' },
    { id: 'a-s2', text: 'Får fødselsnummer', channel: 'brev', agencyId: 'skatteetaten', phaseId: 'a-p2', laneId: 'a-person' },
    { id: 'a-s3', text: 'Søker barnehageplass', channel: 'digital', agencyId: 'nordby-kommune', phaseId: 'a-p2', laneId: 'a-person' },
  ],
  painPoints: [
    { id: 'a-pp1', text: 'Må sende inntekten selv', agencyId: 'nav', severity: 2, category: 'samme-informasjon-flere-ganger', stepId: 'a-s1' },
    { id: 'a-pp2', text: 'Fødselsnummeret kommer sent', agencyId: 'skatteetaten', severity: 3, category: 'venting', stepId: 'a-s2' },
    { id: 'a-pp3', text: 'Vet ikke når pengene kommer', agencyId: 'nav', severity: 3, category: 'uklar-informasjon', phaseId: 'a-p2' },
  ],
  handoffs: [
    { id: 'a-h1', fromStepId: 'a-s1', toStepId: 'a-s2', carriedBy: 'personen', information: ['Inntekt', 'termindato'] },
    { id: 'a-h2', fromStepId: 'a-s2', toStepId: 'a-s3', carriedBy: 'etatene', information: ['fødselsnummer'] },
    { id: 'a-h3', fromStepId: 'a-s3', toStepId: 'a-s1', carriedBy: 'personen', information: ['inntekt '] },
  ],
  benefits: [
    { id: 'a-b1', text: 'Pengene kommer i tide', landsWith: 'personen', contributors: ['nav', 'skatteetaten'] },
    { id: 'a-b2', text: 'Færre henvendelser', landsWith: 'nav', contributors: ['skatteetaten'] },
  ],
  actors: [
    { id: 'a-a1', agencyId: 'nav', interest: 'stor', influence: 'stor', informationNeeds: 'Tall på søknader', followUp: 'Kvartalsvis' },
    { id: 'a-a2', name: 'Barne- og familiedepartementet', interest: 'middels', influence: 'stor' },
  ],
  relations: [{ id: 'a-r1', fromActorId: 'a-a2', toActorId: 'a-a1', label: 'styrer' }],
}

const journeyB: JourneyInput = {
  lifeEvent: misteJobb,
  situation: 'Jeg har mistet jobben',
  agencies: [catalogue('nav'), sorby],
  phases: [{ id: 'b-p1', name: 'Jeg mister jobben' }],
  lanes: [{ id: 'b-person', name: 'Det jeg gjør' }],
  steps: [
    { id: 'b-s1', text: 'Melder meg arbeidsledig', channel: 'digital', agencyId: 'nav', phaseId: 'b-p1', laneId: 'b-person' },
    { id: 'b-s2', text: 'Søker sosialhjelp', channel: 'oppmøte', agencyId: 'sorby-kommune', phaseId: 'b-p1', laneId: 'b-person' },
  ],
  painPoints: [
    { id: 'b-pp1', text: 'Lang ventetid på dagpenger', agencyId: 'nav', severity: 3, category: 'venting', stepId: 'b-s1' },
    { id: 'b-pp2', text: 'Må møte opp', agencyId: 'sorby-kommune', severity: 1, category: 'mangler-digital-tjeneste', stepId: 'b-s2' },
  ],
  handoffs: [
    { id: 'b-h1', fromStepId: 'b-s1', toStepId: 'b-s2', carriedBy: 'personen', information: ['inntekt', 'vedtak'] },
    { id: 'b-h2', fromStepId: 'b-s2', toStepId: 'b-s1', carriedBy: 'personen', information: ['husleie'] },
  ],
  benefits: [{ id: 'b-b1', text: 'Riktig utbetaling', landsWith: 'nav', contributors: ['sorby-kommune'] }],
  actors: [{ id: 'b-a1', agencyId: 'nav', interest: 'stor', influence: 'middels' }],
}

const journeyC: JourneyInput = {
  lifeEvent: faBarn,
  situation: 'Vi har fått barn',
  agencies: [catalogue('nav'), catalogue('skatteetaten')],
  phases: [{ id: 'c-p1', name: 'Etter fødselen' }],
  lanes: [{ id: 'c-person', name: 'Det vi gjør' }],
  steps: [
    { id: 'c-s1', text: 'Søker engangsstønad', channel: 'digital', agencyId: 'nav', phaseId: 'c-p1', laneId: 'c-person' },
    { id: 'c-s2', text: 'Melder fødselen', channel: 'digital', agencyId: 'skatteetaten', phaseId: 'c-p1', laneId: 'c-person' },
  ],
  handoffs: [{ id: 'c-h1', fromStepId: 'c-s2', toStepId: 'c-s1', carriedBy: 'personen', information: ['Termindato'] }],
}

export const boardA: LibraryJourney = { boardId: 'board-a1', boardTitle: 'Fødsel i Nordby', lifeEvent: faBarn, journey: parseJourney(journeyA) }
export const boardB: LibraryJourney = { boardId: 'board-b1', boardTitle: 'Arbeidsledig i Sørby', lifeEvent: misteJobb, journey: parseJourney(journeyB) }
export const boardC: LibraryJourney = { boardId: 'board-c1', boardTitle: 'Fødsel i Østby', lifeEvent: faBarn, journey: parseJourney(journeyC) }
