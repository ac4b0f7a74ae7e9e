import {
  agencyCatalogue,
  agencySchema,
  colourDifference,
  contrastRatio,
  HEX_COLOUR_PATTERN,
  readableTextColour,
  type Agency,
  type AgencyLevel,
} from '@sammen/journey-model'
import { normaliseForSearch } from '../shapes/painPoint/filterAgencies'

/** What a person fills in to add an agency or other actor the catalogue lacks. */
export interface OwnAgencyDraft {
  name: string
  shortName: string
  level: AgencyLevel
  colour: string
}

/** Text on a card in the agency's colour must be readable: WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5
/** The colour marks the agency (stripes, swatches) on white: WCAG's 3:1 for meaningful graphics. */
export const MIN_SWATCH_CONTRAST = 3
/** Below this CIE76 distance two agencies' cards are easy to mix up (the catalogue keeps ≥ 12 apart). */
export const MIN_COLOUR_DIFFERENCE = 12
export const MAX_SHORT_NAME_LENGTH = 24
export const MAX_NAME_LENGTH = 120

export type OwnAgencyError = 'name-missing' | 'name-too-long' | 'name-taken' | 'short-name-too-long' | 'colour-invalid' | 'colour-low-contrast' | 'colour-too-light'

export interface OwnAgencyCheck {
  /** Set when the draft makes a valid agency. */
  agency?: Agency
  errors: { name?: OwnAgencyError; shortName?: OwnAgencyError; colour?: OwnAgencyError }
  /** Contrast of the card text on the colour (with the text colour the cards use); 0 for an invalid colour. */
  contrast: number
  /** An agency already on the board whose colour is hard to tell apart from this one (a warning, not an error). */
  similarColourTo?: Pick<Agency, 'id' | 'name'>
  /** A name already in use: the person most likely wants that agency (picked from the list) instead. */
  nameTakenBy?: Pick<Agency, 'id' | 'name'>
}

type KnownAgency = Pick<Agency, 'id' | 'name' | 'shortName' | 'colour'>

/** Own agencies' ids start with "egen-", so they can never collide with a catalogue id the catalogue adds later. */
export const OWN_AGENCY_ID_PREFIX = 'egen-'

/** A readable, unique id from the name: "Barnehagen Solsikken" → `egen-barnehagen-solsikken` (`-2` … if taken). */
export function ownAgencyId(name: string, takenIds: ReadonlySet<string>): string {
  const slug =
    normaliseForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'aktor'
  const base = `${OWN_AGENCY_ID_PREFIX}${slug}`
  let id = base
  for (let suffix = 2; takenIds.has(id); suffix++) id = `${base}-${suffix}`
  return id
}

/**
 * Checks a draft against the rules the cards need (a name, a short name that fits a card, a colour the card text
 * is readable on) and against the agencies already known (the board's and the catalogue's), and builds the agency.
 */
export function checkOwnAgency(draft: OwnAgencyDraft, boardAgencies: readonly KnownAgency[]): OwnAgencyCheck {
  const errors: OwnAgencyCheck['errors'] = {}
  const name = draft.name.trim()
  const shortName = draft.shortName.trim() || name.slice(0, MAX_SHORT_NAME_LENGTH).trim()
  const known: KnownAgency[] = [...boardAgencies, ...agencyCatalogue.filter((agency) => !boardAgencies.some((own) => own.id === agency.id))]

  const nameKey = normaliseForSearch(name)
  const nameTakenBy = nameKey === '' ? undefined : known.find((agency) => normaliseForSearch(agency.name) === nameKey)
  if (name === '') errors.name = 'name-missing'
  else if (name.length > MAX_NAME_LENGTH) errors.name = 'name-too-long'
  else if (nameTakenBy) errors.name = 'name-taken'
  if (shortName.length > MAX_SHORT_NAME_LENGTH) errors.shortName = 'short-name-too-long'

  const colourValid = HEX_COLOUR_PATTERN.test(draft.colour)
  const contrast = colourValid ? contrastRatio(draft.colour, readableTextColour(draft.colour)) : 0
  if (!colourValid) errors.colour = 'colour-invalid'
  else if (contrast < MIN_TEXT_CONTRAST) errors.colour = 'colour-low-contrast'
  else if (contrastRatio(draft.colour, '#ffffff') < MIN_SWATCH_CONTRAST) errors.colour = 'colour-too-light'
  const similarColourTo = colourValid
    ? boardAgencies.find((agency) => colourDifference(agency.colour, draft.colour) < MIN_COLOUR_DIFFERENCE)
    : undefined

  const result: OwnAgencyCheck = {
    errors,
    contrast,
    ...(similarColourTo && { similarColourTo: { id: similarColourTo.id, name: similarColourTo.name } }),
    ...(nameTakenBy && { nameTakenBy: { id: nameTakenBy.id, name: nameTakenBy.name } }),
  }
  if (Object.keys(errors).length > 0) return result
  const parsed = agencySchema.safeParse({
    id: ownAgencyId(name, new Set(known.map((agency) => agency.id as string))),
    name,
    shortName,
    level: draft.level,
    colour: draft.colour.toLowerCase(),
  })
  return parsed.success ? { ...result, agency: parsed.data } : { ...result, errors: { name: 'name-missing' } }
}

/** Dark enough for white text (≥ 4.5:1) and far apart from each other and from most catalogue colours. */
export const OWN_AGENCY_PALETTE = ['#7a3b00', '#5c2d91', '#00695c', '#8a1c4a', '#3b5b00', '#1d4e89', '#a0306e', '#005f73', '#9b2226', '#4a4e69'] as const

/** The palette colour farthest from every colour already on the board, so a new agency stands apart. */
export function suggestOwnAgencyColour(usedColours: readonly string[]): string {
  let best: string = OWN_AGENCY_PALETTE[0]
  let bestDistance = -1
  for (const colour of OWN_AGENCY_PALETTE) {
    const distance = Math.min(Infinity, ...usedColours.filter((used) => HEX_COLOUR_PATTERN.test(used)).map((used) => colourDifference(colour, used)))
    if (distance > bestDistance) {
      best = colour
      bestDistance = distance
    }
  }
  return best
}
