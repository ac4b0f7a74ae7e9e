import type { Page } from '@playwright/test'

/** The card types whose body is a plain `text` (apps/web/src/shapes/cardFit). */
export const TEXT_CARD_TYPES = ['step-card', 'pain-point', 'opportunity', 'benefit']

/** What one card shows at 100 %, read from the DOM. */
export interface ShownCard {
  id: string
  type: string
  /** The text in the store. */
  stored: string
  /** The text the card's text box holds in the DOM (lines joined with spaces). */
  shown: string
  /** The text box (`.sammen-card__text`): clipped when its content is taller than the box. */
  scrollHeight: number
  clientHeight: number
  /** How far the text's last line reaches below the text box (≤ 0 when it is all inside), in screen pixels. */
  textBelowBox: number
  /** How far the card's content reaches below the card (its footer pushed out), in screen pixels. */
  contentBelowCard: number
}

/** A card's box in its frame (frame-local page units, at the height it is drawn) and the lane its top is in. */
export interface FramedCard {
  id: string
  text: string
  x: number
  y: number
  w: number
  h: number
  storedH: number
}

export interface FrameLayout {
  lanes: { id: string; name: string; y: number; h: number; kind: string }[]
  cards: FramedCard[]
}

/** The editor methods these probes use beyond support/window.d.ts (tldraw's public API). */
interface FitEditor {
  getCurrentPageShapes(): { id: string; type: string; parentId: string; x: number; y: number; props: Record<string, unknown> }[]
  getShape(id: string): { id: string; type: string; x: number; y: number; props: Record<string, unknown> } | undefined
  getShapePageBounds(id: string): { x: number; y: number; w: number; h: number } | undefined
  getShapeUtil(shape: unknown): { getText(shape: unknown): string | undefined }
  getSortedChildIdsForParent(id: string): string[]
  setCamera(camera: { x: number; y: number; z?: number }): unknown
  getSvgString(ids: string[], opts?: { background?: boolean }): Promise<{ svg: string; width: number; height: number } | undefined>
  toImage(ids: string[], opts?: { format?: 'png'; background?: boolean; scale?: number }): Promise<{ blob: Blob; width: number; height: number }>
}

/**
 * Reads whether the journey cards show their whole text: in the DOM at 100 % (each card brought into view in
 * turn, since tldraw leaves cards outside the viewport unrendered), in its frame's lanes, and in exports.
 */
export class CardTextFit {
  constructor(readonly page: Page) {}

  /** Every text card on the current page, each shown at 100 % zoom near the top-left of the viewport. */
  async shownCards(): Promise<ShownCard[]> {
    return this.page.evaluate(async (types) => {
      const editor = window.__sammenEditor as unknown as FitEditor
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const cards = editor.getCurrentPageShapes().filter((shape) => types.includes(shape.type))
      const shown: ShownCard[] = []
      for (const card of cards) {
        const bounds = editor.getShapePageBounds(card.id)!
        editor.setCamera({ x: 80 - bounds.x, y: 120 - bounds.y, z: 1 })
        await frame()
        const element = document.querySelector<HTMLElement>(`[data-shape-id="${card.id}"] .sammen-card`)
        const box = element?.querySelector<HTMLElement>('.sammen-card__text')
        const content = box?.querySelector<HTMLElement>('.tl-text-content')
        shown.push({
          id: card.id,
          type: card.type,
          stored: String(card.props.text),
          shown: (content?.innerText ?? '').replace(/\s+/g, ' ').trim(),
          scrollHeight: box?.scrollHeight ?? -1,
          clientHeight: box?.clientHeight ?? -1,
          textBelowBox: content && box ? content.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom : Infinity,
          contentBelowCard: element ? element.scrollHeight - element.clientHeight : Infinity,
        })
      }
      return shown
    }, TEXT_CARD_TYPES)
  }

