import type { StepCardEmotion } from '@sammen/journey-shapes'

/** A face whose mouth bends with the emotion (−2 … +2); the number next to it carries the meaning. */
export function EmotionFace({ emotion }: { emotion: StepCardEmotion }) {
  const bend = emotion * 1.6
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <circle cx="5.8" cy="6.4" r="0.9" fill="currentColor" />
      <circle cx="10.2" cy="6.4" r="0.9" fill="currentColor" />
      <path d={`M5 ${10.4 - bend / 2} Q8 ${10.4 + bend} 11 ${10.4 - bend / 2}`} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  )
}
