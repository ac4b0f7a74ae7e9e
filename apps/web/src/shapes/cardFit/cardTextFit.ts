import {
  BENEFIT_DEFAULT_PROPS,
  BENEFIT_TYPE,
  OPPORTUNITY_DEFAULT_PROPS,
  OPPORTUNITY_TYPE,
  PAIN_POINT_DEFAULT_PROPS,
  PAIN_POINT_TYPE,
  STEP_CARD_DEFAULT_PROPS,
  STEP_CARD_TYPE,
} from '@sammen/journey-shapes'

/*
 * How tall a card must be to show its whole text. Pure: the text's own height comes from a `measure` function
 * (the browser's layout, see measureCardText.ts), the rest is the card's fixed chrome from cards.css and
 * moreCards.css. Both peers derive the same height from the same text, so nobody has to win a race over it.
 */

/** The cards whose body is a plain `text` (CardText). The actor shows a one-line name and is not fitted. */
export const TEXT_CARD_TYPES = [STEP_CARD_TYPE, PAIN_POINT_TYPE, OPPORTUNITY_TYPE, BENEFIT_TYPE] as const
export type TextCardType = (typeof TEXT_CARD_TYPES)[number]

export function isTextCardType(type: string): type is TextCardType {
  return (TEXT_CARD_TYPES as readonly string[]).includes(type)
}

/** The card text's type style (CardText.tsx renders it so; the measure must use the same). */
export const CARD_FONT_SIZE = 17
export const CARD_LINE_HEIGHT = 1.35
/** One line: an empty card still keeps room for the first line someone types. */
const ONE_LINE = CARD_FONT_SIZE * CARD_LINE_HEIGHT

/** What a fitted card is at least: its shape's default height, so short cards keep the familiar size. */
export const MIN_CARD_H: Record<TextCardType, number> = {
  [STEP_CARD_TYPE]: STEP_CARD_DEFAULT_PROPS.h,
  [PAIN_POINT_TYPE]: PAIN_POINT_DEFAULT_PROPS.h,
  [OPPORTUNITY_TYPE]: OPPORTUNITY_DEFAULT_PROPS.h,
  [BENEFIT_TYPE]: BENEFIT_DEFAULT_PROPS.h,
}

// From .sammen-card: padding 11px 14px 11px 18px, a 1px border (the pain point has none; counting it anyway
// errs on the roomy side), 6px between header, text and footer; header and footer are at least 22px.
const PADDING_X = 18 + 14
const PADDING_Y = 11 + 11
const BORDER = 2
const GAP = 6
const ROW = 22
/** Agency chips wrap to a second row (`.agency-chips` is at most 48px) once there are two or more. */
const CHIPS_TWO_ROWS = 48
/** Space between the benefit's two facts (`.benefit-card__facts`). */
const FACT_GAP = 5
/** Rounding in the browser's layout (sub-pixel line boxes) must never cost the last line. */
const SLACK = 3

export interface TextCardProps {
  w: number
  text: string
  agencyIds?: readonly string[]
  contributorIds?: readonly string[]
}

const chipsHeight = (ids: readonly string[] | undefined) => ((ids?.length ?? 0) >= 2 ? CHIPS_TWO_ROWS : ROW)

/** The card's height without its text: padding, border, header, gaps and what sits under the text. */
export function cardChromeHeight(type: TextCardType, props: TextCardProps): number {
  const above = PADDING_Y + BORDER + ROW + GAP
  switch (type) {
    case OPPORTUNITY_TYPE:
      return above + GAP + chipsHeight(props.agencyIds)
    case BENEFIT_TYPE:
      return above + GAP + ROW + FACT_GAP + chipsHeight(props.contributorIds)
    default:
      return above + GAP + ROW
  }
}

/** The width the text wraps at inside a card `w` wide. */
export function cardTextWidth(w: number): number {
  return Math.max(1, w - PADDING_X - BORDER)
}

/** `measure(text, width)`: the height of `text` set in the card's type style, wrapped at `width`. */
export type MeasureTextHeight = (text: string, width: number) => number

/** The height a card needs to show all of its text. */
export function fittedCardHeight(type: TextCardType, props: TextCardProps, measure: MeasureTextHeight): number {
  const textHeight = props.text === '' ? ONE_LINE : Math.max(ONE_LINE, measure(props.text, cardTextWidth(props.w)))
  return Math.ceil(cardChromeHeight(type, props) + textHeight + SLACK)
}

/**
 * A card's stored height after a local update. A card whose height was its text's (or its default, for short
 * text) follows its text both ways while someone types; a card someone made taller by hand keeps that height and
 * only grows. Never below what the text needs, so a card can be neither typed nor resized into clipping its text.
 */
export function heightAfterUpdate(update: { before: { h: number; fit: number }; after: { h: number; fit: number }; minH: number }): number {
  const { before, after, minH } = update
  const wasFitted = Math.abs(before.h - Math.max(minH, before.fit)) < 1
  const resized = after.h !== before.h
  if (wasFitted && !resized) return Math.max(minH, after.fit)
  return Math.max(after.h, after.fit)
}
