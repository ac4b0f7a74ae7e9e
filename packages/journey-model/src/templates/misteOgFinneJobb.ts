import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const misteOgFinneJobbTemplate: JourneyTemplate = {
  id: 'miste-og-finne-jobb',
  name: 'Miste og finne jobb',
  description: 'Fra oppsigelse eller permittering gjennom økonomisk usikkerhet og jobbsøking til ny jobb.',
  situation: 'Jeg har mistet jobben og må klare meg økonomisk til jeg finner noe nytt.',
  phases: [
    { key: 'mister', name: 'Jeg mister jobben' },
    { key: 'penger', name: 'Jeg må ha penger å leve av' },
    { key: 'leter', name: 'Jeg leter etter ny jobb' },
    { key: 'hjelp', name: 'Jeg trenger mer hjelp' },
    { key: 'ny-jobb', name: 'Jeg har fått ny jobb' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['arbeidsgiver', 'nav', 'nav-kontoret', 'skatteetaten', 'bank', 'lanekassen'],
  steps: [
    { key: 'oppsigelse', text: 'Får oppsigelse eller permitteringsvarsel', phase: 'mister', lane: 'person', agency: 'arbeidsgiver', channel: 'brev', emotion: -2 },
    { key: 'registrere', text: 'Registrerer meg som arbeidssøker på nav.no', phase: 'mister', lane: 'digital', agency: 'nav', channel: 'digital', emotion: -1 },
    {
      key: 'dagpenger', text: 'Søker om dagpenger og laster opp dokumentasjon', phase: 'penger', lane: 'digital', agency: 'nav', channel: 'digital',
      duration: '4–8 uker til vedtak', emotion: -1,
    },
    { key: 'meldekort', text: 'Sender meldekort', phase: 'penger', lane: 'digital', agency: 'nav', channel: 'digital', duration: 'Hver 14. dag', emotion: 0 },
    { key: 'skattekort', text: 'Endrer skattekortet fordi inntekten faller', phase: 'penger', lane: 'digital', agency: 'skatteetaten', channel: 'digital', emotion: 0 },
    { key: 'bank', text: 'Ber banken om avdragsfrihet på boliglånet', phase: 'penger', lane: 'person', agency: 'bank', channel: 'telefon', emotion: -1 },
    { key: 'lanekassen', text: 'Søker Lånekassen om betalingsutsettelse', phase: 'penger', lane: 'digital', agency: 'lanekassen', channel: 'digital', emotion: -1 },
    { key: 'aktivitetsplan', text: 'Lager aktivitetsplan med veilederen', phase: 'leter', lane: 'person', agency: 'nav-kontoret', channel: 'oppmøte', emotion: 0 },
    { key: 'tiltak', text: 'Får tilbud om kurs eller arbeidsmarkedstiltak', phase: 'hjelp', lane: 'etat', agency: 'nav-kontoret', channel: 'oppmøte', emotion: 1 },
    { key: 'ny-jobb', text: 'Begynner i ny jobb', phase: 'ny-jobb', lane: 'person', agency: 'arbeidsgiver', channel: 'annet', emotion: 2 },
    { key: 'melde-fra', text: 'Melder fra til NAV om den nye jobben', phase: 'ny-jobb', lane: 'digital', agency: 'nav', channel: 'digital', emotion: 1 },
  ],
  painPoints: [
    { text: 'Må skaffe arbeidsavtale, oppsigelse og lønnsslipper selv og laste dem opp', agency: 'nav', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'dagpenger' },
    { text: 'Lang ventetid på vedtaket, usikker på om det blir penger til husleien', agency: 'nav', severity: 3, category: 'venting', step: 'dagpenger' },
    { text: 'Uklart hva som skjer med dagpengene hvis jeg tar en midlertidig jobb', agency: 'nav', severity: 2, category: 'uklar-informasjon', step: 'meldekort' },
    { text: 'Må dokumentere inntektsfallet på nytt for banken', agency: 'bank', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'bank' },
    { text: 'Blir sendt fra NAV-kontoret til nav.no og tilbake igjen', agency: 'nav-kontoret', severity: 2, category: 'kasteball', step: 'aktivitetsplan' },
  ],
  handoffs: [
    { from: 'oppsigelse', to: 'dagpenger', carriedBy: 'personen', information: ['oppsigelse', 'lønnsslipper', 'arbeidsforhold'] },
    { from: 'dagpenger', to: 'skattekort', carriedBy: 'personen', information: ['forventet inntekt'] },
    { from: 'dagpenger', to: 'bank', carriedBy: 'personen', information: ['vedtak om dagpenger', 'inntekt'] },
    { from: 'dagpenger', to: 'lanekassen', carriedBy: 'personen', information: ['vedtak om dagpenger', 'inntekt'] },
    { from: 'ny-jobb', to: 'melde-fra', carriedBy: 'personen', information: ['startdato', 'arbeidstid'] },
  ],
}
