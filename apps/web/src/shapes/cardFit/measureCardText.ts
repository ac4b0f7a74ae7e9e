import { unsafe__withoutCapture, type Editor } from 'tldraw'
import type { MeasureActorText } from './actorFit'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT, cardTextWidth, isTextCardType, type MeasureTextHeight } from './cardTextFit'

/*
 * The card text's height as the browser lays it out, through tldraw's hidden measuring element (the same
 * `tl-text` white-space and wrapping rules CardText renders with). Cached per width and text: geometry asks
 * for it on every render, and a board has hundreds of cards.
 *
 * One element measured after another forces a layout each time: on a 2,000-card journey that was half a second of
 * the open (issue 12). So the first card that misses the cache measures every text card in the store not measured
 * yet, each in its own copy of tldraw's measuring element, all laid out at once. The copies are what tldraw's
 * `measureText` makes of its element (same classes, same styles, same parent), so a card measures the same either
 * way and every peer derives the same height whichever way it measured.
 */

const MAX_CACHED = 4000
const cache = new Map<string, number>()
const keyOf = (text: string, width: number) => `${width}\u0000${text}`
/** Shape records already looked at by a batch: records are immutable, so a changed card is a new record. */
const looked = new WeakSet<object>()

const CARD_TEXT_STYLE = {
  fontFamily: 'var(--tl-font-sans)',
  fontSize: CARD_FONT_SIZE,
  lineHeight: CARD_LINE_HEIGHT,
  fontWeight: 'normal',
  fontStyle: 'normal',
  padding: '0px',
} as const

/** A measure taken before the card font has loaded is the fallback font's: use it, but do not keep it. */
const fontsLoaded = () => typeof document === 'undefined' || document.fonts.status === 'loaded'

export function cardTextMeasure(editor: Editor): MeasureTextHeight {
  return (text, width) => {
    const key = keyOf(text, width)
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    if (fontsLoaded()) {
      measureUnmeasuredCards(editor)
      const batched = cache.get(key)
      if (batched !== undefined) return batched
    }
    const { h } = editor.textMeasure.measureText(text, { ...CARD_TEXT_STYLE, maxWidth: width })
    if (fontsLoaded()) remember(key, h)
    return h
  }
}

function remember(key: string, h: number) {
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(key, h)
}

/** Fewer texts than this to measure and the batch is not worth its elements: one at a time, as tldraw does. */
const MIN_BATCH = 8

/** Measures, in one layout, the text of every text card in the store whose height is not cached yet. */
function measureUnmeasuredCards(editor: Editor) {
  // Geometry calls this from inside tldraw's computeds: reading the store here must not make every card's
  // geometry depend on every other card.
  const wanted = unsafe__withoutCapture(() => {
    const texts = new Map<string, { text: string; width: number }>()
    for (const record of editor.store.allRecords()) {
      if (record.typeName !== 'shape' || looked.has(record) || !isTextCardType(record.type)) continue
      looked.add(record)
      const props = record.props as { text?: unknown; w?: unknown }
      if (typeof props.text !== 'string' || props.text === '' || typeof props.w !== 'number') continue
      const width = cardTextWidth(props.w)
      const key = keyOf(props.text, width)
      if (!cache.has(key)) texts.set(key, { text: props.text, width })
    }
    return texts
  })
  if (wanted.size < MIN_BATCH) return
  const container = editor.getContainer()
  const elements = [...wanted].map(([key, { text, width }]) => {
    const element = measuringElement(text, width)
    container.appendChild(element)
    return { key, element }
  })
  try {
    for (const { key, element } of elements) remember(key, element.getBoundingClientRect().height)
  } finally {
    for (const { element } of elements) element.remove()
  }
}

/** A copy of tldraw's measuring element (TextManager) as `measureText` sets it up for the card text style. */
function measuringElement(text: string, width: number): HTMLDivElement {
  const element = document.createElement('div')
  element.classList.add('tl-text', 'tl-text-measure')
  element.setAttribute('dir', 'auto')
  const style = element.style
  style.setProperty('overflow-wrap', 'break-word')
  style.setProperty('word-break', 'auto')
  style.setProperty('font-family', CARD_TEXT_STYLE.fontFamily)
  style.setProperty('font-style', CARD_TEXT_STYLE.fontStyle)
  style.setProperty('font-weight', CARD_TEXT_STYLE.fontWeight)
  style.setProperty('font-size', `${CARD_TEXT_STYLE.fontSize}px`)
  style.setProperty('line-height', String(CARD_TEXT_STYLE.lineHeight))
  style.setProperty('padding', CARD_TEXT_STYLE.padding)
  style.setProperty('max-width', `${width}px`)
  // tldraw's normalisation: one kind of line break, and an empty line keeps its height.
  element.textContent = text
    .replace(/\r?\n|\r/g, '\n')
    .split('\n')
    .map((line) => line || ' ')
    .join('\n')
  return element
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
    if (fontsLoaded()) {
      if (actorCache.size >= MAX_CACHED) actorCache.clear()
      actorCache.set(key, h)
    }
    return h
  }
}
