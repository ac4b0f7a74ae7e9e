import { describe, expect, it } from 'vitest'
import { colourDifference, contrastRatio, readableTextColour, relativeLuminance } from './colour'

describe('colour helpers', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#FFFFFF')).toBe(1)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it('picks the readable text colour', () => {
    expect(readableTextColour('#c00000')).toBe('#ffffff')
    expect(readableTextColour('#ffe066')).toBe('#1a1a1a')
  })

  it('measures perceptual difference', () => {
    expect(colourDifference('#123456', '#123456')).toBe(0)
    expect(colourDifference('#000000', '#ffffff')).toBeCloseTo(100, 0)
  })

  it('refuses malformed colours', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/)
  })
})
