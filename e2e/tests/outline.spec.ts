import type { Page } from '@playwright/test'
import { OutlinePage } from '../pages/OutlinePage'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/** "Bygge hus": its first step is in "Jeg drømmer om eget hus" (packages/journey-model/src/templates/byggeHus.ts). */
const FIRST_STEP = 'Leser om hva jeg kan gjøre selv og hva som krever søknad'
const NEW_STEP_TEXT = 'Leser reglene for tomta på kommunens nettsider'
const NEW_PAIN_POINT = 'Finner ikke ut hvilke regler som gjelder for tomta'
const NEW_STEP_IN_EMPTY_LANE = 'Snakker med naboene om planene'

interface CardOnCanvas {
  type: string
  text: string
  agencyId?: string
  ownerAgencyId?: string
  severity?: number
}

function cardsOnCanvas(page: Page): Promise<CardOnCanvas[]> {
  return page.evaluate(() =>
    window
      .__sammenEditor!.getCurrentPageShapes()
      .filter((shape) => shape.type === 'step-card' || shape.type === 'pain-point')
      .map((shape) => {
        const props = shape.props as Record<string, unknown>
        return {
          type: shape.type,
          text: String(props.text),
          agencyId: props.agencyId as string | undefined,
          ownerAgencyId: props.ownerAgencyId as string | undefined,
          severity: props.severity as number | undefined,
        }
      }),
  )
}

