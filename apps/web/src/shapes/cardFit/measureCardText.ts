import { unsafe__withoutCapture, type Editor, type TLArrowShape } from 'tldraw'
import { measureArrowLabels } from '../textMeasure/arrowLabels'
import { isMeasured, measureAll, measuredSize, plainTextHtml, rememberMeasures, type MeasureOpts, type MeasureRequest } from '../textMeasure/measureMemo'
import type { ActorTextStyle, MeasureActorText } from './actorFit'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT, cardTextWidth, isTextCardType, type MeasureTextHeight } from './cardTextFit'

/*
 * The card text's height as the browser lays it out, through tldraw's hidden measuring element (the same
 * `tl-text` white-space and wrapping rules CardText renders with). Cached per width and text: geometry asks
 * for it on every render, and a board has hundreds of cards.
 *
 * The first card that misses the cache measures, in one layout, every text card and arrow label in the store not
 * measured yet (textMeasure/measureMemo.ts): measured one by one, a 2,000-card journey spent half a second of its
 * open on layouts (issue 12). What stays in the caches is only what was measured in the loaded card font.
 */

const MAX_CACHED = 4000
const cache = new Map<string, number>()
/** Per canvas, the shape records a batch looked at already: records are immutable, so a changed card is a new one. */
const lookedAt = new WeakMap<Editor, WeakSet<object>>()

const cardTextOpts = (width: number): MeasureOpts => ({
  fontFamily: 'var(--tl-font-sans)',
  fontSize: CARD_FONT_SIZE,
  lineHeight: CARD_LINE_HEIGHT,
  fontWeight: 'normal',
  fontStyle: 'normal',
  padding: '0px',
  maxWidth: width,
})

export function cardTextMeasure(editor: Editor): MeasureTextHeight {
  return (text, width) => {
    const key = `${width}\u0000${text}`
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    rememberMeasures(editor)
    measureBoardTextsAhead(editor)
    const opts = cardTextOpts(width)
    const { h } = editor.textMeasure.measureText(text, opts)
    if (isMeasured(editor, { html: plainTextHtml(text), opts })) remember(cache, key, h)
    return h
  }
}

function remember(into: Map<string, number>, key: string, h: number) {
  if (into.size >= MAX_CACHED) into.clear()
  into.set(key, h)
}

/** Fewer texts than this to measure and a batch is not worth it: one at a time, as tldraw does. */
const MIN_BATCH = 8

/** Measures, in one layout, the text of every text card and arrow label in the store not measured yet. */
function measureBoardTextsAhead(editor: Editor) {
  const looked = lookedAt.get(editor) ?? new WeakSet<object>()
  lookedAt.set(editor, looked)
  // Geometry calls this from inside tldraw's computeds: reading the store here must not make every card's
  // geometry depend on every other card.
  const { cards, arrows } = unsafe__withoutCapture(() => {
    const cards: (MeasureRequest & { key: string })[] = []
    const arrows: TLArrowShape[] = []
    for (const record of editor.store.allRecords()) {
      if (record.typeName !== 'shape' || looked.has(record)) continue
      looked.add(record)
      if (record.type === 'arrow') {
        arrows.push(record as TLArrowShape)
        continue
      }
      if (!isTextCardType(record.type)) continue
      const props = record.props as { text?: unknown; w?: unknown }
      if (typeof props.text !== 'string' || props.text === '' || typeof props.w !== 'number') continue
      const width = cardTextWidth(props.w)
      const key = `${width}\u0000${props.text}`
      if (!cache.has(key)) cards.push({ key, html: plainTextHtml(props.text), opts: cardTextOpts(width) })
    }
    return { cards, arrows }
  })
  if (cards.length + arrows.length < MIN_BATCH) return
  measureAll(editor, cards)
  // Straight into the heights: every card's first geometry would otherwise miss here and look for more to measure.
  for (const card of cards) {
    const size = measuredSize(editor, card)
    if (size) remember(cache, card.key, size.h)
  }
  measureArrowLabels(editor, arrows)
}

const actorCache = new Map<string, number>()

/** The same for the actor's name and information needs, each in its own type style (actorFit.ts). */
export function actorTextMeasure(editor: Editor): MeasureActorText {
  return (text, width, style) => {
    const key = `${width}\u0000${style.fontSize}\u0000${style.fontWeight}\u0000${text}`
    const cached = actorCache.get(key)
    if (cached !== undefined) return cached
    rememberMeasures(editor)
    const opts = actorTextOpts(width, style)
    const { h } = editor.textMeasure.measureText(text, opts)
    if (isMeasured(editor, { html: plainTextHtml(text), opts })) remember(actorCache, key, h)
    return h
  }
}

const actorTextOpts = (width: number, style: ActorTextStyle): MeasureOpts => ({
  fontFamily: 'var(--tl-font-sans)',
  fontSize: style.fontSize,
  lineHeight: style.lineHeight,
  fontWeight: style.fontWeight,
  fontStyle: 'normal',
  padding: '0px',
  maxWidth: width,
})
