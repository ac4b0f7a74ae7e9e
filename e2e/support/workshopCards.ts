import { expect, type Page } from '@playwright/test'

/** Cards for a workshop, created by the facilitator through the editor (setup, not what is under test). */
export async function addPainPoints(page: Page, cards: { id: string; text: string; x: number; y: number; owner: string }[]): Promise<void> {
  await page.evaluate((cards) => {
    const editor = window.__sammenEditor!
    editor.createShapes(
      cards.map((card) => ({ id: `shape:${card.id}`, type: 'pain-point', x: card.x, y: card.y, props: { text: card.text, ownerAgencyId: card.owner } }) as never),
    )
  }, cards)
}

/** Selects a card by clicking it on the canvas (tldraw hit-tests on the canvas, not on the card's element). */
export async function selectCard(page: Page, text: string): Promise<void> {
  const box = await page.getByTestId('pain-point-card').filter({ hasText: text }).boundingBox()
  if (!box) throw new Error(`no card "${text}" on screen`)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 12)
  await expect.poll(() => page.evaluate(() => window.__sammenEditor!.getSelectedShapeIds().length)).toBe(1)
}
