import type { BoxModel, Editor, TLMeasureTextOpts } from 'tldraw'

/*
 * tldraw measures text (card text, arrow labels, geo labels) one element at a time through its hidden measuring
 * element, and every measure forces the browser to lay out the page. On a large journey that was most of what stood
 * between tldraw's mount and the first paint (issue 12): a layout per card and two per arrow label, each slower as
 * the page fills. Here tldraw's `measureHtml` gets a memory, and the memory can be filled for many texts in one
 * layout: each text in its own copy of tldraw's measuring element (same classes, same styles, same parent), all
 * added, read and removed together. A text measures the same either way, so every peer still derives the same
 * sizes whichever way it measured.
 */

export type MeasureOpts = TLMeasureTextOpts
export interface MeasureRequest {
  html: string
  opts: MeasureOpts
}
type Measured = BoxModel & { scrollWidth: number }

const MAX_REMEMBERED = 6000

interface Memo {
  sizes: Map<string, Measured>
  /** Resolved `var(--…)` font families, read once from the canvas. */
  families: Map<string, string>
}

const memos = new WeakMap<Editor, Memo>()

/** The memo of `editor`, installed in front of tldraw's `measureHtml` the first time it is asked for. */
function memoOf(editor: Editor): Memo {
  const known = memos.get(editor)
  if (known) return known
  const memo: Memo = { sizes: new Map(), families: new Map() }
  memos.set(editor, memo)
  const textMeasure = editor.textMeasure
  const measureHtml = textMeasure.measureHtml.bind(textMeasure)
  // `measureText` calls `this.measureHtml`, so card text, arrow labels and geo labels all come through here.
  textMeasure.measureHtml = (html, opts) => {
    const key = measureKey(html, opts)
    const remembered = memo.sizes.get(key)
    if (remembered) return { ...remembered }
    const measured = measureHtml(html, opts)
    if (fontReady(editor, memo, opts)) remember(memo, key, measured)
    return measured
  }
  return memo
}

/** Puts the memory in front of tldraw's measurer, so that texts measured one by one are remembered too. */
export function rememberMeasures(editor: Editor): void {
  memoOf(editor)
}

/** Whether `html` in `opts` is measured already (and would come from the memory). */
export function isMeasured(editor: Editor, request: MeasureRequest): boolean {
  return memoOf(editor).sizes.has(measureKey(request.html, request.opts))
}

/** The remembered size, if any. */
export function measuredSize(editor: Editor, request: MeasureRequest): Measured | undefined {
  const size = memoOf(editor).sizes.get(measureKey(request.html, request.opts))
  return size && { ...size }
}

/**
 * Measures the requests not remembered yet in one layout and remembers them. Nothing is remembered while a font
 * they use is still loading: a fallback font's size would outlive the font.
 */
export function measureAll(editor: Editor, requests: readonly MeasureRequest[]): void {
  const memo = memoOf(editor)
  const wanted = new Map<string, MeasureRequest>()
  // Asked once per font in a batch: a batch is hundreds of texts in a handful of fonts.
  const ready = new Map<string, boolean>()
  for (const request of requests) {
    const key = measureKey(request.html, request.opts)
    if (memo.sizes.has(key)) continue
    const { fontFamily, fontStyle, fontWeight, fontSize } = request.opts
    const font = `${fontStyle} ${fontWeight} ${fontSize} ${fontFamily}`
    if (!ready.has(font)) ready.set(font, fontReady(editor, memo, request.opts))
    if (ready.get(font)) wanted.set(key, request)
  }
  if (wanted.size === 0) return
  const container = editor.getContainer()
  const elements = [...wanted].map(([key, { html, opts }]) => {
    const element = measuringElement(html, opts)
    container.appendChild(element)
    return { key, element, opts }
  })
  try {
    for (const { key, element, opts } of elements) {
      const scrollWidth = opts.measureScrollWidth ? element.scrollWidth : 0
      const rect = element.getBoundingClientRect()
      remember(memo, key, { x: 0, y: 0, w: rect.width, h: rect.height, scrollWidth })
    }
  } finally {
    for (const { element } of elements) element.remove()
  }
}

/** What tldraw's `measureText` turns a plain text into before it measures it as HTML. */
export function plainTextHtml(text: string): string {
  const element = document.createElement('div')
  element.textContent = text
    .replace(/\r?\n|\r/g, '\n')
    .split('\n')
    .map((line) => line || ' ')
    .join('\n')
  return element.innerHTML
}

function remember(memo: Memo, key: string, size: Measured) {
  if (memo.sizes.size >= MAX_REMEMBERED) memo.sizes.clear()
  memo.sizes.set(key, { ...size })
}

/** Every option that changes the measure, in a fixed order (callers build their options in different orders). */
export function measureKey(html: string, opts: MeasureOpts): string {
  const other = opts.otherStyles ? Object.entries(opts.otherStyles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : []
  return JSON.stringify([
    opts.fontFamily,
    opts.fontSize,
    opts.fontStyle,
    opts.fontWeight,
    opts.lineHeight,
    opts.padding,
    opts.maxWidth ?? null,
    opts.minWidth ?? null,
    opts.disableOverflowWrapBreaking ?? false,
    opts.measureScrollWidth ?? false,
    other,
    html,
  ])
}

/**
 * Whether the font `opts` names has loaded (asked of that font, not of `document.fonts.status`, which says
 * "loading" while any other face loads). Families given as `var(--tl-font-…)` are read from the canvas once.
 */
function fontReady(editor: Editor, memo: Memo, opts: MeasureOpts): boolean {
  if (typeof document === 'undefined' || !document.fonts) return true
  let family = memo.families.get(opts.fontFamily)
  if (family === undefined) {
    const variable = /^var\((--[\w-]+)\)$/.exec(opts.fontFamily.trim())?.[1]
    family = variable ? getComputedStyle(editor.getContainer()).getPropertyValue(variable).trim() : opts.fontFamily
    memo.families.set(opts.fontFamily, family)
  }
  if (family === '') return document.fonts.status === 'loaded'
  try {
    // Norwegian letters too: a face can be split by unicode range.
    return document.fonts.check(`${opts.fontStyle} ${opts.fontWeight} ${opts.fontSize}px ${family}`, 'Aa ÆØÅ æøå')
  } catch {
    return document.fonts.status === 'loaded'
  }
}

/** A copy of tldraw's measuring element (TextManager) as `measureHtml` sets it up for `opts`. */
function measuringElement(html: string, opts: MeasureOpts): HTMLDivElement {
  const element = document.createElement('div')
  element.classList.add('tl-text', 'tl-text-measure')
  element.setAttribute('dir', 'auto')
  const styles: Record<string, string | undefined> = {
    // The measuring element's own defaults, then what measureHtml sets.
    'overflow-wrap': opts.disableOverflowWrapBreaking ? 'normal' : 'break-word',
    'word-break': 'auto',
    'font-family': opts.fontFamily,
    'font-style': opts.fontStyle,
    'font-weight': opts.fontWeight,
    'font-size': `${opts.fontSize}px`,
    'line-height': String(opts.lineHeight),
    padding: opts.padding,
    'max-width': opts.maxWidth ? `${opts.maxWidth}px` : undefined,
    'min-width': opts.minWidth ? `${opts.minWidth}px` : undefined,
    ...opts.otherStyles,
  }
  for (const [name, value] of Object.entries(styles)) if (typeof value === 'string') element.style.setProperty(name, value)
  element.innerHTML = html
  return element
}
