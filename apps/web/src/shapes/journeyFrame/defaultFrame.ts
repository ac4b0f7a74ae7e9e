import type { JourneyFrameProps } from '@sammen/journey-shapes'
import type { Dictionary } from '../../i18n'
import { DEFAULT_LANE_H, DEFAULT_PHASE_W, EMOTION_LANE_H, newGridItemId } from './gridEdits'

/**
 * An empty journey: before, during, after; what the person does, the agencies, feelings. Ids are random so that
 * two frames on one board never share a phase or lane (the journey reads each id once).
 */
export function defaultFrameProps(t: Dictionary): JourneyFrameProps {
  const taken: string[] = []
  const id = (prefix: 'fase' | 'rad') => {
    const next = newGridItemId(prefix, taken)
    taken.push(next)
    return next
  }
  const { defaultPhases, defaultLanes } = t.journeyFrame
  return {
    phases: [defaultPhases.before, defaultPhases.during, defaultPhases.after].map((name) => ({ id: id('fase'), name, w: DEFAULT_PHASE_W })),
    lanes: [
      { id: id('rad'), name: defaultLanes.does, h: DEFAULT_LANE_H, kind: 'steps' },
      { id: id('rad'), name: defaultLanes.agencies, h: DEFAULT_LANE_H, kind: 'steps' },
      { id: id('rad'), name: defaultLanes.feelings, h: EMOTION_LANE_H, kind: 'emotion' },
    ],
  }
}
