import { z } from 'zod'
import type { AgencyId } from '../journey/ids'
import type { CatalogueAgency, CatalogueAgencyInput } from './catalogueAgency'
import { catalogueAgencySchema } from './catalogueAgency'

/*
 * Norwegian agencies and other actors that recur in life-event journeys. Ids are stable: boards and templates
 * store them, so never rename one; add a new entry instead.
 *
 * Colours: every colour has at least 4.5:1 contrast with white (white text on an agency badge is readable,
 * WCAG AA) and differs from every other by ΔE ≥ 12, so notes of different agencies can be told apart.
 * They lean on each agency's own profile colour where there is one (NAV red, Politiet navy).
 *
 * Decisions:
 * - NAV-kontoret is a partnership between the state (NAV) and the municipality (social services). It is
 *   registered as 'stat' because most benefits the person meets there are state benefits; the note says so.
 * - Folkeregisteret is run by Skatteetaten but has its own entry, because people meet it as a register of its
 *   own (fødselsnummer, D-nummer, flyttemelding). `partOf` links it to Skatteetaten. The same goes for
 *   Enhetsregisteret and Frivillighetsregisteret (Brønnøysundregistrene), Tingretten (Domstolene) and Helfo
 *   (Helsedirektoratet).
 * - Fastlegen is 'kommune': the GP scheme is a municipal responsibility even when the GP is self-employed.
 * - Sykehuset and Norsk helsenett are 'stat': health trusts and NHN are state enterprises.
 */
