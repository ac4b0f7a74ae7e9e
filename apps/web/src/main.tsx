import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerSW } from 'virtual:pwa-register'
import { App } from './App'
import { takeWorkspaceLinkFromAddress } from './access/workspaceLink'
import { shouldExposeForTests } from './board/exposeForTests'
import 'tldraw/tldraw.css'
import './styles/base.css'
import './styles/start.css'
import './styles/new-board.css'
import './styles/board.css'
import './styles/side-panel.css'
import './styles/board-text-view.css'
import './styles/cards.css'
import './styles/card-forms.css'
import './styles/versions.css'

// The service worker precaches the whole app (tldraw's fonts and translations included), so a
// board opened once keeps opening without a network. 'autoUpdate': a new version activates on
// its own; the open page keeps running the old code until the next load.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  registerSW({ immediate: true })
}

// A workspace link (`/#workspace=…`) is taken out of the address before anything renders.
takeWorkspaceLinkFromAddress()

// Remember `?e2e` for the tab even when the first page is not a board (in-app navigation drops the query).
shouldExposeForTests()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
