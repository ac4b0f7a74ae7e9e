import type { Editor } from 'tldraw'
import type { MeasureActorText } from './actorFit'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT, type MeasureTextHeight } from './cardTextFit'

/*
 * The card text's height as the browser lays it out, through tldraw's hidden measuring element (the same
 * `tl-text` white-space and wrapping rules CardText renders with). Cached per width and text: geometry asks
 * for it on every render, and a board has hundreds of cards.
 */

const MAX_CACHED = 4000
const cache = new Map<string, number>()

export function cardTextMeasure(editor: Editor): MeasureTextHeight {
  return (text, width) => {
    const key = `${width}\u0000${text}`
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const { h } = editor.textMeasure.measureText(text, {
      fontFamily: 'var(--tl-font-sans)',
      fontSize: CARD_FONT_SIZE,
      lineHeight: CARD_LINE_HEIGHT,
      fontWeight: 'normal',
      fontStyle: 'normal',
      padding: '0px',
      maxWidth: width,
    })
    // A measure taken before the card font has loaded is the fallback font's: use it, but do not keep it.
    if (typeof document === 'undefined' || document.fonts.status === 'loaded') {
      if (cache.size >= MAX_CACHED) cache.clear()
      cache.set(key, h)
    }
    return h
  }
}

const actorCache = new Map<string, number>()

/** The same for the actor's name and information needs, each in its own type style (actorFit.ts). */
export function actorTextMeasure(editor: Editor): MeasureActorText {
  return (text, width, style) => {
    const key = `${width}\u0000${style.fontSize}\u0000${style.fontWeight}\u0000${text}`
    const cached = actorCache.get(key)
    if (cached !== undefined) return cached
    const { h } = editor.textMeasure.measureText(text, {
      fontFamily: 'var(--tl-font-sans)',
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      fontWeight: style.fontWeight,
      fontStyle: 'normal',
      padding: '0px',
      maxWidth: width,
    })
    if (typeof document === 'undefined' || document.fonts.status === 'loaded') {
      if (actorCache.size >= MAX_CACHED) actorCache.clear()
      actorCache.set(key, h)
    }
    return h
  }
}