test('Kari edits the journey in the outline by keyboard, and Ola sees it on the canvas', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.chooseTemplateWithKeyboard('Bygge hus')
  await kari.newBoard.createWithKeyboard()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards.first()).toBeVisible()
  const boardId = new URL(kari.page.url()).pathname.split('/').pop()!

  const outline = new OutlinePage(kari.page)
  await outline.openFromCanvasWithKeyboard()
  await expect(outline.phases).toHaveCount(5)
  await expect(outline.phases.first().getByRole('heading', { level: 2 })).toHaveText('Fase 1: Jeg drømmer om eget hus')
  await kari.page.screenshot({ path: '/tmp/outline-1-bygge-hus.png', fullPage: true })
  expect(await seriousViolations(kari.page)).toEqual([])

  // The first step: new text, and Kartverket instead of DiBK as the owner.
  const step = outline.step(FIRST_STEP)
  await expect(step).toHaveCount(1)
  await outline.replaceTextWithKeyboard(outline.stepText(step), NEW_STEP_TEXT)
  const edited = outline.step(NEW_STEP_TEXT)
  await expect(edited).toHaveCount(1)
  await outline.chooseWithKeyboard(outline.stepAgency(edited), 'Kartverket')
  await expect(outline.stepAgency(edited)).toHaveValue('kartverket')
  // Durations come from the template and can be written in words.
  await expect(outline.step('Venter på svar på byggesøknaden').getByRole('textbox', { name: 'Hvor lang tid tar det?' })).toHaveValue('3–12 uker')
  await outline.replaceTextWithKeyboard(edited.getByRole('textbox', { name: 'Hvor lang tid tar det?' }), '2–4 uker')

  await outline.addPainPointWithKeyboard(edited, { text: NEW_PAIN_POINT, owner: 'Kartverket', severityUps: 1 })
  await expect(outline.status).toHaveText('Problemet er lagt til.')
  const painPoint = edited.getByTestId('outline-pain-point')
  await expect(painPoint).toHaveCount(1)
  await expect(painPoint.getByRole('textbox')).toHaveValue(NEW_PAIN_POINT)
  await expect(painPoint.getByRole('combobox', { name: 'Eier' })).toHaveValue('kartverket')
  await expect(painPoint.getByText('Problem 1', { exact: false })).toBeFocused()
  await kari.board.expectSynced()
  expect(await seriousViolations(kari.page)).toEqual([])
  await edited.scrollIntoViewIfNeeded()
  await kari.page.screenshot({ path: '/tmp/outline-2-edited.png' })

  // Ola, on the canvas in his own browser, gets the changed step card and the new pain point.
  const ola = await newPerson('Ola Hansen', '#15803d')
  await ola.board.goto(boardId)
  await expect.poll(async () => (await cardsOnCanvas(ola.page)).find((card) => card.text === NEW_STEP_TEXT)).toMatchObject({ type: 'step-card', agencyId: 'kartverket' })
  await expect
    .poll(async () => (await cardsOnCanvas(ola.page)).find((card) => card.text === NEW_PAIN_POINT))
    .toMatchObject({ type: 'pain-point', ownerAgencyId: 'kartverket', severity: 3 })
  await expect(ola.board.stepCards.filter({ hasText: NEW_STEP_TEXT })).toHaveCount(1)
  await expect(ola.board.stepCards.filter({ hasText: NEW_STEP_TEXT }).getByTestId('step-card-duration')).toHaveText('2–4 uker')
  await expect(ola.board.painPointCards.filter({ hasText: NEW_PAIN_POINT })).toHaveCount(1)
  expect((await cardsOnCanvas(ola.page)).find((card) => card.text === FIRST_STEP)).toBeUndefined()

  // Ola's edit on the canvas (through his editor, as the card's details panel does) shows up in Kari's open outline.
  await ola.page.evaluate((text) => {
    const editor = window.__sammenEditor as unknown as {
      getCurrentPageShapes(): { id: string; type: string; props: Record<string, unknown> }[]
      markHistoryStoppingPoint(): void
      updateShape(partial: { id: string; type: string; props: Record<string, unknown> }): void
    }
    const card = editor.getCurrentPageShapes().find((shape) => shape.type === 'step-card' && shape.props.text === text)!
    editor.markHistoryStoppingPoint()
    editor.updateShape({ id: card.id, type: 'step-card', props: { channel: 'telefon' } })
  }, NEW_STEP_TEXT)
  await expect(edited.getByRole('combobox', { name: 'Kanal', exact: true })).toHaveValue('telefon')

  // Kari's undo takes back her pain point, for Ola too; redo brings it back.
  await outline.undo()
  await expect(outline.status).toHaveText('Angret: la til problem.')
  await expect(edited.getByTestId('outline-pain-point')).toHaveCount(0)
  await expect.poll(async () => (await cardsOnCanvas(ola.page)).some((card) => card.text === NEW_PAIN_POINT)).toBe(false)
  await outline.redo()
  await expect.poll(async () => (await cardsOnCanvas(ola.page)).some((card) => card.text === NEW_PAIN_POINT)).toBe(true)

  // A new step in an empty lane of the first phase, by keyboard: it lands in the frame, in that cell, for Ola too.
  const firstEmptyLane = outline.phases.first().getByTestId('outline-lane').filter({ hasNot: kari.page.getByTestId('outline-step') }).first()
  const emptyLane = outline.phases.first().locator(`[data-lane-id="${await firstEmptyLane.getAttribute('data-lane-id')}"]`)
  await outline.addStepWithKeyboard(emptyLane, { text: NEW_STEP_IN_EMPTY_LANE, agency: 'Kommunen' })
  await expect(outline.status).toHaveText('Steget er lagt til.')
  const added = outline.step(NEW_STEP_IN_EMPTY_LANE)
  await expect(added.getByRole('heading', { level: 4 })).toBeFocused()
  await expect(emptyLane.getByTestId('outline-step')).toHaveCount(1)
  await expect
    .poll(() =>
      ola.page.evaluate((text) => {
        const editor = window.__sammenEditor!
        const card = editor.getCurrentPageShapes().find((shape) => shape.type === 'step-card' && shape.props.text === text)
        const parent = card && editor.getShape((card as unknown as { parentId: string }).parentId)
        return card ? { agencyId: card.props.agencyId, parentType: parent?.type } : null
      }, NEW_STEP_IN_EMPTY_LANE),
    )
    .toEqual({ agencyId: 'kommunen', parentType: 'journey-frame' })
  await ola.page.evaluate(() => {
    ;(window.__sammenEditor as unknown as { zoomToFit(): void }).zoomToFit()
  })
  await ola.page.screenshot({ path: '/tmp/outline-6-ola-canvas.png' })

  // Deleting asks first (focus starts on "Avbryt"); after "Slett" the step is gone for both.
  await added.getByRole('button', { name: /^Slett steget/ }).focus()
  await kari.page.keyboard.press('Enter')
  const dialog = kari.page.getByRole('dialog', { name: 'Slette steget?' })
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.keyboard.press('Tab')
  await kari.page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(outline.step(NEW_STEP_IN_EMPTY_LANE)).toHaveCount(0)
  await expect(emptyLane.getByRole('heading', { level: 3 })).toBeFocused()
  await expect.poll(async () => (await cardsOnCanvas(ola.page)).some((card) => card.text === NEW_STEP_IN_EMPTY_LANE)).toBe(false)
})

