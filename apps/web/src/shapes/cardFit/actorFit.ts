/*
 * How tall an actor card must be to show its whole name and information needs (the actor has no `text`, so it is
 * fitted here rather than by cardTextFit). Pure: text heights come from `measure` (the browser's layout). The rest
 * is the card's fixed parts from moreCards.css: a 1px border, the 32px band, 8px between rows, the two stake scales
 * and 12px padding below.
 */

export interface ActorTextStyle {
  fontSize: number
  lineHeight: number
  fontWeight: 'normal' | 'bold'
}

/** `.actor-card__name`: the name, or the agency's name for an agency's actor without one of its own. */
export const ACTOR_NAME_STYLE: ActorTextStyle = { fontSize: 18, lineHeight: 1.25, fontWeight: 'bold' }
/** `.actor-card__needs`: "Informasjonsbehov: …". */
export const ACTOR_NEEDS_STYLE: ActorTextStyle = { fontSize: 12.5, lineHeight: 1.3, fontWeight: 'normal' }

const BORDER = 2
const BAND = 32
const GAP = 8
const PADDING_X = 14 + 14
const PADDING_BOTTOM = 12
/** Two `.stake-scale` rows (a 12.5px line each) 4px apart. */
const SCALES = 2 * 12.5 * 1.3 + 4
/** Rounding in the browser's layout (sub-pixel line boxes) must never cost the last line. */
const SLACK = 3

export type MeasureActorText = (text: string, width: number, style: ActorTextStyle) => number

export interface ActorFitInput {
  w: number
  /** What the name row shows ('' shows the one-line placeholder). */
  shownName: string
  /** The needs row as shown, label included; '' when there are none (the row is not drawn). */
  needs: string
}

/** The width the name and needs wrap at inside an actor card `w` wide. */
export function actorTextWidth(w: number): number {
  return Math.max(1, w - PADDING_X - BORDER)
}

/** The height an actor card needs to show its whole name and information needs. */
export function fittedActorHeight({ w, shownName, needs }: ActorFitInput, measure: MeasureActorText): number {
  const width = actorTextWidth(w)
  const oneNameLine = ACTOR_NAME_STYLE.fontSize * ACTOR_NAME_STYLE.lineHeight
  const name = shownName === '' ? oneNameLine : Math.max(oneNameLine, measure(shownName, width, ACTOR_NAME_STYLE))
  const needsHeight = needs === '' ? 0 : GAP + measure(needs, width, ACTOR_NEEDS_STYLE)
  return Math.ceil(BORDER + BAND + GAP + name + GAP + SCALES + needsHeight + PADDING_BOTTOM + SLACK)
}
