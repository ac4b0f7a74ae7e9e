import { ArrowLabels } from '../pages/ArrowLabels'
import { expect, test } from '../support/fixtures'

// The template's handoffs, as packages/journey-model/src/templates/byggeHus.ts writes them (information joined by
// ", "): copied here so that the test does not read what it checks from the app.
const BYGGE_HUS_HANDOFF_LABELS = [
  'inntekt, gjeld, svar fra banken',
  'referat fra forhåndskonferansen',
  'avkjøringstillatelse',
  'tegninger, situasjonsplan',
  'ny adresse',
]

test('on a "Bygge hus" board every handoff label shows its whole text, wraps between words only and no card covers it', async ({
  newPerson,
}) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  await kari.page.setViewportSize({ width: 1440, height: 900 })
  await kari.newBoard.open()
  await kari.newBoard.template('Bygge hus').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards).toHaveCount(11)

  // The whole journey in view, so every label is on screen to be looked at.
  await kari.page.evaluate(() => {
    ;(window.__sammenEditor as unknown as { zoomToFit(options: object): void }).zoomToFit({ immediate: true })
  })
  const arrowLabels = new ArrowLabels(kari.page)
  await expect(arrowLabels.labels).toHaveCount(BYGGE_HUS_HANDOFF_LABELS.length)
  await expect
    .poll(async () => (await arrowLabels.read()).map((label) => label.text).sort())
    .toEqual([...BYGGE_HUS_HANDOFF_LABELS].sort())
  // Polled: the canvas draws the new camera on its next frames.
  await expect
    .poll(async () => (await arrowLabels.read()).filter((label) => label.brokenWords.length > 0 || label.coveredBy !== null))
    .toEqual([])

  // Closer in, at 100 %, the narrow gap between two cards side by side still breaks no word.
  await kari.page.evaluate(() => {
    const editor = window.__sammenEditor as unknown as {
      getCurrentPageShapes(): { id: string; type: string; props: { richText?: unknown } }[]
      getShapePageBounds(id: string): object
      zoomToBounds(bounds: object, options: object): void
    }
    const arrow = editor.getCurrentPageShapes().find((shape) => shape.type === 'arrow' && JSON.stringify(shape.props.richText).includes('situasjonsplan'))
    if (!arrow) throw new Error('no "tegninger, situasjonsplan" arrow')
    editor.zoomToBounds(editor.getShapePageBounds(arrow.id), { immediate: true, targetZoom: 1 })
  })
  await expect
    .poll(async () => (await arrowLabels.read()).find((label) => label.text === 'tegninger, situasjonsplan'))
    .toEqual({ text: 'tegninger, situasjonsplan', brokenWords: [], coveredBy: null })
})