test('the outline reads well on a narrow window and has no serious accessibility violations', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.chooseTemplateWithKeyboard('Bygge hus')
  await kari.newBoard.createWithKeyboard()
  await kari.board.waitUntilReady()
  await expect(kari.board.stepCards.first()).toBeVisible()
  const outline = new OutlinePage(kari.page)
  await outline.openFromCanvasWithKeyboard()

  await kari.page.setViewportSize({ width: 390, height: 800 })
  await expect(outline.steps.first()).toBeVisible()
  const overflow = await kari.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await kari.page.screenshot({ path: '/tmp/outline-3-narrow.png', fullPage: false })

  // The skip link is the first stop, and leads to the main content.
  await kari.page.keyboard.press('Tab')
  const skip = kari.page.getByRole('link', { name: 'Hopp til hovedinnhold' })
  await expect(skip).toBeFocused()
  await kari.page.keyboard.press('Enter')
  await expect(kari.page.locator('main#main')).toBeFocused()

  // Renaming a phase by keyboard: Enter on the pencil, type, Enter; focus comes back to the button.
  const rename = kari.page.getByRole('button', { name: 'Endre navn på fasen «Huset bygges»' })
  await rename.focus()
  await kari.page.keyboard.press('Enter')
  await expect(kari.page.getByRole('textbox', { name: 'Navn på fasen' })).toBeFocused()
  await kari.page.keyboard.press('ControlOrMeta+a')
  await kari.page.keyboard.type('Vi bygger')
  await kari.page.keyboard.press('Enter')
  await expect(kari.page.getByRole('heading', { level: 2, name: 'Fase 4: Vi bygger' })).toBeVisible()
  await expect(kari.page.getByRole('button', { name: 'Endre navn på fasen «Vi bygger»' })).toBeFocused()
  expect(await seriousViolations(kari.page)).toEqual([])

  // A phone number in a step is held back with the canvas's warning until Kari shares it anyway.
  const step = outline.steps.first()
  const text = outline.stepText(step)
  const before = await text.inputValue()
  await text.focus()
  await kari.page.keyboard.press('ControlOrMeta+End')
  await kari.page.keyboard.type(' – ring 912 34 567')
  await kari.page.keyboard.press('Tab')
  const notice = step.getByTestId('personal-data-notice')
  await expect(notice).toContainText('Dette ser ut som et telefonnummer')
  await expect(text).toHaveAttribute('aria-invalid', 'true')
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.screenshot({ path: '/tmp/outline-5-personal-data-narrow.png' })
  await notice.getByRole('button', { name: 'Del likevel' }).press('Enter')
  await expect(notice).toHaveCount(0)
  await expect(text).toHaveValue(`${before} – ring 912 34 567`)
})

test('a board without a journey frame says so and leads to the canvas', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.newBoard.open()
  await kari.newBoard.chooseTemplateWithKeyboard('Tom tavle')
  await kari.newBoard.createWithKeyboard()
  await kari.board.waitUntilReady()
  const outline = new OutlinePage(kari.page)
  await outline.openFromCanvasWithKeyboard()
  await expect(outline.empty).toBeVisible()
  await expect(outline.empty.getByRole('heading', { level: 2 })).toHaveText('Tavla har ingen reise ennå')
  expect(await seriousViolations(kari.page)).toEqual([])
  await kari.page.screenshot({ path: '/tmp/outline-4-empty.png' })
  await outline.empty.getByRole('link', { name: 'Gå til tavla' }).click()
  await kari.board.waitUntilReady()
})
