import { describe, expect, it } from 'vitest'
import { CURVE_PADDING, emotionCurve, emotionY, MARKER_SPACING } from './emotionCurve'

const row = { y: 100, h: 200 }

describe('emotionY', () => {
  it('puts +2 at the top, 0 in the middle and −2 at the bottom of the lane', () => {
    expect(emotionY(2, row)).toBe(100 + CURVE_PADDING)
    expect(emotionY(0, row)).toBe(200)
    expect(emotionY(-2, row)).toBe(300 - CURVE_PADDING)
  })
})

describe('emotionCurve', () => {
  it('orders the steps left to right', () => {
    const runs = emotionCurve(
      [
        { x: 300, emotion: -1 },
        { x: 100, emotion: 1 },
      ],
      row,
    )
    expect(runs.map((run) => run.map((point) => point.x))).toEqual([[100, 300]])
  })

  it('breaks the line at a step nobody has rated', () => {
    const runs = emotionCurve(
      [
        { x: 100, emotion: 1 },
        { x: 200, emotion: null },
        { x: 300, emotion: -2 },
        { x: 400, emotion: 0 },
      ],
      row,
    )
    expect(runs.map((run) => run.map((point) => point.emotion))).toEqual([[1], [-2, 0]])
  })

  it('spreads steps that share an x (one column, different lanes)', () => {
    const runs = emotionCurve(
      [
        { x: 100, emotion: 1 },
        { x: 100, emotion: -1 },
        { x: 400, emotion: 0 },
      ],
      row,
    )
    expect(runs[0]!.map((point) => point.x)).toEqual([100, 100 + MARKER_SPACING, 400])
  })

  it('draws nothing when no step is rated', () => {
    expect(emotionCurve([{ x: 1, emotion: null }], row)).toEqual([])
  })
})
