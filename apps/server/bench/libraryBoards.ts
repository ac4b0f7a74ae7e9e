// The library benchmark's boards: 200 journeys of about 300 cards each (180 steps, 80 pain points, 20 opportunities,
// 20 benefits) plus 40 handoffs, built like benchJourney.ts in e2e/bench and laid out with journey-shapes' test
// layout. They vary: each board has NAV and seven other catalogue agencies picked by its number, one of the eight
// life events, and handoff information from a shared list, so agency pages and once-only lists span many boards.
import { agencyCatalogue, journeyTemplates, parseJourney, toJourneyAgency, type Journey } from '@sammen/journey-model'

const STEP_TEXTS = [
  'søker om startlån', 'sender inn inntektsopplysninger', 'venter på vedtak', 'ringer saksbehandleren', 'laster opp dokumentasjon',
  'får brev om ny frist', 'fyller ut skjema på nett', 'møter opp på kontoret', 'leser veiledningen', 'klager på vedtaket',
]
const PAIN_TEXTS = [
  'Må sende de samme opplysningene flere ganger', 'Lang ventetid uten svar', 'Uklart hvem som har ansvaret',
  'Skjemaet finnes bare på papir', 'Blir sendt videre til en annen etat',
]
const INFORMATION = ['inntekt', 'gjeld', 'fødselsnummer', 'adresse', 'vedtak', 'arbeidsforhold', 'skattemelding', 'legeerklæring']
const CHANNELS = ['digital', 'telefon', 'brev', 'oppmøte', 'annet'] as const

export const PHASES = 10
export const LANES = 7
export const STEPS = 180
export const PAIN_POINTS = 80
export const OPPORTUNITIES = 20
export const BENEFITS = 20
export const HANDOFFS = 40

export function libraryBenchJourney(board: number): Journey {
  const others = agencyCatalogue.filter((agency) => agency.id !== 'nav')
  const chosen = [agencyCatalogue.find((agency) => agency.id === 'nav')!, ...Array.from({ length: 7 }, (_, i) => others[(board * 3 + i * 5) % others.length]!)]
  const agencies = [...new Map(chosen.map((agency) => [agency.id, toJourneyAgency(agency)])).values()]
  const template = journeyTemplates[board % journeyTemplates.length]!
  const phases = Array.from({ length: PHASES }, (_, i) => ({ id: `fase-${i}`, name: `Fase ${i + 1}` }))
  const lanes = Array.from({ length: LANES }, (_, i) => ({ id: `rad-${i}`, name: `Rad ${i + 1}` }))
  const steps = Array.from({ length: STEPS }, (_, i) => ({
    id: `steg-${i}`,
    text: `Steg ${i + 1}: jeg ${STEP_TEXTS[(i + board) % STEP_TEXTS.length]}`,
    channel: CHANNELS[i % CHANNELS.length]!,
    agencyId: agencies[i % agencies.length]!.id,
    phaseId: phases[i % PHASES]!.id,
    laneId: lanes[Math.floor(i / PHASES) % LANES]!.id,
    emotion: (i % 5) - 2,
  }))
  const painPoints = Array.from({ length: PAIN_POINTS }, (_, i) => ({
    id: `problem-${i}`,
    text: `${PAIN_TEXTS[(i + board) % PAIN_TEXTS.length]} (${i + 1})`,
    agencyId: agencies[(i * 3) % agencies.length]!.id,
    severity: ((i % 3) + 1) as 1 | 2 | 3,
    category: 'venting' as const,
    stepId: steps[(i * 2) % STEPS]!.id,
  }))
  // Consecutive steps belong to different agencies, so every handoff is between two.
  const handoffs = Array.from({ length: HANDOFFS }, (_, i) => ({
    id: `overlevering-${i}`,
    fromStepId: steps[i * 4]!.id,
    toStepId: steps[i * 4 + 1]!.id,
    carriedBy: i % 2 === 0 ? ('personen' as const) : ('etatene' as const),
    information: [INFORMATION[(i + board) % INFORMATION.length]!, INFORMATION[(i + board + 3) % INFORMATION.length]!],
  }))
  const opportunities = Array.from({ length: OPPORTUNITIES }, (_, i) => ({
    id: `mulighet-${i}`,
    text: `Mulighet ${i + 1}: del opplysningene direkte`,
    painPointIds: [painPoints[i]!.id],
    agencyIds: [agencies[i % agencies.length]!.id],
  }))
  const benefits = Array.from({ length: BENEFITS }, (_, i) => ({
    id: `gevinst-${i}`,
    text: `Gevinst ${i + 1}: færre henvendelser`,
    landsWith: i % 4 === 0 ? 'personen' : agencies[i % agencies.length]!.id,
    contributors: [agencies[(i + 1) % agencies.length]!.id],
  }))
  return parseJourney({
    lifeEvent: { id: template.id, name: template.name },
    situation: 'Jeg står midt i en livshendelse',
    agencies,
    phases,
    lanes,
    steps,
    painPoints,
    handoffs,
    opportunities,
    benefits,
  })
}
