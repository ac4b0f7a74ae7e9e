import type { ReactNode } from 'react'
import { DefaultFontFaces, type Editor, type SvgExportContext, type TLFontFace } from 'tldraw'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT, cardTextWidth } from './cardFit/cardTextFit'
import { CARD_RADIUS } from './cardGeometry'

/*
 * The journey cards drawn as plain SVG for export (PNG, SVG, the poster), the same card as on the canvas
 * (cards.css) in SVG elements and text. Without a `toSvg`, tldraw exports an HTML shape by rendering it into a
 * foreignObject and inlining every computed style of every element: about 0.1 s and 30 KB per card, so a 300-card
 * journey took half a minute to export. Text is measured in the card's font on a 2D canvas and wrapped at spaces,
 * as the card's CSS wraps it.
 */

export const CARD_FONT_FAMILY = "'tldraw_sans', sans-serif"

const CARD_FONT_FACES: [string, TLFontFace][] = [
  ['sammen-font-sans-normal', DefaultFontFaces.tldraw_sans.normal.normal],
  ['sammen-font-sans-bold', DefaultFontFaces.tldraw_sans.normal.bold],
]

/**
 * Embeds the card font in the export, once per export whatever number of cards (fixed keys). Not through
 * `ShapeUtil.getFontFaces`: that also makes tldraw track the font for every card on the canvas, and the cards'
 * text fitting (cardFit/) then measured some texts before the tracked font was ready.
 */
export function embedCardFonts(editor: Editor, ctx: SvgExportContext): void {
  for (const [key, font] of CARD_FONT_FACES) {
    ctx.addExportDef({ key, getElement: async () => <style>{await editor.fonts.toEmbeddedCssDeclaration(font)}</style> })
  }
}

/** The card's padding in cards.css (top, right, bottom, left). */
export const CARD_PADDING = { top: 11, right: 14, bottom: 11, left: 18 }
/** Header and footer rows: their min-height and the gap between rows in cards.css. */
export const CARD_ROW_H = 22
export const CARD_ROW_GAP = 6

interface TextStyle {
  fontSize: number
  fontWeight?: 'normal' | 'bold'
  lineHeight?: number
}

let measuringContext: CanvasRenderingContext2D | null = null
const widths = new Map<string, number>()

/**
 * A text's width in the card font, from a canvas's `measureText` (no DOM layout, so hundreds of cards measure in
 * milliseconds), remembered per text and style: the same agency names and words recur on every card.
 */
export function textWidth(text: string, { fontSize, fontWeight = 'normal' }: TextStyle): number {
  const key = `${fontWeight} ${fontSize} ${text}`
  let width = widths.get(key)
  if (width === undefined) {
    measuringContext ??= document.createElement('canvas').getContext('2d')
    if (!measuringContext) return text.length * fontSize * 0.55
    measuringContext.font = `${fontWeight} ${fontSize}px ${CARD_FONT_FAMILY}`
    width = measuringContext.measureText(text).width
    if (widths.size > 20_000) widths.clear()
    widths.set(key, width)
  }
  return width
}

/**
 * The text's lines as the canvas wraps them in `width` (white-space: pre-wrap; overflow-wrap: break-word): at
 * spaces, a word wider than the line broken between characters, a newline starting a new line.
 */
export function wrapText(text: string, width: number, style: TextStyle, measure: typeof textWidth = textWidth): string[] {
  if (text.trim() === '') return []
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (measure(candidate, style) <= width) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      line = ''
      let rest = word
      while (measure(rest, style) > width && rest.length > 1) {
        let fits = 1
        while (fits < rest.length && measure(rest.slice(0, fits + 1), style) <= width) fits++
        lines.push(rest.slice(0, fits))
        rest = rest.slice(fits)
      }
      line = rest
    }
    lines.push(line)
  }
  return lines
}

/** One line of text cut to `width` with an ellipsis, as `text-overflow: ellipsis` does on the canvas. */
export function fitLine(text: string, width: number, style: TextStyle, measure: typeof textWidth = textWidth): string {
  if (measure(text, style) <= width) return text
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (measure(`${text.slice(0, middle).trimEnd()}…`, style) <= width) low = middle
    else high = middle - 1
  }
  return `${text.slice(0, low).trimEnd()}…`
}

/** Lines of text from y downwards, the first baseline one line's ascent below y; at x on their start, middle or end. */
export function SvgLines({
  lines,
  x,
  y,
  style,
  fill,
  anchor = 'start',
}: {
  lines: string[]
  x: number
  y: number
  style: TextStyle
  fill: string
  anchor?: 'start' | 'middle' | 'end'
}) {
  const lineHeight = style.fontSize * (style.lineHeight ?? CARD_LINE_HEIGHT)
  // The baseline sits about 0.8 of the font size below the top of the line box, centred in the line height.
  const firstBaseline = y + (lineHeight - style.fontSize) / 2 + style.fontSize * 0.8
  return (
    <text fontFamily={CARD_FONT_FAMILY} fontSize={style.fontSize} fontWeight={style.fontWeight ?? 'normal'} fill={fill} textAnchor={anchor}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={firstBaseline + index * lineHeight} xmlSpace="preserve">
          {line}
        </tspan>
      ))}
    </text>
  )
}

/**
 * The card's main text, wrapped in the card's text area. Every line: a card is as tall as its text
 * (cardFit/), so nothing is cut here either.
 */
export function CardTextSvg({ text, w, top, fill }: { text: string; w: number; top: number; fill: string }) {
  const style = { fontSize: CARD_FONT_SIZE, lineHeight: CARD_LINE_HEIGHT }
  return (
    <g data-card-text="">
      <SvgLines lines={wrapText(text, cardTextWidth(w), style)} x={CARD_PADDING.left} y={top} style={style} fill={fill} />
    </g>
  )
}

/** The card's outline: a rounded rectangle with its fill, a border and a soft shadow, then its content. */
export function CardFrameSvg({ w, h, fill, stroke, children }: { w: number; h: number; fill: string; stroke?: string; children: ReactNode }) {
  // `data-card-h`: where the card ends, for readers of the export (the e2e tests check that no text runs past it).
  return (
    <g data-sammen-card="" data-card-h={h}>
      <rect x={0} y={2} width={w} height={h} rx={CARD_RADIUS} ry={CARD_RADIUS} fill="rgb(16 24 40 / 10%)" />
      <rect width={w} height={h} rx={CARD_RADIUS} ry={CARD_RADIUS} fill={fill} stroke={stroke} strokeWidth={stroke ? 1 : 0} />
      {children}
    </g>
  )
}

/** The canvas's own small icons (14 px `<svg>`s in currentColor), placed at (x, y) in the given colour. */
export function SvgAt({ x, y, colour, children }: { x: number; y: number; colour: string; children: ReactNode }) {
  return (
    <g transform={`translate(${x} ${y})`} color={colour}>
      {children}
    </g>
  )
}
