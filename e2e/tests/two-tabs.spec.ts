import { BoardPage } from '../pages/BoardPage'
import { expect, test } from '../support/fixtures'

test('two tabs of one board stay in step without a server, and neither spoils the other’s storage', async ({ server, newPerson }) => {
  const boardId = 'two-tabs-1'
  const kari = await newPerson('Kari Nordmann')
  const first = kari.board
  await first.goto(boardId)
  await first.addNote(300, 300, 'Fra første fane')
  await first.expectSynced()
  // The service worker must control the tabs so they can be reloaded without the server.
  await kari.page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => kari.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  // A second tab in the same browser (same IndexedDB, same BroadcastChannel).
  const second = new BoardPage(await kari.context.newPage())
  await second.goto(boardId)
  await expect.poll(() => second.shapeIds()).toHaveLength(1)

  await server.stop()
  await first.expectPhase('offline')
  await second.expectPhase('offline')

  // Edits in either tab reach the other through the browser (y-websocket's BroadcastChannel).
  await first.drawRectangle(500, 250, 140, 90)
  await second.addNote(700, 450, 'Fra andre fane')
  await second.drawRectangle(300, 520, 120, 80)
  await first.addNote(900, 250, 'Igjen fra første')
  await expect.poll(() => first.shapeIds()).toHaveLength(5)
  await expect.poll(() => second.shapeIds()).toHaveLength(5)
  await expect.poll(async () => JSON.stringify(await second.shapes())).toBe(JSON.stringify(await first.shapes()))
  const together = await first.shapes()
  expect(together.map((shape) => shape.text).filter(Boolean).sort()).toEqual(['Fra andre fane', 'Fra første fane', 'Igjen fra første'])
  // Both tabs wrote the same IndexedDB log; let their writes finish before reloading.
  for (const tab of [first, second]) await tab.page.evaluate(() => window.__sammenRoom?.flush())

  // Reloaded (from the service worker, still without a server), each tab reads the same board from storage.
  await first.page.reload()
  await first.waitUntilReady()
  await second.page.reload()
  await second.waitUntilReady()
  await first.expectPhase('offline')
  await expect.poll(() => first.shapes()).toEqual(together)
  await expect.poll(() => second.shapes()).toEqual(together)

  // And the server gets all of it when it returns.
  await server.start()
  await first.expectSynced()
  await second.expectSynced()
  const ola = await newPerson('Ola Hansen')
  await ola.board.goto(boardId)
  await expect.poll(() => ola.board.shapes()).toEqual(together)
})
