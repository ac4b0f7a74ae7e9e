import { JOURNEY_ITEM_ID_PATTERN } from '@sammen/journey-model'
import { createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'

export const JOURNEY_FRAME_TYPE = 'journey-frame'

/** A lane holds step cards, or draws the emotion curve of the steps above it (no cards of its own). */
export const LANE_KINDS = ['steps', 'emotion'] as const
export type JourneyFrameLaneKind = (typeof LANE_KINDS)[number]

/** A column of the frame, left to right in time. `id` is journey-model's phase id. */
export interface JourneyFramePhase {
  id: string
  name: string
  /** Column width in page units. */
  w: number
}

/** A row of the frame, top to bottom. `id` is journey-model's lane id. */
export interface JourneyFrameLane {
  id: string
  name: string
  /** Row height in page units. */
  h: number
  kind: JourneyFrameLaneKind
}

/**
 * The journey grid: phases as columns, lanes as rows. Cards are the frame's children (tldraw `parentId`), so they
 * move with it; the cell a card is in follows from its position (see `journeyFrameGeometry`), so there is no second
 * source of truth to keep in step when people drag cards. Order is array order; the frame's size is derived from
 * the columns and rows, so it cannot disagree with them.
 */
export interface JourneyFrameProps {
  phases: JourneyFramePhase[]
  lanes: JourneyFrameLane[]
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [JOURNEY_FRAME_TYPE]: JourneyFrameProps
  }
}

export type JourneyFrameShape = TLShape<typeof JOURNEY_FRAME_TYPE>

/** Limits that keep a frame usable and its ids unique; checked by the validator, so no peer can break them. */
export const MIN_PHASE_W = 120
export const MIN_LANE_H = 60
export const MAX_PHASES = 30
export const MAX_LANES = 20

const itemId = T.string.check((value) => {
  if (!JOURNEY_ITEM_ID_PATTERN.test(value)) throw new T.ValidationError(`Expected a phase or lane id, got "${value}"`)
})
const name = T.string.check((value) => {
  if (value.length > 200) throw new T.ValidationError('A phase or lane name is at most 200 characters')
})
const side = (min: number) =>
  T.number.check((value) => {
    if (!Number.isFinite(value) || value < min) throw new T.ValidationError(`Expected a size of at least ${min}, got ${value}`)
  })

const phaseValidator = T.object({ id: itemId, name, w: side(MIN_PHASE_W) })
const laneValidator = T.object({ id: itemId, name, h: side(MIN_LANE_H), kind: T.literalEnum(...LANE_KINDS) })

function uniqueIds(what: string, max: number) {
  return (items: readonly { id: string }[]) => {
    if (items.length === 0) throw new T.ValidationError(`A journey frame needs at least one ${what}`)
    if (items.length > max) throw new T.ValidationError(`A journey frame has at most ${max} ${what}s`)
    const ids = new Set(items.map((item) => item.id))
    if (ids.size !== items.length) throw new T.ValidationError(`Two ${what}s of a journey frame have the same id`)
  }
}

export const journeyFrameProps: RecordProps<JourneyFrameShape> = {
  phases: T.arrayOf(phaseValidator).check(uniqueIds('phase', MAX_PHASES)),
  lanes: T.arrayOf(laneValidator).check(uniqueIds('lane', MAX_LANES)),
}

/** Version 0 is the props above; see stepCardSchema.ts for how to add a migration. */
export const journeyFrameMigrations = createShapePropsMigrationSequence({ sequence: [] })
