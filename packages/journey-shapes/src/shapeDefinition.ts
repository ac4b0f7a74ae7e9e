import { PERSON } from '@sammen/journey-model'
import type { RecordProps, TLPropsMigrations, TLShape } from '@tldraw/tlschema'

/**
 * Where a change to a shape is listed when two versions of a board are compared: steps, the pain points of one
 * owning agency, handoffs (arrows), or everything else.
 */
export type DiffPlace = { group: 'steps' } | { group: 'pain-points'; agencyId: string | null } | { group: 'handoffs' } | { group: 'other' }

/**
 * Everything the rest of Sammen needs to know about one of its shapes without React or tldraw's editor: the record
 * schema (props validators and migrations) and the facts read from a card's props. How the shape reads into the
 * journey is the shape's reader beside it (`read*.ts`), folded in order by `boardToJourney`.
 */
export interface SammenShapeDefinition<Type extends TLShape['type']> {
  type: Type
  props: RecordProps<TLShape<Type>>
  migrations: TLPropsMigrations
  /**
   * The agencies the card names (owner, contributors …), without `'personen'` or blanks, each once; null for a
   * shape that is not an agency's card (the journey frame), which agency filters leave alone.
   */
  agencyIds: ((props: TLShape<Type>['props']) => string[]) | null
  /** The card's plain text, for lists, labels, diffs and search. */
  text(props: TLShape<Type>['props']): string
  diffPlace(props: TLShape<Type>['props']): DiffPlace
}

/**
 * Agency ids from props values (strings and string lists), blanks and the person left out, each once. Anything
 * else is skipped: facts are also read from records of old versions and snapshots, which nobody validated here.
 */
export function namedAgencyIds(...values: unknown[]): string[] {
  return [...new Set(values.flat().filter((value): value is string => typeof value === 'string' && value !== '' && value !== PERSON))]
}

/** A props value that should be text, or `''` (see {@link namedAgencyIds} for why it may not be). */
export function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
