import {
  MAX_LANES,
  MAX_PHASES,
  MIN_LANE_H,
  MIN_PHASE_W,
  type JourneyFrameLane,
  type JourneyFrameLaneKind,
  type JourneyFrameProps,
} from '@sammen/journey-shapes'

/*
 * Pure edits of a journey frame's phases and lanes. Each returns the next props, or the same object when the edit
 * does nothing (a move past the edge, a limit reached), so callers can skip a no-op history entry.
 */

export const DEFAULT_PHASE_W = 560
export const DEFAULT_LANE_H = 220
export const EMOTION_LANE_H = 200
/** How much one press of "wider"/"taller" changes a column or row. */
export const RESIZE_STEP = 80

/** A new phase or lane id: unique, and valid for journey-model (letters, digits, `_.:-`). */
export function newGridItemId(prefix: 'fase' | 'rad', taken: Iterable<string>, random: () => number = Math.random): string {
  const used = new Set(taken)
  for (;;) {
    const id = `${prefix}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`
    if (!used.has(id)) return id
  }
}

/**
 * The frame's props with new ids for the phases and lanes another frame already uses: a duplicated or pasted frame
 * is a journey of its own, and reports and the outline tell journeys' phases apart by id. Same object when
 * nothing collides.
 */
export function withOwnGridIds(props: JourneyFrameProps, usedByOtherFrames: ReadonlySet<string>, random: () => number = Math.random): JourneyFrameProps {
  const taken = new Set([...usedByOtherFrames, ...props.phases.map((phase) => phase.id), ...props.lanes.map((lane) => lane.id)])
  let changed = false
  const fresh = <T extends { id: string }>(items: readonly T[], prefix: 'fase' | 'rad'): T[] =>
    items.map((item) => {
      if (!usedByOtherFrames.has(item.id)) return item
      changed = true
      const id = newGridItemId(prefix, taken, random)
      taken.add(id)
      return { ...item, id }
    })
  const phases = fresh(props.phases, 'fase')
  const lanes = fresh(props.lanes, 'rad')
  return changed ? { ...props, phases, lanes } : props
}

function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] | null {
  const target = index + by
  if (index < 0 || target < 0 || target >= items.length) return null
  const next = [...items]
  const [item] = next.splice(index, 1)
  next.splice(target, 0, item as T)
  return next
}

export function addPhase(props: JourneyFrameProps, name: string, id: string): JourneyFrameProps {
  if (props.phases.length >= MAX_PHASES) return props
  return { ...props, phases: [...props.phases, { id, name, w: DEFAULT_PHASE_W }] }
}

export function addLane(props: JourneyFrameProps, name: string, id: string, kind: JourneyFrameLaneKind = 'steps'): JourneyFrameProps {
  if (props.lanes.length >= MAX_LANES) return props
  const lane: JourneyFrameLane = { id, name, h: kind === 'emotion' ? EMOTION_LANE_H : DEFAULT_LANE_H, kind }
  return { ...props, lanes: [...props.lanes, lane] }
}

export function renamePhase(props: JourneyFrameProps, id: string, name: string): JourneyFrameProps {
  return { ...props, phases: props.phases.map((phase) => (phase.id === id ? { ...phase, name } : phase)) }
}

export function renameLane(props: JourneyFrameProps, id: string, name: string): JourneyFrameProps {
  return { ...props, lanes: props.lanes.map((lane) => (lane.id === id ? { ...lane, name } : lane)) }
}

export function movePhase(props: JourneyFrameProps, id: string, by: -1 | 1): JourneyFrameProps {
  const phases = move(props.phases, props.phases.findIndex((phase) => phase.id === id), by)
  return phases ? { ...props, phases } : props
}

export function moveLane(props: JourneyFrameProps, id: string, by: -1 | 1): JourneyFrameProps {
  const lanes = move(props.lanes, props.lanes.findIndex((lane) => lane.id === id), by)
  return lanes ? { ...props, lanes } : props
}

/** Resizes a column; never below the schema's minimum nor below `minW` (what its cards need). */
export function resizePhase(props: JourneyFrameProps, id: string, by: number, minW = MIN_PHASE_W): JourneyFrameProps {
  const phase = props.phases.find((candidate) => candidate.id === id)
  if (!phase) return props
  const w = Math.max(MIN_PHASE_W, Math.min(phase.w, minW), phase.w + by)
  if (w === phase.w) return props
  return { ...props, phases: props.phases.map((candidate) => (candidate.id === id ? { ...candidate, w } : candidate)) }
}

export function resizeLane(props: JourneyFrameProps, id: string, by: number, minH = MIN_LANE_H): JourneyFrameProps {
  const lane = props.lanes.find((candidate) => candidate.id === id)
  if (!lane) return props
  const h = Math.max(MIN_LANE_H, Math.min(lane.h, minH), lane.h + by)
  if (h === lane.h) return props
  return { ...props, lanes: props.lanes.map((candidate) => (candidate.id === id ? { ...candidate, h } : candidate)) }
}

export function setLaneKind(props: JourneyFrameProps, id: string, kind: JourneyFrameLaneKind): JourneyFrameProps {
  if (!props.lanes.some((lane) => lane.id === id && lane.kind !== kind)) return props
  return { ...props, lanes: props.lanes.map((lane) => (lane.id === id ? { ...lane, kind } : lane)) }
}

/** Removing the last phase or lane would make an invalid frame: the edit does nothing then. */
export function removePhase(props: JourneyFrameProps, id: string): JourneyFrameProps {
  if (props.phases.length <= 1 || !props.phases.some((phase) => phase.id === id)) return props
  return { ...props, phases: props.phases.filter((phase) => phase.id !== id) }
}

export function removeLane(props: JourneyFrameProps, id: string): JourneyFrameProps {
  if (props.lanes.length <= 1 || !props.lanes.some((lane) => lane.id === id)) return props
  return { ...props, lanes: props.lanes.filter((lane) => lane.id !== id) }
}
