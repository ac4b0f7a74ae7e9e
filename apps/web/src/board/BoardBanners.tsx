import type { BoardRoomStatus } from '@sammen/sync'
import { useEffect, useRef } from 'react'
import { AccessRefusalBanner } from '../access/AccessRefusalBanner'
import { useT } from '../i18n'

/**
 * Blocking when this client is too old for the board (writing would corrupt it for everyone),
 * a non-blocking warning when local storage fails, and why the server refused this browser.
 */
export function BoardBanners({ status }: { status: BoardRoomStatus }) {
  const t = useT()
  const reloadRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (status.needsReload) reloadRef.current?.focus()
  }, [status.needsReload])

  return (
    <>
      <AccessRefusalBanner />
      {status.needsReload && (
        <div className="blocking-overlay" data-testid="needs-reload">
          <div className="blocking-overlay__card" role="alertdialog" aria-modal="true" aria-labelledby="needs-reload-text">
            <p id="needs-reload-text">{t.banner.needsReload}</p>
            <button ref={reloadRef} type="button" className="button button--primary" onClick={() => location.reload()}>
              {t.banner.reload}
            </button>
          </div>
        </div>
      )}
      {status.storageError !== null && (
        <div className="warning-banner" role="alert" data-testid="storage-error" title={status.storageError}>
          <span aria-hidden="true">⚠</span> {status.storageError === 'quota-exceeded' ? t.banner.storageFull : t.banner.storageError}
        </div>
      )}
    </>
  )
}
