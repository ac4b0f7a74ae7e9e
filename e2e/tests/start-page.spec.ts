import { seriousViolations } from '../support/axe'
import { StartPage } from '../pages/StartPage'
import { expect, test } from '../support/fixtures'

test('the start page explains itself and has a good empty state', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.start.goto()
  await expect(kari.page).toHaveTitle('Sammen')
  await expect(kari.page.locator('html')).toHaveAttribute('lang', 'nb')
  await expect(kari.start.emptyState).toBeVisible()
  await expect(kari.start.newBoardButton).toHaveText('Ny tavle')
})

test('the new board button leads to a new, empty board', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.start.goto()
  await kari.start.newBoardButton.click()
  await kari.newBoard.template('Tom tavle').check()
  await kari.newBoard.createButton.click()
  await expect(kari.page).toHaveURL(/\/b\/[A-Za-z0-9_-]{16}$/)
  await expect(kari.board.canvas).toBeVisible()
  await expect(kari.board.title).toHaveAttribute('placeholder', 'Uten tittel')
})

test('the start page is usable with the keyboard alone', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.start.goto()
  let reached = false
  for (let presses = 0; presses < 8 && !reached; presses++) {
    await kari.page.keyboard.press('Tab')
    reached = await kari.start.newBoardButton.evaluate((button) => button === document.activeElement)
  }
  expect(reached, 'Tab reaches "Ny tavle"').toBe(true)
  await kari.page.keyboard.press('Enter')
  await expect(kari.newBoard.heading).toBeFocused()
  await kari.newBoard.chooseTemplateWithKeyboard('Tom tavle')
  await kari.newBoard.createWithKeyboard()
  await expect(kari.page).toHaveURL(/\/b\//)
  await expect(kari.board.canvas).toBeVisible()
})

test('a visited board is listed with its title and sync state, and can be removed', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('listed-board-1')
  await kari.board.rename('Dødsfall og arv')
  await kari.board.drawRectangle(400, 300, 160, 100)
  await kari.board.expectSynced()

  await kari.page.getByRole('link', { name: 'Til forsiden' }).click()
  const item = kari.start.boardItem('listed-board-1')
  await expect(item).toBeVisible()
  await expect(item.getByRole('link')).toHaveText('Dødsfall og arv')
  await expect(item.getByTestId('board-sync-state')).toHaveText('Synkronisert')
  await expect(item.locator('time')).toHaveText(/akkurat nå|minutt/)

  await item.getByRole('button', { name: 'Slett «Dødsfall og arv» fra denne enheten' }).click()
  const dialog = kari.page.getByRole('dialog', { name: 'Slette tavla fra denne enheten?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Slett' }).click()
  await expect(item).toHaveCount(0)
  await expect(kari.start.emptyState).toBeVisible()
})

test('the language switch changes the whole page', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.start.goto()
  await kari.start.chooseLanguage('English')
  await expect(kari.start.newBoardButton).toHaveText('New board')
  await expect(kari.page.locator('html')).toHaveAttribute('lang', 'en')
  await kari.start.chooseLanguage('Nynorsk')
  await expect(kari.page.getByRole('heading', { name: 'Tavler på denne eininga' })).toBeVisible()
  await expect(kari.page.locator('html')).toHaveAttribute('lang', 'nn')

  // On a board, tldraw's own UI speaks nynorsk too where it matters most (tldraw itself only has bokmål).
  await kari.board.goto('sprak-nynorsk')
  await expect(kari.page.getByRole('toolbar', { name: 'Handlingar' })).toBeVisible()
  await expect(kari.page.getByRole('button', { name: /^Gjer om/ })).toBeVisible()
})

test('bokmål is the default whatever the browser language; a picked language is remembered', async ({ browser, server }) => {
  // A Norwegian service speaks bokmål first: a browser set to English still gets bokmål until the person picks.
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const start = new StartPage(page)
    await start.goto()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    await expect(start.newBoardButton).toHaveText('Ny tavle')
    await start.chooseLanguage('English')
    await expect(start.newBoardButton).toHaveText('New board')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(start.newBoardButton).toHaveText('New board')
  } finally {
    await context.close()
  }
})

test('an invalid board id shows a not-found page with a way home', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.page.goto('/b/no')
  await expect(kari.page.getByRole('heading', { name: 'Fant ikke tavla' })).toBeVisible()
  await kari.page.getByRole('link', { name: 'Gå til forsiden' }).click()
  await expect(kari.start.heading).toBeVisible()
})

test('no serious accessibility violations on the start page and the board chrome', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  await kari.board.goto('axe-board-1')
  await kari.board.rename('Få barn')
  await kari.board.expectSynced()
  expect(await seriousViolations(kari.page, ['[data-testid="board-top-bar"]', '[data-testid="board-share-panel"]'])).toEqual([])

  await kari.start.goto()
  await expect(kari.start.boardItems).toHaveCount(1)
  expect(await seriousViolations(kari.page)).toEqual([])
})

test('screenshot: the start page with boards', async ({ newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  const boards: [string, string][] = [
    ['shot-board-1', 'Flytte til Norge'],
    ['shot-board-2', 'Få barn – foreldrepenger og barnetrygd'],
    ['shot-board-3', 'Dødsfall og arv'],
  ]
  for (const [id, title] of boards) {
    await kari.board.goto(id)
    await kari.board.rename(title)
    await kari.board.drawRectangle(400, 300, 160, 100)
    await kari.board.expectSynced()
  }
  await kari.start.goto()
  await expect(kari.start.boardItems).toHaveCount(3)
  await kari.page.screenshot({ path: '/tmp/sammen-start-page.png', fullPage: true })
})
