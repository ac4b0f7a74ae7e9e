import { expect, test } from '../support/fixtures'

test('a board created offline reaches the server from the start page once the server is back', async ({ server, newPerson }) => {
  const kari = await newPerson('Kari Nordmann', '#c2410c')
  // One visit on line installs the app (service worker) in Kari's browser.
  await kari.start.goto()
  await kari.page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect.poll(() => kari.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await server.stop()
  await kari.context.setOffline(true)
  await kari.page.goto('/?e2e')
  await kari.start.newBoardButton.click()
  await kari.newBoard.template('Tom tavle').check()
  await kari.newBoard.createButton.click()
  await kari.board.waitUntilReady()
  const boardId = new URL(kari.page.url()).pathname.split('/').pop()!
  await kari.board.rename('Ny i Norge')
  await kari.board.addNote(500, 350, 'Søker om D-nummer')
  await kari.board.expectPhase('offline', { unsynced: true })

  // Back on the start page, the board waits to be sent…
  await kari.page.getByRole('link', { name: 'Til forsiden' }).click()
  const item = kari.start.boardItem(boardId)
  await expect(item.getByTestId('board-sync-state')).toHaveText('Ikke sendt ennå')

  // …and goes to the server by itself when there is one again, without being opened.
  await kari.context.setOffline(false)
  await server.start()
  await expect(item.getByTestId('board-sync-state')).toHaveText('Synkronisert', { timeout: 40_000 })

  const ola = await newPerson('Ola Hansen')
  await ola.board.goto(boardId)
  await expect(ola.board.title).toHaveValue('Ny i Norge')
  await expect.poll(async () => (await ola.board.shapes()).map((shape) => shape.text)).toEqual(['Søker om D-nummer'])
})
