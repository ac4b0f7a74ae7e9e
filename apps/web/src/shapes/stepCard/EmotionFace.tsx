import type { StepCardEmotion } from '@sammen/journey-shapes'

/** The emotion face's outline, eyes and mouth, centred on (cx, cy) at `scale` × its 16-unit drawing. */
export function emotionFaceGeometry(emotion: number, cx: number, cy: number, scale = 1) {
  const bend = emotion * 1.6
  const x = (units: number) => cx + (units - 8) * scale
  const y = (units: number) => cy + (units - 8) * scale
  return {
    outline: { cx, cy, r: 6.6 * scale },
    eyes: [
      { cx: x(5.8), cy: y(6.4), r: 0.9 * scale },
      { cx: x(10.2), cy: y(6.4), r: 0.9 * scale },
    ],
    mouth: `M${x(5)} ${y(10.4 - bend / 2)} Q${x(8)} ${y(10.4 + bend)} ${x(11)} ${y(10.4 - bend / 2)}`,
    strokeWidth: 1.4 * scale,
  }
}

/** A face whose mouth bends with the emotion (−2 … +2); the number next to it carries the meaning. */
export function EmotionFace({ emotion }: { emotion: StepCardEmotion }) {
  const face = emotionFaceGeometry(emotion, 8, 8)
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle {...face.outline} fill="none" stroke="currentColor" strokeWidth={face.strokeWidth} />
      {face.eyes.map((eye) => (
        <circle key={eye.cx} {...eye} fill="currentColor" />
      ))}
      <path d={face.mouth} fill="none" stroke="currentColor" strokeWidth={face.strokeWidth} strokeLinecap="round" />
    </svg>
  )
}