const entries = [
  { id: 'nav', name: 'Arbeids- og velferdsetaten (NAV)', shortName: 'NAV', level: 'stat', colour: '#c00000' },
  {
    id: 'nav-kontoret', name: 'NAV-kontoret', shortName: 'NAV-kontoret', level: 'stat', colour: '#881818',
    note: 'Partnerskap mellom staten og kommunen: NAV står for de statlige ytelsene, kommunen for sosialtjenesten.',
  },
  { id: 'skatteetaten', name: 'Skatteetaten', shortName: 'Skatteetaten', level: 'stat', colour: '#183858' },
  {
    id: 'folkeregisteret', name: 'Folkeregisteret', shortName: 'Folkeregisteret', level: 'stat', colour: '#386898', partOf: 'skatteetaten',
    note: 'Føres av Skatteetaten. Velg Skatteetaten når skillet ikke betyr noe for reisen.',
  },
  { id: 'bronnoysundregistrene', name: 'Brønnøysundregistrene', shortName: 'Brreg', level: 'stat', colour: '#085868' },
  { id: 'enhetsregisteret', name: 'Enhetsregisteret', shortName: 'Enhetsregisteret', level: 'stat', colour: '#007868', partOf: 'bronnoysundregistrene' },
  {
    id: 'frivillighetsregisteret', name: 'Frivillighetsregisteret', shortName: 'Frivillighetsreg.', level: 'stat', colour: '#388058',
    partOf: 'bronnoysundregistrene',
  },
  { id: 'kartverket', name: 'Kartverket', shortName: 'Kartverket', level: 'stat', colour: '#306020', note: 'Tinglysing og eiendomsregisteret (matrikkelen).' },
  { id: 'husbanken', name: 'Husbanken', shortName: 'Husbanken', level: 'stat', colour: '#6840a0' },
  { id: 'kommunen', name: 'Kommunen', shortName: 'Kommunen', level: 'kommune', colour: '#206888' },
  {
    id: 'fastlegen', name: 'Fastlegen', shortName: 'Fastlegen', level: 'kommune', colour: '#206048',
    note: 'Fastlegeordningen er kommunens ansvar, også når legen er selvstendig næringsdrivende.',
  },
  { id: 'helsestasjonen', name: 'Helsestasjonen', shortName: 'Helsestasjonen', level: 'kommune', colour: '#883860' },
  { id: 'barnevernet', name: 'Barnevernstjenesten', shortName: 'Barnevernet', level: 'kommune', colour: '#a04018' },
  { id: 'statens-vegvesen', name: 'Statens vegvesen', shortName: 'Vegvesenet', level: 'stat', colour: '#484848' },
  { id: 'politiet', name: 'Politiet', shortName: 'Politiet', level: 'stat', colour: '#002058' },
  { id: 'udi', name: 'Utlendingsdirektoratet (UDI)', shortName: 'UDI', level: 'stat', colour: '#784800' },
  { id: 'imdi', name: 'Integrerings- og mangfoldsdirektoratet (IMDi)', shortName: 'IMDi', level: 'stat', colour: '#a03078' },
  { id: 'lanekassen', name: 'Statens lånekasse for utdanning', shortName: 'Lånekassen', level: 'stat', colour: '#502080' },
  { id: 'helsedirektoratet', name: 'Helsedirektoratet', shortName: 'Hdir', level: 'stat', colour: '#385068' },
  {
    id: 'helfo', name: 'Helfo', shortName: 'Helfo', level: 'stat', colour: '#006868', partOf: 'helsedirektoratet',
    note: 'Fastlegebytte, refusjoner og frikort.',
  },
  { id: 'norsk-helsenett', name: 'Norsk helsenett SF', shortName: 'NHN', level: 'stat', colour: '#485078', note: 'Statsforetak; drifter blant annet helsenorge.no.' },
  {
    id: 'sykehuset', name: 'Sykehuset (helseforetaket)', shortName: 'Sykehuset', level: 'stat', colour: '#0068b0',
    note: 'Helseforetakene eies av staten gjennom de regionale helseforetakene.',
  },
  { id: 'finans-norge', name: 'Finans Norge', shortName: 'Finans Norge', level: 'privat', colour: '#485020', note: 'Bransjeorganisasjonen for banker og forsikringsselskaper.' },
  { id: 'bank', name: 'Banken', shortName: 'Banken', level: 'privat', colour: '#606040' },
  { id: 'arbeidsgiver', name: 'Arbeidsgiveren', shortName: 'Arbeidsgiver', level: 'privat', colour: '#684020' },
  { id: 'statsforvalteren', name: 'Statsforvalteren', shortName: 'Statsforvalteren', level: 'stat', colour: '#781048' },
  { id: 'fylkeskommunen', name: 'Fylkeskommunen', shortName: 'Fylkeskommunen', level: 'fylkeskommune', colour: '#488040' },
  { id: 'digdir', name: 'Digitaliseringsdirektoratet (Digdir)', shortName: 'Digdir', level: 'stat', colour: '#182838' },
  { id: 'domstolene', name: 'Domstolene', shortName: 'Domstolene', level: 'stat', colour: '#502000' },
  {
    id: 'tingretten', name: 'Tingretten', shortName: 'Tingretten', level: 'stat', colour: '#884830', partOf: 'domstolene',
    note: 'Skifte etter dødsfall og skifteattest.',
  },
  { id: 'arbeidstilsynet', name: 'Arbeidstilsynet', shortName: 'Arbeidstilsynet', level: 'stat', colour: '#b03800' },
  { id: 'mattilsynet', name: 'Mattilsynet', shortName: 'Mattilsynet', level: 'stat', colour: '#086838' },
  { id: 'dsb', name: 'Direktoratet for samfunnssikkerhet og beredskap (DSB)', shortName: 'DSB', level: 'stat', colour: '#b82820' },
  { id: 'dibk', name: 'Direktoratet for byggkvalitet (DiBK)', shortName: 'DiBK', level: 'stat', colour: '#4050b0' },
  { id: 'statens-pensjonskasse', name: 'Statens pensjonskasse (SPK)', shortName: 'SPK', level: 'stat', colour: '#681898' },
  { id: 'lotteritilsynet', name: 'Lotteri- og stiftelsestilsynet', shortName: 'Lotteritilsynet', level: 'stat', colour: '#806000', note: 'Momskompensasjon og Grasrotandelen.' },
  { id: 'innovasjon-norge', name: 'Innovasjon Norge', shortName: 'Innovasjon Norge', level: 'stat', colour: '#a80850', note: 'Særlovsselskap eid av staten og fylkeskommunene.' },
  { id: 'frivillig-organisasjon', name: 'Frivillig organisasjon', shortName: 'Frivillig org.', level: 'frivillig', colour: '#d00070' },
  { id: 'begravelsesbyra', name: 'Begravelsesbyrået', shortName: 'Begravelsesbyrå', level: 'privat', colour: '#204048' },
  {
    id: 'ansvarlig-soker', name: 'Ansvarlig søker (foretaket som søker for byggherren)', shortName: 'Ansvarlig søker', level: 'privat', colour: '#785848',
  },
] as const satisfies readonly CatalogueAgencyInput[]

/** The id of an agency in the catalogue; templates use it so a typo fails to compile. */
export type CatalogueAgencyId = (typeof entries)[number]['id']

/** Parsed when the module loads, so a broken entry fails every test at once rather than on some board later. */
export const agencyCatalogue: readonly CatalogueAgency[] = z.array(catalogueAgencySchema).parse(entries)

const byId = new Map<string, CatalogueAgency>(agencyCatalogue.map((agency) => [agency.id, agency]))

export function isCatalogueAgencyId(id: string): id is CatalogueAgencyId {
  return byId.has(id)
}

/** The catalogue entry for an id, or undefined for agencies a board made up itself. */
export function findCatalogueAgency(id: AgencyId | string): CatalogueAgency | undefined {
  return byId.get(id)
}
