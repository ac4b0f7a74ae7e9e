import type { JourneyTemplate } from './journeyTemplate'
import { standardLanes } from './standardLanes'

export const frivilligOrganisasjonTemplate: JourneyTemplate = {
  id: 'starte-frivillig-organisasjon',
  name: 'Starte og drive en frivillig organisasjon',
  description: 'Fra idé og stiftelse gjennom registrering, penger og drift til styrebytte.',
  situation: 'Vi er noen naboer som vil starte en forening for barna i nabolaget, og jeg har sagt ja til å lede styret.',
  phases: [
    { key: 'ide', name: 'Vi har en idé' },
    { key: 'stifte', name: 'Vi stifter foreningen' },
    { key: 'penger', name: 'Vi trenger penger' },
    { key: 'drift', name: 'Vi driver aktiviteter' },
    { key: 'styrebytte', name: 'Vi bytter styre' },
  ],
  lanes: [...standardLanes],
  agencyIds: ['frivillig-organisasjon', 'enhetsregisteret', 'frivillighetsregisteret', 'bank', 'kommunen', 'lotteritilsynet', 'politiet', 'skatteetaten'],
  steps: [
    { key: 'forbund', text: 'Finner ut om vi bør bli med i et forbund', phase: 'ide', lane: 'person', agency: 'frivillig-organisasjon', channel: 'digital', emotion: 1 },
    { key: 'stiftelsesmote', text: 'Holder stiftelsesmøte og vedtar vedtekter', phase: 'stifte', lane: 'person', agency: 'frivillig-organisasjon', channel: 'oppmøte', emotion: 2 },
    { key: 'registrere', text: 'Registrerer foreningen i Enhetsregisteret', phase: 'stifte', lane: 'digital', agency: 'enhetsregisteret', channel: 'digital', emotion: -1 },
    { key: 'frivillighetsregisteret', text: 'Registrerer foreningen i Frivillighetsregisteret', phase: 'stifte', lane: 'digital', agency: 'frivillighetsregisteret', channel: 'digital' },
    { key: 'bankkonto', text: 'Åpner bankkonto for foreningen', phase: 'stifte', lane: 'person', agency: 'bank', channel: 'oppmøte', duration: 'Flere uker', emotion: -1 },
    { key: 'tilskudd', text: 'Søker kommunen om tilskudd og lokaler', phase: 'penger', lane: 'digital', agency: 'kommunen', channel: 'digital', emotion: 0 },
    { key: 'grasrot', text: 'Søker momskompensasjon og blir med i Grasrotandelen', phase: 'penger', lane: 'digital', agency: 'lotteritilsynet', channel: 'digital', emotion: 0 },
    { key: 'politiattest', text: 'Innhenter politiattest for dem som skal være med barna', phase: 'drift', lane: 'digital', agency: 'politiet', channel: 'digital', emotion: -1 },
    { key: 'skatt', text: 'Finner ut om vi må levere skattemelding eller a-melding', phase: 'drift', lane: 'digital', agency: 'skatteetaten', channel: 'digital', emotion: -1 },
    { key: 'nytt-styre', text: 'Melder nytt styre til registeret', phase: 'styrebytte', lane: 'digital', agency: 'enhetsregisteret', channel: 'digital', emotion: 0 },
    { key: 'bank-styre', text: 'Gir det nye styret tilgang til bankkontoen', phase: 'styrebytte', lane: 'person', agency: 'bank', channel: 'oppmøte', emotion: -2 },
  ],
  painPoints: [
    { text: 'Banken krever dokumentasjon vi allerede har sendt til Brønnøysundregistrene', agency: 'bank', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'bankkonto' },
    { text: 'Hver styreendring må meldes både til registeret og til banken', agency: 'bank', severity: 2, category: 'samme-informasjon-flere-ganger', step: 'bank-styre' },
    { text: 'Vanskelig å finne ut hvilke tilskudd vi kan søke på, og når', agency: 'kommunen', severity: 2, category: 'uklar-informasjon', step: 'tilskudd' },
    { text: 'Uklart om foreningen har plikter overfor Skatteetaten', agency: 'skatteetaten', severity: 2, category: 'uklar-informasjon', step: 'skatt' },
    { text: 'Aktivitetene kan ikke starte før politiattestene er klare', agency: 'politiet', severity: 2, category: 'venting', step: 'politiattest' },
  ],
  handoffs: [
    { from: 'stiftelsesmote', to: 'registrere', carriedBy: 'personen', information: ['vedtekter', 'stiftelsesprotokoll', 'styremedlemmer'] },
    { from: 'registrere', to: 'frivillighetsregisteret', carriedBy: 'etatene', information: ['organisasjonsnummer'] },
    { from: 'registrere', to: 'bankkonto', carriedBy: 'personen', information: ['organisasjonsnummer', 'styremedlemmer', 'vedtekter'] },
    { from: 'frivillighetsregisteret', to: 'grasrot', carriedBy: 'etatene', information: ['registrering i Frivillighetsregisteret'] },
    { from: 'nytt-styre', to: 'bank-styre', carriedBy: 'personen', information: ['styremedlemmer', 'protokoll fra årsmøtet'] },
  ],
}
