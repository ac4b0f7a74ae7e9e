import { expect, test } from '../support/fixtures'

const BOARD = 'collab-board-1'

test('two people on one board see each other’s shapes and cursors', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')

  await kari.board.goto(BOARD)
  await ola.board.goto(BOARD)
  await kari.board.expectSynced()
  await ola.board.expectSynced()

  await kari.board.drawRectangle(300, 250, 180, 120)
  await expect.poll(() => ola.board.shapes().then((shapes) => shapes.map((s) => s.type))).toEqual(['geo'])

  await ola.board.addNote(700, 320, 'Søker om foreldrepenger')
  await expect
    .poll(() => kari.board.shapes().then((shapes) => shapes.map((s) => s.text).sort()))
    .toEqual(['', 'Søker om foreldrepenger'])

  // Presence: each sees the other's named cursor while the other moves.
  await kari.board.moveCursor(520, 500)
  await expect(ola.board.remoteCursors.filter({ hasText: 'Kari Nordmann' })).toBeVisible()
  await ola.board.moveCursor(820, 520)
  await expect(kari.board.remoteCursors.filter({ hasText: 'Ola Hansen' })).toBeVisible()
  await expect(kari.board.people).toHaveAttribute('data-count', '2')

  // The title is shared too.
  await kari.board.rename('Flytte til Norge')
  await expect(ola.board.title).toHaveValue('Flytte til Norge')
})

test('a newcomer takes the board as it is, without adding pages or renaming them', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  await kari.board.goto('collab-newcomer-1')
  await kari.board.expectSynced()
  await kari.page.evaluate(() => {
    const editor = window.__sammenEditor!
    editor.renamePage(editor.getCurrentPageId(), 'Reise')
  })
  await kari.board.drawRectangle(300, 250, 160, 100)
  await kari.board.expectSynced()
  const pages = (person: typeof kari) => person.page.evaluate(() => window.__sammenEditor!.getPages().map((page) => page.name))
  // A new board gets the journey's three pages once, from the first person who opens it.
  const karisPages = await pages(kari)
  expect(karisPages).toEqual(['Reise', 'Aktørkart', 'Gevinstkart'])

  // Ola's browser has never seen this board: it must wait for the server's copy instead of writing defaults.
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await ola.board.goto('collab-newcomer-1')
  await expect.poll(() => ola.board.shapeIds()).toHaveLength(1)
  await expect.poll(() => pages(ola)).toEqual(karisPages)
  await kari.page.waitForTimeout(500)
  expect(await pages(kari)).toEqual(karisPages)
})

test('undo and redo stay with the person who made the change', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await kari.board.goto('collab-undo-1')
  await ola.board.goto('collab-undo-1')
  await kari.board.expectSynced()
  await ola.board.expectSynced()

  await kari.board.drawRectangle(250, 250, 160, 100)
  await expect.poll(() => ola.board.shapeIds()).toHaveLength(1)
  const [karisShape] = await kari.board.shapeIds()
  await ola.board.drawRectangle(650, 250, 160, 100)
  await expect.poll(() => kari.board.shapeIds()).toHaveLength(2)
  const olasShape = (await ola.board.shapeIds()).find((id) => id !== karisShape)

  // Kari's undo takes back Kari's rectangle only, for everyone; Ola's stays.
  await kari.board.undo()
  await expect.poll(() => ola.board.shapeIds()).toEqual([olasShape])
  await expect.poll(() => kari.board.shapeIds()).toEqual([olasShape])

  // Ola's undo takes back Ola's own rectangle; it never reaches for Kari's.
  await ola.board.undo()
  await expect.poll(() => kari.board.shapeIds()).toEqual([])

  // Kari's redo brings Kari's rectangle back, for both.
  await kari.board.redo()
  await expect.poll(() => ola.board.shapeIds()).toEqual([karisShape])
})

test('screenshot: two people mapping a journey together', async ({ newPerson }) => {
  const board = 'journey-flytte'
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await kari.board.goto(board)
  await ola.board.goto(board)
  await kari.board.rename('Flytte til Norge')

  // Kari lays out the steps of the life event; Ola annotates a pain point underneath.
  const steps = ['Flytter til Norge', 'Melder flytting til Folkeregisteret', 'Får D-nummer fra Skatteetaten', 'Registrerer seg hos NAV']
  const y = 260
  for (const [index, text] of steps.entries()) await kari.board.addNote(190 + index * 280, y, text)
  for (let index = 0; index < steps.length - 1; index++) {
    await kari.board.drawArrow(190 + index * 280 + 60, y, 190 + (index + 1) * 280 - 60, y)
  }
  await ola.board.addNote(750, 560, 'Smertepunkt: må møte opp fysisk på skattekontoret')
  await ola.board.drawRectangle(600, 440, 300, 245)

  await expect.poll(() => kari.board.shapeIds()).toHaveLength(9)
  await ola.board.moveCursor(930, 470)
  await kari.board.moveCursor(420, 420)
  await expect(kari.board.remoteCursors.filter({ hasText: 'Ola Hansen' })).toBeVisible()
  await expect(ola.board.remoteCursors.filter({ hasText: 'Kari Nordmann' })).toBeVisible()
  await kari.page.keyboard.press('Escape')
  await ola.page.keyboard.press('Escape')
  await kari.board.expectSynced()
  await kari.page.screenshot({ path: '/tmp/sammen-board-kari.png' })
  await ola.page.screenshot({ path: '/tmp/sammen-board-ola.png' })
})
