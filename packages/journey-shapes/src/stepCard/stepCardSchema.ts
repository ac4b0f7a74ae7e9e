import { CHANNELS, type Channel } from '@sammen/journey-model'
import { createShapePropsMigrationIds, createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
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
  /** How long the step takes or how long the person waits, in the person's words ("3–12 uker"); `''` when unknown. */
  duration: string
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
  duration: T.string,
}

export const STEP_CARD_DEFAULT_PROPS: StepCardProps = {
  w: 240,
  h: 148,
  text: '',
  agencyId: '',
  channel: 'digital',
  emotion: null,
  duration: '',
}

export const stepCardVersions = createShapePropsMigrationIds(STEP_CARD_TYPE, {
  AddDuration: 1,
})

/**
 * Version 0 had no `duration`. To change the props again, add a version above and an entry here whose `up`
 * rewrites old props: boards written by older clients are then migrated on load, and older clients refuse boards
 * they cannot read. Shipped entries never change.
 */
export const stepCardMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: stepCardVersions.AddDuration,
      up: (props: Record<string, unknown>) => {
        props.duration = ''
      },
      down: (props: Record<string, unknown>) => {
        delete props.duration
      },
    },
  ],
})
