import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const starteBedriftTemplate: JourneyTemplate = {
  id: 'starte-bedrift',
  name: 'Starte og drive en bedrift',
  description: 'Fra forretningsidé gjennom registrering og tillatelser til første ansatt og drift.',
  situation: 'Jeg vil starte min egen kafé og leve av den.',
  phases: [
    { key: 'ide', name: 'Jeg har en forretningsidé' },
    { key: 'starte', name: 'Jeg starter bedriften' },
    { key: 'apne', name: 'Jeg åpner dørene' },
    { key: 'ansette', name: 'Jeg ansetter noen' },
    { key: 'drift', name: 'Jeg driver og rapporterer' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['innovasjon-norge', 'bank', 'bronnoysundregistrene', 'skatteetaten', 'kommunen', 'mattilsynet', 'arbeidstilsynet', 'nav'],
  steps: [
    { key: 'radgivning', text: 'Søker råd og støtte til oppstarten', phase: 'ide', lane: 'person', agency: 'innovasjon-norge', channel: 'digital', emotion: 1 },
    { key: 'banklan', text: 'Søker banken om lån', phase: 'ide', lane: 'person', agency: 'bank', channel: 'oppmøte', emotion: -1 },
    { key: 'registrere', text: 'Registrerer foretaket i Brønnøysundregistrene', phase: 'starte', lane: 'digital', agency: 'bronnoysundregistrene', channel: 'digital', duration: '1–3 dager', emotion: 1 },
    { key: 'mva', text: 'Registrerer foretaket for merverdiavgift', phase: 'starte', lane: 'digital', agency: 'skatteetaten', channel: 'digital', emotion: -1 },
    {
      key: 'serveringsbevilling', text: 'Søker serveringsbevilling', phase: 'starte', lane: 'digital', agency: 'kommunen', channel: 'digital',
      duration: 'Opptil 90 dager', emotion: -1,
    },
    { key: 'mattilsynet', text: 'Melder virksomheten til Mattilsynet', phase: 'starte', lane: 'digital', agency: 'mattilsynet', channel: 'digital', emotion: 0 },
    { key: 'tilsyn', text: 'Får første tilsyn fra Mattilsynet', phase: 'apne', lane: 'etat', agency: 'mattilsynet', channel: 'oppmøte', emotion: -1 },
    { key: 'ansette', text: 'Ansetter første medarbeider og sender a-melding', phase: 'ansette', lane: 'digital', agency: 'skatteetaten', channel: 'digital', emotion: -1 },
    { key: 'hms', text: 'Setter meg inn i krav til arbeidsmiljø og HMS', phase: 'ansette', lane: 'person', agency: 'arbeidstilsynet', channel: 'digital', emotion: -1 },
    { key: 'sykefravaer', text: 'Følger opp en ansatt som blir sykmeldt', phase: 'drift', lane: 'person', agency: 'nav', channel: 'digital', emotion: -2 },
    { key: 'mva-melding', text: 'Leverer mva-melding og skattemelding', phase: 'drift', lane: 'digital', agency: 'skatteetaten', channel: 'digital', duration: 'Hver annen måned', emotion: 0 },
  ],
  painPoints: [
    { text: 'Vet ikke hvilke tillatelser en kafé trenger, og i hvilken rekkefølge', agency: 'kommunen', severity: 2, category: 'uklar-informasjon', step: 'serveringsbevilling' },
    { text: 'Saksbehandlingstiden for serveringsbevillingen utsetter åpningen', agency: 'kommunen', severity: 3, category: 'venting', step: 'serveringsbevilling' },
    { text: 'Fyller inn de samme opplysningene om foretaket i flere skjemaer', agency: 'skatteetaten', severity: 1, category: 'samme-informasjon-flere-ganger', step: 'mva' },
    { text: 'Banken ber om opplysninger som det offentlige allerede har', agency: 'bank', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'banklan' },
    { text: 'Uoversiktlig hva jeg som arbeidsgiver skal gjøre ved sykefravær', agency: 'nav', severity: 2, category: 'uklar-informasjon', step: 'sykefravaer' },
  ],
  handoffs: [
    { from: 'radgivning', to: 'banklan', carriedBy: 'personen', information: ['forretningsplan', 'budsjett'] },
    { from: 'registrere', to: 'mva', carriedBy: 'etatene', information: ['organisasjonsnummer'] },
    { from: 'registrere', to: 'serveringsbevilling', carriedBy: 'personen', information: ['organisasjonsnummer', 'firmaattest'] },
    { from: 'registrere', to: 'mattilsynet', carriedBy: 'personen', information: ['organisasjonsnummer'] },
    { from: 'ansette', to: 'sykefravaer', carriedBy: 'etatene', information: ['arbeidsforhold', 'inntekt'] },
  ],
}
