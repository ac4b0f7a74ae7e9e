import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage'
import { NewBoardPage } from '../pages/NewBoardPage'
import { StartPage } from '../pages/StartPage'
import { VersionsPanel } from '../pages/VersionsPanel'
import { SammenServer, type LaunchOptions } from './sammenServer'

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

export interface PersonOptions {
  /**
   * The agency the person takes part for (journey-model id; null: citizen / user panel). Preset so the
   * first-visit dialog ("Hvem er du?") stays away; `'ask'` presets nothing, as on a real first visit.
   */
  agencyId?: string | null | 'ask'
}

interface Fixtures {
  /** A fresh real server with an empty temporary DATA_DIR for every test. */
  server: SammenServer
  /** Opens a new person (browser context) on the server's origin, with a fixed name, colour and agency. */
  newPerson: (name: string, color?: string, options?: PersonOptions) => Promise<Person>
}

interface Options {
  /** How the test's server is launched; `test.use({ serverOptions: { tokenSecret } })` for secured mode. */
  serverOptions: LaunchOptions
}

export const test = base.extend<Fixtures & Options>({
  serverOptions: [{}, { option: true }],

  server: async ({ serverOptions }, use) => {
    const server = await SammenServer.launch(serverOptions)
    try {
      await use(server)
    } finally {
      await server.dispose()
    }
  },

  newPerson: async ({ browser, server }, use) => {
    const contexts: BrowserContext[] = []
    await use(async (name, color = '#1f6fd1', options = {}) => {
      const person = await openPerson(browser, server.url, name, color, options.agencyId === undefined ? 'kommunen' : options.agencyId)
      contexts.push(person.context)
      return person
    })
    for (const context of contexts) await context.close()
  },
})

export { expect } from '@playwright/test'

async function openPerson(browser: Browser, baseURL: string, name: string, color: string, agencyId: string | null | 'ask'): Promise<Person> {
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
  // a known name, colour and agency; later visits keep whatever the app saved. 'ask' seeds nothing,
  // so the app greets the person with its first-visit dialog.
  if (agencyId !== 'ask') {
    await context.addInitScript(
      ({ name, color, agencyId }) => {
        if (localStorage.getItem('sammen.app')) return
        const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
        const person = { id, name, color, agencyId }
        localStorage.setItem('sammen.app', JSON.stringify({ state: { language: 'nb', person }, version: 1 }))
      },
      { name, color, agencyId },
    )
  }
  const page = await context.newPage()
  return { name, context, page, start: new StartPage(page), newBoard: new NewBoardPage(page), board: new BoardPage(page), versions: new VersionsPanel(page), requests }
}
