import { CHANNELS, type Channel } from '@sammen/journey-model'
import { createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { cardSideValidator, optionalAgencyIdValidator } from '../agencyIdValidator'

export const STEP_CARD_TYPE = 'step-card'

/** The emotion curve's scale: −2 (very bad) … +2 (very good), as in journey-model's `emotionSchema`. */
export const EMOTIONS = [-2, -1, 0, 1, 2] as const
export type StepCardEmotion = (typeof EMOTIONS)[number]

/** A step in the journey: something the person does or experiences, with the agency that owns it. */
export interface StepCardProps {
  w: number
  h: number
  /** Plain text; the board's first cards do not need formatting, and plain text is easy to analyse. */
  text: string
  /** An agency id (usually from the catalogue), or `''` while nobody has said who owns the step. */
  agencyId: string
  channel: Channel
  /** `null` until someone rates it: "not rated" is not the same as "neutral" (0). */
  emotion: StepCardEmotion | null
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [STEP_CARD_TYPE]: StepCardProps
  }
}

export type StepCardShape = TLShape<typeof STEP_CARD_TYPE>

export const stepCardProps: RecordProps<StepCardShape> = {
  w: cardSideValidator,
  h: cardSideValidator,
  text: T.string,
  agencyId: optionalAgencyIdValidator,
  channel: T.literalEnum(...CHANNELS),
  emotion: T.literalEnum(...EMOTIONS).nullable(),
}

export const STEP_CARD_DEFAULT_PROPS: StepCardProps = {
  w: 240,
  h: 148,
  text: '',
  agencyId: '',
  channel: 'digital',
  emotion: null,
}

/**
 * Version 0 is the props above. To change them, add an entry with an id from
 * `createShapePropsMigrationIds(STEP_CARD_TYPE, { Name: 1 })` and an `up` that rewrites old props: boards
 * written by older clients are then migrated on load, and older clients refuse boards they cannot read.
 */
export const stepCardMigrations = createShapePropsMigrationSequence({ sequence: [] })
