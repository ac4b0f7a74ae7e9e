import { CARD_PARAM } from '../routing/router'

/**
 * `/b/<id>?kort=<shapeId>` (routing's `cardPath`): the library's search hits and the agency page link to one card.
 * The board opens with that card selected and centred, then takes the query out of the address (a reload or a
 * shared link of the board afterwards is the board, not the card again).
 */
const SHAPE_ID = /^shape:[A-Za-z0-9_\-.:]{1,200}$/

/** The linked card's shape id, or null when the address names none (or something that is no shape id). */
export function readCardLink(search: string): string | null {
  const value = new URLSearchParams(search).get(CARD_PARAM)
  return value !== null && SHAPE_ID.test(value) ? value : null
}

/** The query without the card link (`?a=1`, or '' when nothing is left). */
export function withoutCardLink(search: string): string {
  const params = new URLSearchParams(search)
  params.delete(CARD_PARAM)
  const rest = params.toString()
  return rest === '' ? '' : `?${rest}`
}

/** How long a linked card may take to arrive once the board is in step with the server. */
export const LINKED_CARD_GRACE_MS = 2000
/** …and while no connection is up: long enough for a slow first connection, short enough offline. */
export const LINKED_CARD_OFFLINE_GRACE_MS = 8000
