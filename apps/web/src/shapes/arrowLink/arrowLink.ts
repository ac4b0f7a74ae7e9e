import { CARRIERS, type Carrier } from '@sammen/journey-model'
import { ACTOR_TYPE, HANDOFF_META_KEY, OPPORTUNITY_TYPE, PAIN_POINT_TYPE, STEP_CARD_TYPE } from '@sammen/journey-shapes'

/** What an arrow bound at both ends means on a journey board (the journey contract), or null for a plain arrow. */
export type ArrowLinkKind = 'handoff' | 'relation' | 'opportunity-link'

export function arrowLinkKind(startType: string | undefined, endType: string | undefined): ArrowLinkKind | null {
  if (startType === undefined || endType === undefined) return null
  if (startType === STEP_CARD_TYPE && endType === STEP_CARD_TYPE) return 'handoff'
  if (startType === ACTOR_TYPE && endType === ACTOR_TYPE) return 'relation'
  const pair = new Set([startType, endType])
  if (pair.size === 2 && pair.has(OPPORTUNITY_TYPE) && pair.has(PAIN_POINT_TYPE)) return 'opportunity-link'
  return null
}

/**
 * How a handoff arrow looks for who carries the information: orange and dashed when the person has to (the
 * finding a workshop looks for), grey and solid when the agencies share it; the label in the plain font, as the
 * new-board layout draws handoffs, so the information items read as a list and not as a scribble.
 */
export function handoffArrowStyle(carrier: Carrier): { color: 'orange' | 'grey'; dash: 'dashed' | 'solid'; font: 'sans' } {
  return carrier === 'personen' ? { color: 'orange', dash: 'dashed', font: 'sans' } : { color: 'grey', dash: 'solid', font: 'sans' }
}

/** The arrow's `meta` with the carrier set; other keys stay. */
export function withHandoffCarrier<Meta extends object>(meta: Meta, carrier: Carrier): Meta & { [HANDOFF_META_KEY]: Carrier } {
  return { ...meta, [HANDOFF_META_KEY]: carrier }
}


/**
 * The carrier someone chose for a handoff, or null while nobody has: a new arrow between two steps stores none. The
 * report reads a missing one as "etatene" (`readHandoffCarrier`), but the details panel must not show a choice that
 * nobody made and that is not stored.
 */
export function chosenHandoffCarrier(arrowMeta: unknown): Carrier | null {
  const raw = arrowMeta && typeof arrowMeta === 'object' ? (arrowMeta as Record<string, unknown>)[HANDOFF_META_KEY] : undefined
  return CARRIERS.find((carrier) => carrier === raw) ?? null
}
