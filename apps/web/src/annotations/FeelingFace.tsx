import type { Feeling } from '@sammen/journey-model'

// Mouth from frowning (1) to smiling (5): the control point of a quadratic curve moves down as it gets better.
const MOUTH_CURVE: Record<Feeling, number> = { 1: 9, 2: 12, 3: 15, 4: 18, 5: 21 }
// Warm to cool, all dark enough against white for the face's outline (≥ 3:1, WCAG 1.4.11).
const FACE_COLOUR: Record<Feeling, string> = { 1: '#b42318', 2: '#b54708', 3: '#5b6675', 4: '#2e7d32', 5: '#1b5e20' }

/** A small face for a point on the feeling scale. Decorative: the text label next to it says the same. */
export function FeelingFace({ feeling, size = 28 }: { feeling: Feeling; size?: number }) {
  const colour = FACE_COLOUR[feeling]
  return (
    <svg className="feeling-face" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" data-feeling={feeling}>
      <circle cx="16" cy="16" r="14" fill="#ffffff" stroke={colour} strokeWidth="2.5" />
      <circle cx="11.5" cy="12.5" r="1.8" fill={colour} />
      <circle cx="20.5" cy="12.5" r="1.8" fill={colour} />
      <path d={`M9.5 ${feeling === 3 ? 20 : 19.5} Q16 ${MOUTH_CURVE[feeling] + 5} 22.5 ${feeling === 3 ? 20 : 19.5}`} fill="none" stroke={colour} strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  )
}
