import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const dodsfallOgArvTemplate: JourneyTemplate = {
  id: 'dodsfall-og-arv',
  name: 'Dødsfall og arv',
  description: 'Fra dødsfallet gjennom begravelse, oversikt over økonomien og skifte til livet etterpå.',
  situation: 'Jeg har mistet en av mine nærmeste og må ordne med begravelse, økonomi og arv.',
  phases: [
    { key: 'dodsfall', name: 'Noen jeg er glad i er død' },
    { key: 'begravelse', name: 'Vi planlegger begravelsen' },
    { key: 'oversikt', name: 'Jeg må få oversikt over økonomien' },
    { key: 'arv', name: 'Vi fordeler arven' },
    { key: 'videre', name: 'Livet går videre' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['fastlegen', 'folkeregisteret', 'begravelsesbyra', 'kommunen', 'nav', 'bank', 'tingretten', 'kartverket', 'statens-vegvesen', 'skatteetaten'],
  steps: [
    { key: 'dodsmelding', text: 'Legen konstaterer dødsfallet og sender melding', phase: 'dodsfall', lane: 'etat', agency: 'fastlegen', channel: 'digital' },
    { key: 'registrert', text: 'Dødsfallet blir registrert i Folkeregisteret', phase: 'dodsfall', lane: 'etat', agency: 'folkeregisteret', channel: 'digital' },
    { key: 'byra', text: 'Tar kontakt med et begravelsesbyrå', phase: 'begravelse', lane: 'person', agency: 'begravelsesbyra', channel: 'telefon', emotion: -2 },
    { key: 'gravplass', text: 'Avtaler gravplass og seremoni', phase: 'begravelse', lane: 'person', agency: 'kommunen', channel: 'oppmøte', emotion: -1 },
    { key: 'gravferdsstonad', text: 'Søker om gravferdsstønad', phase: 'begravelse', lane: 'digital', agency: 'nav', channel: 'digital', emotion: -1 },
    { key: 'oversikt', text: 'Prøver å få oversikt over kontoer, gjeld og forsikringer', phase: 'oversikt', lane: 'person', agency: 'bank', channel: 'telefon', duration: 'Uker', emotion: -2 },
    {
      key: 'skifteattest', text: 'Søker om privat skifte og får skifteattest', phase: 'oversikt', lane: 'digital', agency: 'tingretten', channel: 'digital',
      duration: '2–4 uker', emotion: -1,
    },
    { key: 'tinglysing', text: 'Tinglyser den arvede boligen på arvingene', phase: 'arv', lane: 'digital', agency: 'kartverket', channel: 'digital', emotion: 0 },
    { key: 'bil', text: 'Registrerer bilen på ny eier', phase: 'arv', lane: 'digital', agency: 'statens-vegvesen', channel: 'digital', emotion: 0 },
    { key: 'skattemelding', text: 'Leverer skattemeldingen for den som er død', phase: 'arv', lane: 'digital', agency: 'skatteetaten', channel: 'digital', emotion: -1 },
    { key: 'etterlatte', text: 'Søker om ytelser til etterlatte', phase: 'videre', lane: 'digital', agency: 'nav', channel: 'digital', emotion: 0 },
  ],
  painPoints: [
    {
      text: 'Banken gir ikke opplysninger før vi har skifteattest, og tingretten vil vite om gjelden', agency: 'bank', severity: 3, category: 'kasteball',
      step: 'oversikt',
    },
    { text: 'Vet ikke hva som må gjøres, og i hvilken rekkefølge', agency: 'tingretten', severity: 2, category: 'uklar-informasjon', step: 'skifteattest' },
    { text: 'Må sende skifteattesten på nytt til hver aktør', agency: 'kartverket', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'tinglysing' },
    { text: 'Uklart hvem som har ansvar for skattemeldingen til den som er død', agency: 'skatteetaten', severity: 2, category: 'uklar-informasjon', step: 'skattemelding' },
    { text: 'Søknaden om gravferdsstønad krever faktura som ikke er klar ennå', agency: 'nav', severity: 1, category: 'venting', step: 'gravferdsstonad' },
  ],
  handoffs: [
    { from: 'dodsmelding', to: 'registrert', carriedBy: 'etatene', information: ['dødsfall'] },
    { from: 'registrert', to: 'skifteattest', carriedBy: 'etatene', information: ['dødsfall', 'arvinger'] },
    { from: 'byra', to: 'gravferdsstonad', carriedBy: 'personen', information: ['faktura for gravferden'] },
    { from: 'skifteattest', to: 'oversikt', carriedBy: 'personen', information: ['skifteattest'] },
    { from: 'skifteattest', to: 'tinglysing', carriedBy: 'personen', information: ['skifteattest'] },
    { from: 'skifteattest', to: 'bil', carriedBy: 'personen', information: ['skifteattest'] },
  ],
}
