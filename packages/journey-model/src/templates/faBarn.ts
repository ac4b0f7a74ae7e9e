import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const faBarnTemplate: JourneyTemplate = {
  id: 'fa-barn',
  name: 'Få barn',
  description: 'Fra graviditet og fødsel til permisjon, barnehage og tilbake i jobb.',
  situation: 'Jeg venter barn og vil vite hva vi har rett på og hva vi må gjøre før og etter fødselen.',
  phases: [
    { key: 'venter', name: 'Jeg venter barn' },
    { key: 'permisjon', name: 'Jeg planlegger permisjonen' },
    { key: 'fodt', name: 'Barnet er født' },
    { key: 'hjemme', name: 'Vi er hjemme i permisjon' },
    { key: 'tilbake', name: 'Jeg skal tilbake på jobb' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['helsestasjonen', 'arbeidsgiver', 'nav', 'sykehuset', 'folkeregisteret', 'kommunen'],
  steps: [
    { key: 'svangerskapskontroll', text: 'Går til svangerskapskontroll', phase: 'venter', lane: 'person', agency: 'helsestasjonen', channel: 'oppmøte', emotion: 1 },
    { key: 'fortelle-arbeidsgiver', text: 'Forteller arbeidsgiveren at jeg venter barn', phase: 'venter', lane: 'person', agency: 'arbeidsgiver', channel: 'annet', emotion: 0 },
    { key: 'planlegge', text: 'Planlegger hvordan vi skal dele foreldrepermisjonen', phase: 'permisjon', lane: 'digital', agency: 'nav', channel: 'digital', emotion: -1 },
    {
      key: 'foreldrepenger', text: 'Søker om foreldrepenger på nav.no', phase: 'permisjon', lane: 'digital', agency: 'nav', channel: 'digital',
      duration: 'Senest 4 uker før permisjonen', emotion: -1,
    },
    { key: 'inntektsmelding', text: 'Arbeidsgiveren sender inntektsmelding til NAV', phase: 'permisjon', lane: 'etat', agency: 'arbeidsgiver', channel: 'digital' },
    { key: 'fodsel', text: 'Føder på sykehuset', phase: 'fodt', lane: 'person', agency: 'sykehuset', channel: 'oppmøte', emotion: 2 },
    { key: 'fodselsnummer', text: 'Fødselen blir meldt og barnet får fødselsnummer', phase: 'fodt', lane: 'etat', agency: 'folkeregisteret', channel: 'digital' },
    { key: 'navn', text: 'Melder barnets navn', phase: 'fodt', lane: 'digital', agency: 'folkeregisteret', channel: 'digital', duration: 'Innen 6 måneder' },
    { key: 'barnetrygd', text: 'Får barnetrygd uten å søke', phase: 'fodt', lane: 'etat', agency: 'nav', channel: 'digital', emotion: 1 },
    { key: 'hjemmebesok', text: 'Får hjemmebesøk fra helsestasjonen', phase: 'hjemme', lane: 'person', agency: 'helsestasjonen', channel: 'oppmøte', emotion: 1 },
    {
      key: 'barnehage', text: 'Søker barnehageplass', phase: 'hjemme', lane: 'digital', agency: 'kommunen', channel: 'digital',
      duration: 'Frist for hovedopptaket 1. mars', emotion: -1,
    },
    { key: 'oppstart', text: 'Avtaler tilbakekomst med arbeidsgiveren', phase: 'tilbake', lane: 'person', agency: 'arbeidsgiver', channel: 'annet', emotion: 0 },
  ],
  painPoints: [
    { text: 'Vanskelig å forstå hvordan permisjonen kan deles og hva det betyr for utbetalingen', agency: 'nav', severity: 2, category: 'uklar-informasjon', step: 'planlegge' },
    { text: 'Må oppgi opplysninger om arbeidsforholdet som NAV og arbeidsgiveren allerede har', agency: 'nav', severity: 1, category: 'samme-informasjon-flere-ganger', step: 'foreldrepenger' },
    { text: 'Saken står stille fordi inntektsmeldingen ikke er sendt, og jeg vet ikke om det', agency: 'arbeidsgiver', severity: 2, category: 'venting', step: 'inntektsmelding' },
    { text: 'Usikker på når og hvordan barnets navn skal meldes', agency: 'folkeregisteret', severity: 1, category: 'uklar-informasjon', step: 'navn' },
    { text: 'Barnehageplassen er ikke klar når permisjonen er slutt', agency: 'kommunen', severity: 3, category: 'venting', step: 'barnehage' },
  ],
  handoffs: [
    { from: 'fortelle-arbeidsgiver', to: 'foreldrepenger', carriedBy: 'personen', information: ['termindato', 'permisjonsperiode'] },
    { from: 'inntektsmelding', to: 'foreldrepenger', carriedBy: 'etatene', information: ['inntekt', 'arbeidsforhold'] },
    { from: 'fodsel', to: 'fodselsnummer', carriedBy: 'etatene', information: ['fødselsmelding'] },
    { from: 'foreldrepenger', to: 'barnehage', carriedBy: 'personen', information: ['permisjonsperiode'] },
    { from: 'foreldrepenger', to: 'oppstart', carriedBy: 'personen', information: ['permisjonsperiode'] },
  ],
}