  /** The first journey frame's lanes and its cards (not arrows), frame-local, at the height each card is drawn. */
  async frameLayout(): Promise<FrameLayout> {
    return this.page.evaluate(() => {
      const editor = window.__sammenEditor as unknown as FitEditor
      const frame = editor.getCurrentPageShapes().find((shape) => shape.type === 'journey-frame')!
      const props = frame.props as { lanes: { id: string; name: string; h: number; kind: string }[] }
      let y = 84
      const lanes = props.lanes.map((lane) => {
        const row = { id: lane.id, name: lane.name, y, h: lane.h, kind: lane.kind }
        y += lane.h
        return row
      })
      const cards = editor.getSortedChildIdsForParent(frame.id).flatMap((id) => {
        const card = editor.getShape(id)!
        if (card.type === 'arrow') return []
        const bounds = editor.getShapePageBounds(id)!
        const text = editor.getShapeUtil(card).getText(card) ?? ''
        return [{ id, text, x: bounds.x - frame.x, y: bounds.y - frame.y, w: bounds.w, h: bounds.h, storedH: Number(card.props.h) }]
      })
      return { lanes, cards }
    })
  }

  /** The id of the card whose text starts with `start`. */
  async cardId(start: string): Promise<string> {
    return this.page.evaluate((start) => {
      const editor = window.__sammenEditor as unknown as FitEditor
      return editor.getCurrentPageShapes().find((shape) => String(shape.props.text ?? '').startsWith(start))!.id
    }, start)
  }

  /** The SVG export (tldraw's `getSvgString`, as "Eksporter → SVG") of the given shapes, or of the whole page. */
  async exportSvg(ids?: string[]): Promise<string> {
    return this.page.evaluate(async (ids) => {
      const editor = window.__sammenEditor as unknown as FitEditor
      const result = await editor.getSvgString(ids ?? editor.getCurrentPageShapes().map((shape) => shape.id), { background: true })
      return result!.svg
    }, ids)
  }

  /** The PNG export (tldraw's `toImage`) as bytes, with its size in pixels. */
  async exportPng(ids: string[], scale = 1): Promise<{ bytes: Buffer; width: number; height: number }> {
    const { base64, width, height } = await this.page.evaluate(
      async ({ ids, scale }) => {
        const editor = window.__sammenEditor as unknown as FitEditor
        const { blob, width, height } = await editor.toImage(ids, { format: 'png', background: true, scale })
        const base64 = await new Promise<string>((resolve) => {
          const reader = new FileReader()
          reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '')
          reader.readAsDataURL(blob)
        })
        return { base64, width, height }
      },
      { ids, scale },
    )
    return { bytes: Buffer.from(base64, 'base64'), width, height }
  }

  /**
   * Lays an exported SVG out as an image would show it (in a sandboxed iframe, with only the fonts the export
   * embeds) and reads each card there: its text (the lines joined), where the text ends and where the room for it
   * ends (above the card's footer row: padding 11 and a 22 px row, cards.css).
   */
  async cardsInSvg(svg: string): Promise<{ shown: string; textBottom: number; roomBottom: number }[]> {
    return this.page.evaluate(async (svg) => {
      const iframe = document.createElement('iframe')
      iframe.style.cssText = 'position:fixed;left:0;top:0;width:4000px;height:4000px;opacity:0;pointer-events:none'
      document.body.append(iframe)
      iframe.contentDocument!.body.innerHTML = svg
      await iframe.contentDocument!.fonts.ready
      await new Promise((resolve) => setTimeout(resolve, 300))
      const cards = Array.from(iframe.contentDocument!.querySelectorAll<SVGGElement>('g[data-sammen-card]'))
      const read = cards.map((card) => {
        const text = card.querySelector<SVGGElement>('g[data-card-text]')
        const lines = Array.from(text?.querySelectorAll('tspan') ?? []).map((line) => line.textContent ?? '')
        const box = text?.getBBox()
        return {
          shown: lines.join(' ').replace(/\s+/g, ' ').trim(),
          textBottom: box ? box.y + box.height : 0,
          roomBottom: Number(card.getAttribute('data-card-h')) - 11 - 22,
        }
      })
      iframe.remove()
      return read
    }, svg)
  }
}
