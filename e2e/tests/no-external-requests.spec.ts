import { expect, test } from '../support/fixtures'

test('nothing is requested from any host but the app’s own origin, and nothing breaks the CSP', async ({ server, newPerson }) => {
  const kari = await newPerson('Kari Nordmann')
  // The server's Content-Security-Policy forbids inline scripts and foreign hosts; the browser reports
  // anything the app tries that the policy blocks.
  const cspViolations: string[] = []
  kari.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
  })
  await kari.start.goto()
  await kari.start.newBoardButton.click()
  await kari.newBoard.template('Tom tavle').check()
  await kari.newBoard.createButton.click()
  await expect(kari.page).toHaveURL(/\/b\//)
  await expect(kari.page.getByTestId('connection-status')).toHaveAttribute('data-phase', 'online')
  // Exercise the UI that loads fonts, icons and translations lazily.
  await kari.page.locator('.tl-canvas').click({ position: { x: 500, y: 400 } })
  await kari.page.keyboard.press('n')
  await kari.page.mouse.click(500, 400)
  await kari.page.keyboard.type('Hei')
  await kari.page.keyboard.press('Escape')
  await kari.page.getByTestId('main-menu.button').click().catch(() => {})
  await kari.page.keyboard.press('Escape')
  await kari.page.waitForLoadState('networkidle')

  const origin = new URL(server.url)
  const foreign = kari.requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false
    return new URL(url).host !== origin.host
  })
  expect(kari.requests.length).toBeGreaterThan(5)
  expect(foreign).toEqual([])
  expect(cspViolations).toEqual([])
})
