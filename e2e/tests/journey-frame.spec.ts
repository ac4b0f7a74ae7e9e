import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

/*
 * The journey frame: phases as columns, lanes as rows, cards as its children. Kari edits it through the frame panel
 * and drags a card between cells; Ola, on his own computer, sees every change; undo takes each change back.
 */

test('Kari adds a phase, renames a lane and moves a card to another cell; Ola sees it, and undo works', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await kari.board.goto('journey-frame-1')
  await ola.board.goto('journey-frame-1')
  await kari.board.expectSynced()

  await kari.board.insertJourneyFrame()
  const defaults = { phases: ['Før', 'Underveis', 'Etterpå'], lanes: ['Det personen gjør', 'Etatene', 'Følelser'] }
  await expect.poll(async () => (await ola.board.journeyFrames()).map(({ phases, lanes }) => ({ phases, lanes }))).toEqual([defaults])
  expect(await seriousViolations(kari.page, ['[data-testid="journey-frame-panel"]'])).toEqual([])
  await kari.page.screenshot({ path: '/tmp/h1-frame-1-inserted.png' })

  // A phase, by keyboard: the new phase's name field gets focus, so typing names it.
  const panel = kari.board.framePanel
  await panel.getByRole('button', { name: 'Legg til fase' }).focus()
  await kari.page.keyboard.press('Enter')
  await expect(panel.getByLabel('Navn på fase 4')).toBeFocused()
  await kari.page.keyboard.press('ControlOrMeta+a')
  await kari.page.keyboard.type('Etter flyttingen')
  await kari.page.keyboard.press('Enter')
  await panel.getByLabel('Navn på rad 1').fill('Det Kari gjør')
  await panel.getByLabel('Navn på rad 1').press('Enter')
  const edited = { phases: [...defaults.phases, 'Etter flyttingen'], lanes: ['Det Kari gjør', 'Etatene', 'Følelser'] }
  await expect.poll(async () => (await ola.board.journeyFrames()).map(({ phases, lanes }) => ({ phases, lanes }))).toEqual([edited])
  await expect(ola.page.getByTestId('journey-frame-phase')).toHaveText(edited.phases)

  // A step card placed in the first cell belongs to the frame; dragged, it lands in the cell it is released in.
  const firstCell = await kari.board.frameCellCentre(0, 0)
  await kari.board.addStepCard(firstCell.x, firstCell.y, 'Søker om barnehageplass')
  await expect.poll(() => ola.board.cellOfCard('Søker om barnehageplass')).toEqual({ phase: 'Før', lane: 'Det Kari gjør' })
  await kari.page.keyboard.press('Escape')
  await kari.board.dragFromTo(await kari.board.cardCentre('Søker om barnehageplass'), await kari.board.frameCellCentre(1, 1))
  await expect.poll(() => kari.board.cellOfCard('Søker om barnehageplass')).toEqual({ phase: 'Underveis', lane: 'Etatene' })
  await expect.poll(() => ola.board.cellOfCard('Søker om barnehageplass')).toEqual({ phase: 'Underveis', lane: 'Etatene' })
  await kari.board.expectSynced()
  await kari.page.screenshot({ path: '/tmp/h1-frame-2-moved.png' })
  await ola.page.screenshot({ path: '/tmp/h1-frame-3-ola.png' })

  // Moving "Underveis" to the left takes its card with it.
  await kari.board.selectJourneyFrame()
  await kari.board.framePanel.getByRole('button', { name: 'Flytt «Underveis» til venstre' }).click()
  await expect.poll(() => ola.board.cellOfCard('Søker om barnehageplass')).toEqual({ phase: 'Underveis', lane: 'Etatene' })
  await expect.poll(async () => (await ola.board.journeyFrames())[0]?.phases).toEqual(['Underveis', 'Før', 'Etterpå', 'Etter flyttingen'])

  // Each change is one undo step: the move of the column, then (after the click that selected the frame, which
  // tldraw undoes by selecting the card again) the drag, for both people.
  await kari.board.undo()
  await expect.poll(async () => (await ola.board.journeyFrames())[0]?.phases).toEqual(edited.phases)
  expect(await ola.board.cellOfCard('Søker om barnehageplass')).toEqual({ phase: 'Underveis', lane: 'Etatene' })
  await kari.board.undo()
  await kari.board.undo()
  await expect.poll(() => ola.board.cellOfCard('Søker om barnehageplass')).toEqual({ phase: 'Før', lane: 'Det Kari gjør' })
  expect((await ola.board.journeyFrames())[0]?.phases).toEqual(edited.phases)
})

test('removing a lane asks what happens to its cards; kept cards leave the frame, and undo brings it all back', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('journey-frame-2')
  await kari.board.expectSynced()
  await kari.board.insertJourneyFrame()
  const cell = await kari.board.frameCellCentre(1, 1)
  await kari.board.addStepCard(cell.x, cell.y, 'Behandler søknaden')
  await kari.page.keyboard.press('Escape')
  await expect.poll(() => kari.board.cellOfCard('Behandler søknaden')).toEqual({ phase: 'Underveis', lane: 'Etatene' })

  // The first column's border handle widens that column only; the card in the next column moves along with it.
  await kari.board.selectJourneyFrame()
  const before = await kari.board.cardCentre('Behandler søknaden')
  const border = await kari.board.columnBorderPoint(0)
  await kari.board.dragFromTo(border, { x: border.x + 100, y: border.y })
  const widths = (await kari.board.journeyFrameWidths())[0]!
  expect(widths[0]).toBeGreaterThan(560 + 100)
  expect(widths.slice(1)).toEqual([560, 560])
  const after = await kari.board.cardCentre('Behandler søknaden')
  expect(after.x).toBeGreaterThan(before.x + 90)
  expect(await kari.board.cellOfCard('Behandler søknaden')).toEqual({ phase: 'Underveis', lane: 'Etatene' })
  await kari.board.undo()
  await expect.poll(async () => (await kari.board.journeyFrameWidths())[0]).toEqual([560, 560, 560])

  await kari.board.selectJourneyFrame()
  await kari.board.framePanel.getByRole('button', { name: 'Fjern «Etatene»' }).click()
  const confirm = kari.page.getByTestId('journey-frame-remove')
  await expect(confirm).toContainText('Det ligger 1 kort her.')
  await expect(confirm.getByRole('radio', { name: 'Behold kortene på tavla, ved siden av reisekartet' })).toBeFocused()
  expect(await seriousViolations(kari.page, ['[data-testid="journey-frame-panel"]'])).toEqual([])
  await kari.page.screenshot({ path: '/tmp/h1-frame-4-remove.png' })
  await confirm.getByRole('button', { name: 'Fjern' }).click()

  await expect.poll(async () => (await kari.board.journeyFrames())[0]?.lanes).toEqual(['Det personen gjør', 'Følelser'])
  expect(await kari.board.cellOfCard('Behandler søknaden')).toBeNull()
  await expect(kari.board.stepCards).toHaveCount(1)

  await kari.board.undo()
  await expect.poll(async () => (await kari.board.journeyFrames())[0]?.lanes).toEqual(['Det personen gjør', 'Etatene', 'Følelser'])
  await expect.poll(() => kari.board.cellOfCard('Behandler søknaden')).toEqual({ phase: 'Underveis', lane: 'Etatene' })
})
