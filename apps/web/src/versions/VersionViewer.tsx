import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { restoreIntoStore, type StoredSnapshot } from '@sammen/sync'
import { useEffect, useId, useMemo, useRef } from 'react'
import { createTLStore, defaultBindingUtils, Tldraw, type TLStore } from 'tldraw'
import { useT } from '../i18n'
import { boardShapeUtils, sammenShapeUtils } from '../shapes/sammenShapes'
import './versionViewer.css'

const assetUrls = getAssetUrlsByImport()
const licenseKey: string | undefined = import.meta.env.VITE_TLDRAW_LICENSE_KEY || undefined

interface VersionViewerProps {
  snapshot: StoredSnapshot
  onClose: () => void
  onRestore: (snapshot: StoredSnapshot) => void
}

/**
 * A saved version shown read-only in a modal dialog: a second tldraw editor with its own store (the same
 * shape utils as the board), filled from the snapshot. It is not bound to the room, so nothing here can
 * reach the live board. Escape or "Lukk" closes it; the panel gives focus back to the button that opened it.
 */
export function VersionViewer({ snapshot, onClose, onRestore }: VersionViewerProps) {
  const t = useT()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const hintId = useId()

  const store = useMemo((): TLStore | null => {
    const fresh = createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils })
    try {
      restoreIntoStore(fresh, snapshot.state)
      return fresh
    } catch {
      return null
    }
  }, [snapshot])

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    dialog.showModal()
    closeRef.current?.focus()
    return () => dialog.close()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className="version-viewer"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      data-testid="version-viewer"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="version-viewer__header">
        <div className="version-viewer__titles">
          <h2 id={titleId} className="version-viewer__title">
            {t.versions.viewerHeading(snapshot.name)}
          </h2>
          <p id={hintId} className="version-viewer__hint">
            {t.versions.viewerHint}
          </p>
        </div>
        <div className="version-viewer__actions">
          <button type="button" className="button button--secondary" onClick={() => onRestore(snapshot)}>
            {t.versions.viewerRestore}
          </button>
          <button ref={closeRef} type="button" className="button button--secondary" onClick={onClose}>
            {t.versions.viewerClose}
          </button>
        </div>
      </header>
      <div className="version-viewer__canvas" data-testid="version-viewer-canvas">
        {store ? (
          <Tldraw
            store={store}
            assetUrls={assetUrls}
            licenseKey={licenseKey}
            shapeUtils={sammenShapeUtils}
            hideUi
            autoFocus={false}
            onMount={(editor) => {
              editor.updateInstanceState({ isReadonly: true })
              editor.zoomToFit()
              // A small board is shown at its real size rather than blown up to fill the viewer.
              if (editor.getZoomLevel() > 1) editor.resetZoom(editor.getViewportScreenCenter())
            }}
          />
        ) : (
          <p className="version-viewer__failed" role="alert">
            {t.versions.viewerFailed}
          </p>
        )}
      </div>
    </dialog>
  )
}
