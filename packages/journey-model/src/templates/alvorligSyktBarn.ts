import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const alvorligSyktBarnTemplate: JourneyTemplate = {
  id: 'alvorlig-sykt-barn',
  name: 'Alvorlig sykt barn',
  description: 'Fra den første bekymringen gjennom diagnose og behandling til en ny hverdag med hjelp og avlastning.',
  situation: 'Jeg har et barn som er alvorlig sykt, og jeg må få behandling, jobb og familie til å gå opp.',
  phases: [
    { key: 'bekymring', name: 'Noe er galt med barnet' },
    { key: 'diagnose', name: 'Vi får diagnosen' },
    { key: 'behandling', name: 'Behandlingen tar over hverdagen' },
    { key: 'hjelp', name: 'Jeg trenger hjelp og avlastning' },
    { key: 'hverdag', name: 'Vi finner en ny hverdag' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['fastlegen', 'sykehuset', 'nav', 'arbeidsgiver', 'kommunen', 'frivillig-organisasjon'],
  steps: [
    { key: 'fastlege', text: 'Går til fastlegen fordi barnet ikke blir friskt', phase: 'bekymring', lane: 'person', agency: 'fastlegen', channel: 'oppmøte', emotion: -1 },
    { key: 'henvisning', text: 'Fastlegen henviser barnet til sykehuset', phase: 'bekymring', lane: 'etat', agency: 'fastlegen', channel: 'digital', duration: 'Dager til uker' },
    { key: 'diagnose', text: 'Får diagnosen på sykehuset', phase: 'diagnose', lane: 'person', agency: 'sykehuset', channel: 'oppmøte', emotion: -2 },
    { key: 'legeerklaering', text: 'Sykehuset skriver legeerklæring for pleiepenger', phase: 'diagnose', lane: 'etat', agency: 'sykehuset', channel: 'digital' },
    { key: 'pleiepenger', text: 'Søker om pleiepenger for å være hjemme med barnet', phase: 'behandling', lane: 'digital', agency: 'nav', channel: 'digital', emotion: -1 },
    { key: 'arbeidsgiver', text: 'Forteller arbeidsgiveren at jeg må være borte lenge', phase: 'behandling', lane: 'person', agency: 'arbeidsgiver', channel: 'annet', emotion: -1 },
    { key: 'hjelpestonad', text: 'Søker om hjelpestønad og grunnstønad', phase: 'hjelp', lane: 'digital', agency: 'nav', channel: 'digital', emotion: -1 },
    {
      key: 'avlastning', text: 'Søker kommunen om avlastning og koordinator', phase: 'hjelp', lane: 'person', agency: 'kommunen', channel: 'brev',
      duration: 'Flere måneder', emotion: -2,
    },
    { key: 'individuell-plan', text: 'Får individuell plan og en fast koordinator', phase: 'hverdag', lane: 'etat', agency: 'kommunen', channel: 'oppmøte', emotion: 1 },
    { key: 'likeperson', text: 'Møter andre foreldre i en pasientforening', phase: 'hverdag', lane: 'person', agency: 'frivillig-organisasjon', channel: 'oppmøte', emotion: 1 },
  ],
  painPoints: [
    { text: 'Må forklare barnets sykdom på nytt for hver ny instans', agency: 'kommunen', severity: 3, category: 'samme-informasjon-flere-ganger', step: 'avlastning' },
    { text: 'Venter lenge på vedtak om avlastning mens jeg er utslitt', agency: 'kommunen', severity: 3, category: 'venting', step: 'avlastning' },
    { text: 'Vet ikke hvilke ytelser og tjenester vi har krav på', agency: 'nav', severity: 2, category: 'uklar-informasjon', step: 'hjelpestonad' },
    { text: 'Sykehuset og kommunen viser til hverandre når vi trenger hjelp hjemme', agency: 'sykehuset', severity: 3, category: 'kasteball', phase: 'hjelp' },
    { text: 'Legeerklæringen må fornyes og sendes inn på nytt', agency: 'sykehuset', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'legeerklaering' },
  ],
  handoffs: [
    { from: 'henvisning', to: 'diagnose', carriedBy: 'etatene', information: ['henvisning', 'sykehistorie'] },
    { from: 'legeerklaering', to: 'pleiepenger', carriedBy: 'etatene', information: ['legeerklæring'] },
    { from: 'diagnose', to: 'hjelpestonad', carriedBy: 'personen', information: ['diagnose', 'legeerklæring'] },
    { from: 'diagnose', to: 'avlastning', carriedBy: 'personen', information: ['diagnose', 'behandlingsplan'] },
    { from: 'pleiepenger', to: 'arbeidsgiver', carriedBy: 'personen', information: ['periode med pleiepenger'] },
  ],
}
