import { expect, test } from '../support/fixtures'

test('both people keep editing while the server is down, and converge when it returns', async ({ server, newPerson }) => {
  const board = 'offline-board-1'
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  const ola = await newPerson('Ola Hansen', '#1f6fd1')
  await kari.board.goto(board)
  await ola.board.goto(board)
  await kari.board.drawRectangle(250, 200, 140, 90)
  await expect.poll(() => ola.board.shapeIds()).toHaveLength(1)

  // Stopping the process closes every websocket (Playwright's offline mode would not).
  await server.stop()
  await kari.board.expectPhase('offline')
  await ola.board.expectPhase('offline')

  await kari.board.drawRectangle(450, 200, 140, 90)
  await kari.board.addNote(350, 450, 'Kari uten nett')
  await ola.board.drawRectangle(700, 250, 140, 90)
  await ola.board.addNote(800, 480, 'Ola uten nett')

  await kari.board.expectPhase('offline', { unsynced: true })
  await expect(kari.board.connectionStatus).toHaveText('Frakoblet – endringer lagres lokalt')
  await ola.board.expectPhase('offline', { unsynced: true })
  // Neither sees the other's offline work yet.
  expect(await kari.board.shapeIds()).toHaveLength(3)
  expect(await ola.board.shapeIds()).toHaveLength(3)

  await server.start()
  await kari.board.expectSynced()
  await ola.board.expectSynced()
  await expect.poll(() => kari.board.shapeIds()).toHaveLength(5)
  await expect.poll(() => ola.board.shapeIds()).toHaveLength(5)
  expect(await kari.board.shapes()).toEqual(await ola.board.shapes())
  const texts = (await kari.board.shapes()).map((shape) => shape.text).filter(Boolean).sort()
  expect(texts).toEqual(['Kari uten nett', 'Ola uten nett'])
})

test('the app opens without network after one visit and shows the board from this device', async ({ server, newPerson }) => {
  const board = 'offline-board-2'
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto(board)
  await kari.board.rename('Miste jobben')
  await kari.board.addNote(500, 350, 'Melder seg arbeidssøker')
  await kari.board.expectSynced()
  // The service worker has precached the whole app once it controls the page.
  await kari.page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => kari.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  const before = await kari.board.shapes()

  await server.stop()
  await kari.context.setOffline(true)

  await kari.page.reload()
  await kari.board.waitUntilReady()
  await kari.board.expectPhase('offline')
  await expect(kari.board.title).toHaveValue('Miste jobben')
  expect(await kari.board.shapes()).toEqual(before)
  await kari.board.addNote(800, 350, 'Skrevet uten nett')
  await kari.board.expectPhase('offline', { unsynced: true })

  // A fresh tab works too, including the start page and its list.
  const tab = await kari.context.newPage()
  await tab.goto('/')
  await expect(tab.getByRole('heading', { level: 1, name: 'Sammen' })).toBeVisible()
  const item = tab.getByTestId('board-list-item').filter({ hasText: 'Miste jobben' })
  await expect(item.getByTestId('board-sync-state')).toHaveText('Ikke sendt ennå')
  await tab.getByRole('link', { name: 'Miste jobben' }).click()
  await expect(tab.locator('.tl-canvas')).toBeVisible()
  await expect(tab.getByTestId('canvas').getByText('Melder seg arbeidssøker')).toBeVisible()
  await expect(tab.getByTestId('canvas').getByText('Skrevet uten nett')).toBeVisible()
})
