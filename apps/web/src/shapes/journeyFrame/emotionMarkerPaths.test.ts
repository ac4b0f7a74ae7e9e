import { describe, expect, it } from 'vitest'
import type { CurvePoint } from './emotionCurve'
import { emotionMarkerPaths } from './emotionMarkerPaths'

const point = (x: number, emotion: number): CurvePoint => ({ x, y: 100 - emotion * 20, emotion }) as CurvePoint
const subpaths = (d: string) => (d.match(/M/g) ?? []).length

describe('emotion markers as paths', () => {
  const points = [point(100, -2), point(140, -1), point(180, 0), point(220, 1), point(260, 2), point(300, 2)]

  it('draws one ring per point, in the path of its mood', () => {
    const paths = emotionMarkerPaths(points, true)
    expect(subpaths(paths.rings.low)).toBe(2)
    expect(subpaths(paths.rings.neutral)).toBe(1)
    expect(subpaths(paths.rings.high)).toBe(3)
    expect(paths.rings.low).toContain('M84.5 140')
  })

  it('adds each face: outline and mouth in one path, two eyes in the other', () => {
    const paths = emotionMarkerPaths(points, true)
    expect(subpaths(paths.faceLines)).toBe(points.length * 2)
    expect(subpaths(paths.eyes)).toBe(points.length * 2)
  })

  it('leaves the faces out when cards are drawn small', () => {
    const paths = emotionMarkerPaths(points, false)
    expect(paths.faceLines).toBe('')
    expect(paths.eyes).toBe('')
    expect(subpaths(paths.rings.high)).toBe(3)
  })

  it('bends the mouth with the emotion', () => {
    const [sad, happy] = [emotionMarkerPaths([point(0, -2)], true), emotionMarkerPaths([point(0, 2)], true)]
    expect(sad.faceLines).not.toBe(happy.faceLines)
  })
})
