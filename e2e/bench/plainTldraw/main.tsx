// The plain tldraw app the side-by-side benchmarks (e2e/bench/sideBySide*.bench.ts) compare Sammen with: the same
// tldraw, React and Vite, fonts, icons and translations bundled as Sammen bundles them (no request leaves the
// origin), and nothing else. Three modes, chosen by the query:
//   ?persist=<key>      <Tldraw persistenceKey>: tldraw's own IndexedDB persistence (open from IndexedDB)
//   ?snapshot=<path>    fetch a JSON snapshot, loadSnapshot into a store, then mount (open from a server, no sync)
//   (neither)           an empty in-memory board (pan benchmarks draw their shapes into it)
// and `&fit`: the camera fits the whole page when the editor mounts, or `&camera=x,y,z`: the camera starts there (the
// open benchmark passes Sammen's first view of the journey, so that both draw the same shapes).
// The editor is exposed as `window.__benchEditor` for the benchmark; marks like Sammen's: `plain:editor-mounted`.
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createTLStore, loadSnapshot, Tldraw, type Editor, type TLEditorSnapshot, type TLStore } from 'tldraw'
import 'tldraw/tldraw.css'

declare global {
  interface Window {
    __benchEditor?: Editor
  }
}

const assetUrls = getAssetUrlsByImport()
const query = new URLSearchParams(location.search)

const camera = query.get('camera')?.split(',').map(Number)

function onMount(editor: Editor) {
  if (camera?.length === 3 && camera.every(Number.isFinite)) editor.setCamera({ x: camera[0]!, y: camera[1]!, z: camera[2]! }, { immediate: true })
  else if (query.has('fit')) editor.zoomToFit({ immediate: true })
  performance.mark('plain:editor-mounted')
  window.__benchEditor = editor
}

function PersistedBoard({ persistenceKey }: { persistenceKey: string }) {
  return <Tldraw persistenceKey={persistenceKey} assetUrls={assetUrls} onMount={onMount} />
}

function SnapshotBoard({ path }: { path: string }) {
  const [store, setStore] = useState<TLStore | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    fetch(path)
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
        return response.json() as Promise<Partial<TLEditorSnapshot>>
      })
      .then((snapshot) => {
        if (cancelled) return
        performance.mark('plain:snapshot-fetched')
        const next = createTLStore()
        loadSnapshot(next, snapshot)
        performance.mark('plain:snapshot-loaded')
        setStore(next)
      })
      .catch((reason: unknown) => setError(String(reason)))
    return () => {
      cancelled = true
    }
  }, [path])
  if (error) return <p role="alert">{error}</p>
  if (!store) return null
  return <Tldraw store={store} assetUrls={assetUrls} onMount={onMount} />
}

function App() {
  const persistenceKey = query.get('persist')
  const snapshot = query.get('snapshot')
  if (persistenceKey) return <PersistedBoard persistenceKey={persistenceKey} />
  // Only a path on this origin: the page must never fetch from elsewhere.
  if (snapshot?.startsWith('/')) return <SnapshotBoard path={snapshot} />
  return <Tldraw assetUrls={assetUrls} onMount={onMount} />
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
