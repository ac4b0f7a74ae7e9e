import { z } from 'zod'

/** `#rrggbb`, lower or upper case: the one format every renderer (SVG, CSS, canvas, PDF export) understands. */
export const HEX_COLOUR_PATTERN = /^#[0-9A-Fa-f]{6}$/

export const hexColourSchema = z.string().regex(HEX_COLOUR_PATTERN, 'A colour is written as #rrggbb, e.g. #c30000.')

/** Relative luminance as defined by WCAG 2.x, from 0 (black) to 1 (white). */
export function relativeLuminance(hexColour: string): number {
  if (!HEX_COLOUR_PATTERN.test(hexColour)) throw new Error(`Not a #rrggbb colour: ${hexColour}`)
  const channel = (offset: number) => {
    const value = Number.parseInt(hexColour.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG contrast ratio between two colours, from 1 to 21. Normal text needs at least 4.5. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}

/** The text colour (white or near-black) that reads best on a background, for agency badges and lanes. */
export function readableTextColour(background: string): '#ffffff' | '#1a1a1a' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#1a1a1a') ? '#ffffff' : '#1a1a1a'
}

/**
 * Perceptual difference between two colours (CIE76 ΔE in CIELAB; about 2.3 is just noticeable). Used to keep
 * agency colours apart on the canvas, e.g. to warn when a new agency's colour is close to an existing one.
 */
export function colourDifference(first: string, second: string): number {
  const [l1, a1, b1] = toLab(first)
  const [l2, a2, b2] = toLab(second)
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

function toLab(hexColour: string): [number, number, number] {
  if (!HEX_COLOUR_PATTERN.test(hexColour)) throw new Error(`Not a #rrggbb colour: ${hexColour}`)
  const [r, g, b] = [1, 3, 5].map((offset) => {
    const value = Number.parseInt(hexColour.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  // sRGB → XYZ (D65), normalised by the reference white, then XYZ → CIELAB.
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}
