import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const nyINorgeTemplate: JourneyTemplate = {
  id: 'ny-i-norge',
  name: 'Ny i Norge',
  description: 'Fra søknad om opphold gjennom registrering, bolig og språk til arbeid og et liv i lokalsamfunnet.',
  situation: 'Jeg har fått oppholdstillatelse og skal bosette meg og begynne et nytt liv i Norge.',
  phases: [
    { key: 'for', name: 'Jeg skal flytte til Norge' },
    { key: 'ankomst', name: 'Jeg kommer til Norge' },
    { key: 'papirer', name: 'Jeg får papirene i orden' },
    { key: 'sprak', name: 'Jeg lærer språket og finner arbeid' },
    { key: 'hverdag', name: 'Jeg er en del av lokalsamfunnet' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['udi', 'politiet', 'skatteetaten', 'folkeregisteret', 'imdi', 'kommunen', 'bank', 'helfo', 'nav'],
  steps: [
    { key: 'soknad', text: 'Søker om oppholdstillatelse', phase: 'for', lane: 'digital', agency: 'udi', channel: 'digital', duration: 'Flere måneder', emotion: -1 },
    { key: 'politiet', text: 'Møter hos politiet for å få oppholdskort', phase: 'ankomst', lane: 'person', agency: 'politiet', channel: 'oppmøte', emotion: -1 },
    { key: 'id-kontroll', text: 'Møter til ID-kontroll hos Skatteetaten', phase: 'ankomst', lane: 'person', agency: 'skatteetaten', channel: 'oppmøte', emotion: -1 },
    { key: 'bosetting', text: 'Blir bosatt i en kommune', phase: 'ankomst', lane: 'etat', agency: 'imdi', channel: 'annet' },
    {
      key: 'fodselsnummer', text: 'Blir registrert i Folkeregisteret og får fødselsnummer', phase: 'papirer', lane: 'etat', agency: 'folkeregisteret', channel: 'brev',
      duration: '2–6 uker', emotion: 1,
    },
    { key: 'bankkonto', text: 'Åpner bankkonto og får BankID', phase: 'papirer', lane: 'person', agency: 'bank', channel: 'oppmøte', emotion: -2 },
    { key: 'fastlege', text: 'Får tildelt fastlege', phase: 'papirer', lane: 'etat', agency: 'helfo', channel: 'brev', emotion: 1 },
    { key: 'introduksjon', text: 'Starter i introduksjonsprogram og norskopplæring', phase: 'sprak', lane: 'person', agency: 'kommunen', channel: 'oppmøte', emotion: 1 },
    { key: 'arbeid', text: 'Får hjelp fra NAV til å finne arbeid', phase: 'sprak', lane: 'digital', agency: 'nav', channel: 'digital', emotion: 0 },
    { key: 'skole', text: 'Melder barna på skole og barnehage', phase: 'hverdag', lane: 'digital', agency: 'kommunen', channel: 'digital', emotion: 1 },
  ],
  painPoints: [
    { text: 'Uten fødselsnummer får jeg ikke bankkonto, og uten bankkonto får jeg ikke lønn', agency: 'bank', severity: 3, category: 'kasteball', step: 'bankkonto' },
    { text: 'Uten BankID kommer jeg ikke inn i de digitale tjenestene', agency: 'bank', severity: 3, category: 'mangler-digital-tjeneste', step: 'bankkonto' },
    { text: 'Venter i uker på fødselsnummer og kan ikke gjøre noe imens', agency: 'folkeregisteret', severity: 2, category: 'venting', step: 'fodselsnummer' },
    { text: 'Må vise de samme dokumentene til UDI, politiet og Skatteetaten', agency: 'politiet', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'politiet' },
    { text: 'Informasjonen finnes bare på norsk eller engelsk', agency: 'udi', severity: 2, category: 'uklar-informasjon', step: 'soknad' },
  ],
  handoffs: [
    { from: 'soknad', to: 'politiet', carriedBy: 'personen', information: ['pass', 'vedtak om oppholdstillatelse'] },
    { from: 'politiet', to: 'id-kontroll', carriedBy: 'personen', information: ['pass', 'vedtak om oppholdstillatelse'] },
    { from: 'id-kontroll', to: 'fodselsnummer', carriedBy: 'etatene', information: ['identitet'] },
    { from: 'fodselsnummer', to: 'bankkonto', carriedBy: 'personen', information: ['fødselsnummer', 'pass'] },
    { from: 'bosetting', to: 'introduksjon', carriedBy: 'etatene', information: ['utdanning og arbeidserfaring'] },
  ],
}
