import type { CurvePoint } from './emotionCurve'
import { emotionMarkerPaths, MARKER_FACE_SCALE, type Mood } from './emotionMarkerPaths'

/** The emotion curve's colours, on the canvas and in export alike. */
export const EMOTION_CURVE_COLOURS = {
  line: '#8a5a00',
  face: '#1b2430',
  fill: { low: '#fde2df', neutral: '#ffffff', high: '#dcf3e4' },
} as const

const MOODS: Mood[] = ['neutral', 'low', 'high']

/**
 * The points of one emotion curve in the frame's SVG (emotionMarkerPaths: five paths for any number of points): a
 * ring filled by mood, with the face when `faces` is set (not when cards are drawn small, where a face would be a few
 * pixels wide).
 */
export function EmotionMarkers({ points, faces }: { points: readonly CurvePoint[]; faces: boolean }) {
  const paths = emotionMarkerPaths(points, faces)
  return (
    <g data-testid="journey-frame-emotion-points" data-count={points.length}>
      {MOODS.map((mood) =>
        paths.rings[mood] ? <path key={mood} d={paths.rings[mood]} fill={EMOTION_CURVE_COLOURS.fill[mood]} stroke={EMOTION_CURVE_COLOURS.line} strokeWidth={3} /> : null,
      )}
      {paths.faceLines && <path d={paths.faceLines} fill="none" stroke={EMOTION_CURVE_COLOURS.face} strokeWidth={1.4 * MARKER_FACE_SCALE} strokeLinecap="round" />}
      {paths.eyes && <path d={paths.eyes} fill={EMOTION_CURVE_COLOURS.face} />}
    </g>
  )
}
