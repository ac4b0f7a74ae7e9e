import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

/** Not one of the seven prioritised life events, but the guidance's own example: "Jeg skal bygge hus". */
export const byggeHusTemplate: JourneyTemplate = {
  id: 'bygge-hus',
  name: 'Bygge hus',
  description: 'Fra drømmen om eget hus gjennom tomt, finansiering og byggesøknad til innflytting.',
  situation: 'Jeg skal bygge hus.',
  phases: [
    { key: 'drom', name: 'Jeg drømmer om eget hus' },
    { key: 'tomt', name: 'Jeg finner tomt og finansiering' },
    { key: 'soke', name: 'Jeg søker om å få bygge' },
    { key: 'bygges', name: 'Huset bygges' },
    { key: 'flytte', name: 'Vi flytter inn' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['dibk', 'kartverket', 'bank', 'husbanken', 'kommunen', 'statens-vegvesen', 'ansvarlig-soker', 'folkeregisteret'],
  steps: [
    { key: 'regler', text: 'Leser om hva jeg kan gjøre selv og hva som krever søknad', phase: 'drom', lane: 'digital', agency: 'dibk', channel: 'digital', emotion: 0 },
    { key: 'tomt', text: 'Kjøper tomt og får skjøtet tinglyst', phase: 'tomt', lane: 'digital', agency: 'kartverket', channel: 'digital', emotion: 1 },
    { key: 'finansiering', text: 'Får finansieringsbevis fra banken', phase: 'tomt', lane: 'person', agency: 'bank', channel: 'oppmøte', emotion: 0 },
    { key: 'startlan', text: 'Søker startlån fordi banken ikke gir fullt lån', phase: 'tomt', lane: 'digital', agency: 'husbanken', channel: 'digital', emotion: -1 },
    { key: 'forhandskonferanse', text: 'Har forhåndskonferanse med byggesaksavdelingen', phase: 'soke', lane: 'person', agency: 'kommunen', channel: 'oppmøte', emotion: 0 },
    { key: 'avkjorsel', text: 'Søker om avkjørsel fra riksveien', phase: 'soke', lane: 'digital', agency: 'statens-vegvesen', channel: 'digital', emotion: -1 },
    { key: 'byggesoknad', text: 'Ansvarlig søker sender byggesøknaden', phase: 'soke', lane: 'etat', agency: 'ansvarlig-soker', channel: 'digital', emotion: 0 },
    { key: 'tillatelse', text: 'Venter på svar på byggesøknaden', phase: 'soke', lane: 'etat', agency: 'kommunen', channel: 'digital', duration: '3–12 uker', emotion: -2 },
    { key: 'bygging', text: 'Huset bygges og kontrolleres', phase: 'bygges', lane: 'person', agency: 'ansvarlig-soker', channel: 'oppmøte', emotion: 1 },
    { key: 'ferdigattest', text: 'Får ferdigattest', phase: 'flytte', lane: 'etat', agency: 'kommunen', channel: 'digital', emotion: 1 },
    { key: 'flytting', text: 'Melder flytting til den nye adressen', phase: 'flytte', lane: 'digital', agency: 'folkeregisteret', channel: 'digital', emotion: 2 },
  ],
  painPoints: [
    { text: 'Vet ikke hvilke regler som gjelder for akkurat min tomt', agency: 'kommunen', severity: 2, category: 'uklar-informasjon', step: 'forhandskonferanse' },
    { text: 'Søknaden blir liggende fordi uttalelsen fra Vegvesenet mangler', agency: 'kommunen', severity: 3, category: 'kasteball', step: 'tillatelse' },
    { text: 'Lang og uforutsigbar saksbehandlingstid', agency: 'kommunen', severity: 3, category: 'venting', step: 'tillatelse' },
    { text: 'Må levere de samme tegningene og situasjonsplanen flere ganger', agency: 'ansvarlig-soker', severity: 1, category: 'samme-informasjon-flere-ganger', step: 'byggesoknad' },
    { text: 'Banken og Husbanken vil ha den samme dokumentasjonen på inntekt og gjeld', agency: 'husbanken', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'startlan' },
  ],
  handoffs: [
    { from: 'finansiering', to: 'startlan', carriedBy: 'personen', information: ['inntekt', 'gjeld', 'svar fra banken'] },
    { from: 'forhandskonferanse', to: 'byggesoknad', carriedBy: 'personen', information: ['referat fra forhåndskonferansen'] },
    { from: 'avkjorsel', to: 'byggesoknad', carriedBy: 'personen', information: ['avkjøringstillatelse'] },
    { from: 'byggesoknad', to: 'tillatelse', carriedBy: 'etatene', information: ['tegninger', 'situasjonsplan'] },
    { from: 'ferdigattest', to: 'flytting', carriedBy: 'personen', information: ['ny adresse'] },
  ],
}
