import { emotionFaceGeometry } from '../stepCard/EmotionFace'
import type { CurvePoint } from './emotionCurve'

export type Mood = 'low' | 'neutral' | 'high'

export const moodOf = (emotion: number): Mood => (emotion < 0 ? 'low' : emotion > 0 ? 'high' : 'neutral')

/** A marker's ring: 34 px across with its 3 px stroke, as the cards' emotion chips. */
export const MARKER_RADIUS = 15.5
/** The face in a marker: 24 px for the face's 16 units. */
export const MARKER_FACE_SCALE = 1.5

/** A full circle as two arcs of an SVG path. */
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`

export interface EmotionMarkerPaths {
  /** The rings of the points of each mood, one path per mood (each its own fill). */
  rings: Record<Mood, string>
  /** Every face's outline and mouth (stroked), and every face's eyes (filled); empty without faces. */
  faceLines: string
  eyes: string
}

/**
 * The emotion curve's markers as five SVG paths, however many points there are. As an element or two per point, the
 * 1,200 points of a 2,000-card journey were each their own paint chunks, and Chrome layerized all of them in every
 * frame of a pan: most of such a frame at 100 %, and half of it with the whole journey in view (issue 12).
 */
export function emotionMarkerPaths(points: readonly CurvePoint[], faces: boolean): EmotionMarkerPaths {
  const rings: Record<Mood, string[]> = { low: [], neutral: [], high: [] }
  const faceLines: string[] = []
  const eyes: string[] = []
  for (const point of points) {
    rings[moodOf(point.emotion)].push(circle(point.x, point.y, MARKER_RADIUS))
    if (!faces) continue
    const face = emotionFaceGeometry(point.emotion, point.x, point.y, MARKER_FACE_SCALE)
    faceLines.push(circle(face.outline.cx, face.outline.cy, face.outline.r), face.mouth)
    for (const eye of face.eyes) eyes.push(circle(eye.cx, eye.cy, eye.r))
  }
  return {
    rings: { low: rings.low.join(''), neutral: rings.neutral.join(''), high: rings.high.join('') },
    faceLines: faceLines.join(''),
    eyes: eyes.join(''),
  }
}
