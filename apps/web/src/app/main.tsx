import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerSW } from 'virtual:pwa-register'
import { App } from './App'
import { takeWorkspaceLinkFromAddress } from '../access/workspaceLink'
import { shouldExposeForTests } from '../board/exposeForTests'
// The app-wide stylesheets, in cascade order after tldraw.css. Several override tldraw's rules or each other's at
// equal specificity, so their order is part of the look: they sit beside their feature but are imported here, once
// (a sheet imported by a component lands earlier in the bundle, before tldraw.css). The other features import
// their own sheet from their top component (e.g. outline/outline.css from OutlineView).
import 'tldraw/tldraw.css'
import './base.css'
import '../start/start.css'
import './not-found.css'
import '../newBoard/new-board.css'
import '../board/board.css'
import '../components/side-panel.css'
import '../components/board-text-view.css'
import '../shapes/cards.css'
import '../shapes/card-forms.css'
import '../board/board-bar.css'
import '../versions/versions.css'
import '../board/board-toast.css'
import '../start/open-file.css'
// Last: places panels from every feature in the board's side column (board/board-layout.css).
import '../board/board-layout.css'

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
