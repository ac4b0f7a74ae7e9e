import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage'
import { NewBoardPage } from '../pages/NewBoardPage'
import { StartPage } from '../pages/StartPage'
import { VersionsPanel } from '../pages/VersionsPanel'
import { SammenServer } from './sammenServer'

/** One person at their own computer: a separate browser context (own storage, service worker, cookies). */
export interface Person {
  name: string
  context: BrowserContext
  page: Page
  start: StartPage
  newBoard: NewBoardPage
  board: BoardPage
  versions: VersionsPanel
  /** Every URL this person's browser requested (pages, assets, service worker, websockets). */
  requests: string[]
}

interface Fixtures {
  /** A fresh real server with an empty temporary DATA_DIR for every test. */
  server: SammenServer
  /** Opens a new person (browser context) on the server's origin, with a fixed name and colour. */
  newPerson: (name: string, color?: string) => Promise<Person>
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = await SammenServer.launch()
    try {
      await use(server)
    } finally {
      await server.dispose()
    }
  },

  newPerson: async ({ browser, server }, use) => {
    const contexts: BrowserContext[] = []
    await use(async (name, color = '#1f6fd1') => {
      const person = await openPerson(browser, server.url, name, color)
      contexts.push(person.context)
      return person
    })
    for (const context of contexts) await context.close()
  },
})

export { expect } from '@playwright/test'

async function openPerson(browser: Browser, baseURL: string, name: string, color: string): Promise<Person> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'nb-NO',
    serviceWorkers: 'allow',
  })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  // Websockets are not "requests" in Playwright; record them too.
  context.on('page', (page) => page.on('websocket', (socket) => requests.push(socket.url())))
  // Seed the app's persisted state once (the app store's localStorage format), so each person has
  // a known name and colour; later visits keep whatever the app saved.
  await context.addInitScript(
    ({ name, color }) => {
      if (localStorage.getItem('sammen.app')) return
      const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
      localStorage.setItem('sammen.app', JSON.stringify({ state: { language: 'nb', person: { id, name, color } }, version: 1 }))
    },
    { name, color },
  )
  const page = await context.newPage()
  return { name, context, page, start: new StartPage(page), newBoard: new NewBoardPage(page), board: new BoardPage(page), versions: new VersionsPanel(page), requests }
}
