import { describe, expect, it } from 'vitest'
import { MAX_PNG_PIXELS, pngPixelRatio } from './canvasExports'

describe('pngPixelRatio', () => {
  it('gives twice the pixels for a board of ordinary size', () => {
    expect(pngPixelRatio(2600, 1700)).toBe(2)
  })

  it('gives a wall-sized journey fewer, so the image stays within the limit', () => {
    const ratio = pngPixelRatio(10_808, 3_388)
    expect(ratio).toBeLessThan(2)
    expect(10_808 * ratio * 3_388 * ratio).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.0001)
  })
})
