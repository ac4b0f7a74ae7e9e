import type { Locator, Page } from '@playwright/test'

/** What a person sees of one arrow label on the canvas. */
export interface ArrowLabelView {
  /** The label's text as shown (lines joined with spaces). */
  text: string
  /** Words the browser broke across two lines (a word is one run of non-space characters). */
  brokenWords: string[]
  /** What is drawn over the label's text at any of its words' centres (a card's test id or class), or null. */
  coveredBy: string | null
}

/** The labels of the arrows on the board's canvas (handoffs: what the person or the agencies pass on). */
export class ArrowLabels {
  readonly labels: Locator

  constructor(readonly page: Page) {
    this.labels = page.locator('.tl-shape[data-shape-type="arrow"] .tl-text-label .tl-rich-text')
  }

  /** Each visible label as drawn: its words, which of them wrap mid-word, and whether a card covers it. */
  async read(): Promise<ArrowLabelView[]> {
    return this.labels.evaluateAll((elements) =>
      elements
        .filter((element) => (element.textContent ?? '').trim() !== '')
        .map((element) => {
          const brokenWords: string[] = []
          let coveredBy: string | null = null
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? ''
            for (const match of text.matchAll(/\S+/g)) {
              const range = document.createRange()
              range.setStart(node, match.index)
              range.setEnd(node, match.index + match[0].length)
              const lines = new Set(Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)))
              if (lines.size > 1) brokenWords.push(match[0])
              const box = range.getBoundingClientRect()
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
              if (!hit) coveredBy ??= 'nothing (off screen)'
              else if (!element.contains(hit)) {
                const owner = hit.closest('[data-testid], [data-shape-type]') ?? hit
                coveredBy ??= owner.getAttribute('data-testid') ?? owner.getAttribute('data-shape-type') ?? owner.className.toString()
              }
            }
          }
          return { text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), brokenWords, coveredBy }
        }),
    )
  }
}
