import type { BoardRoom, StoredSnapshot } from '@sammen/sync'
import { useEffect, useId, useRef, useState } from 'react'
import { useEditor } from 'tldraw'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useNow } from '../format/useNow'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { downloadBoardFile } from './boardFileTransfer'
import { restoreVersion } from './restoreVersion'
import { SaveVersionForm } from './SaveVersionForm'
import { StorageStatus } from './StorageStatus'
import { deleteBoardSnapshot } from './snapshotSync'
import { useBoardSnapshots } from './useBoardSnapshots'
import { usePanelKeys } from './usePanelKeys'
import { VersionCompareView } from './VersionCompareView'
import { VersionListItem } from './VersionListItem'
import { VersionViewer } from './VersionViewer'

interface VersionsPanelProps {
  room: BoardRoom
  title: string
  author: string
  onClose: () => void
  /** A short message for the board's status toast ("Gjenopprettet …"). */
  onNotice: (message: string) => void
}

type Pending = { action: 'restore' | 'delete'; snapshot: StoredSnapshot } | null

/**
 * The "Versjoner" side panel: save a version, the list of versions (local first, shared when online),
 * compare one with the board now, restore or delete it, and download the board as a file.
 * A non-modal dialog: the board stays usable beside it; Escape closes it.
 */
export function VersionsPanel({ room, title, author, onClose, onNotice }: VersionsPanelProps) {
  const t = useT()
  const editor = useEditor()
  const language = useAppStore((state) => state.language)
  const now = useNow()
  const { snapshots, refresh } = useBoardSnapshots(room)
  const [comparing, setComparing] = useState<{ snapshot: StoredSnapshot; newer: StoredSnapshot | null } | null>(null)
  const [viewing, setViewing] = useState<StoredSnapshot | null>(null)
  const [selectedIds, setSelectedIds] = useState<string[]>([])
  const [pending, setPending] = useState<Pending>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const panelRef = useRef<HTMLElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  // The button that opened a confirmation gets focus back when it closes (the list may have re-rendered).
  const returnFocusTo = useRef<HTMLElement | null>(null)
  const ask = (next: NonNullable<Pending>) => {
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setPending(next)
  }
  const closeConfirmation = () => {
    setPending(null)
    requestAnimationFrame(() => {
      const target = returnFocusTo.current
      if (target?.isConnected) target.focus()
      else titleRef.current?.focus()
    })
  }
  usePanelKeys(panelRef, editor, { onEscape: onClose, escapeEnabled: pending === null && viewing === null })

  // The read-only viewer gives focus back to the button that opened it ("Vis" on the list item).
  const viewerOpener = useRef<HTMLElement | null>(null)
  const openViewer = (snapshot: StoredSnapshot) => {
    viewerOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setViewing(snapshot)
  }
  const closeViewer = () => {
    setViewing(null)
    requestAnimationFrame(() => {
      const target = viewerOpener.current
      if (target?.isConnected) target.focus()
      else titleRef.current?.focus()
    })
  }
  const restoreFromViewer = (snapshot: StoredSnapshot) => {
    setViewing(null)
    returnFocusTo.current = viewerOpener.current
    setPending({ action: 'restore', snapshot })
  }

  const toggleSelected = (snapshot: StoredSnapshot) =>
    setSelectedIds((ids) => (ids.includes(snapshot.id) ? ids.filter((id) => id !== snapshot.id) : [...ids, snapshot.id].slice(-2)))
  const selected = (snapshots ?? []).filter((snapshot) => selectedIds.includes(snapshot.id))
  const compareSelected = () => {
    if (selected.length !== 2) return
    const [older, newer] = [...selected].sort((a, b) => a.createdAt - b.createdAt) as [StoredSnapshot, StoredSnapshot]
    setComparing({ snapshot: older, newer })
  }
  const titleId = useId()
  const listHeadingId = useId()
  const pickerHintId = useId()

  useEffect(() => {
    nameRef.current?.focus()
  }, [])

  const confirmRestore = async (snapshot: StoredSnapshot) => {
    closeConfirmation()
    try {
      await restoreVersion({ editor, room, snapshot, author, beforeRestoreName: t.versions.beforeRestoreName(snapshot.name) })
      onNotice(t.versions.restored(snapshot.name))
    } catch {
      onNotice(t.versions.restoreFailed)
    }
    setComparing(null)
    await refresh()
  }

  const confirmDelete = async (snapshot: StoredSnapshot) => {
    setPending(null)
    const result = await deleteBoardSnapshot(snapshot).catch(() => 'needs-connection' as const)
    if (result === 'needs-connection') onNotice(t.versions.deleteNeedsConnection)
    await refresh()
    titleRef.current?.focus()
  }

  return (
    <section
      className="versions-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="versions-panel"
      ref={panelRef}
    >
      <header className="versions-panel__header">
        <h2 ref={titleRef} id={titleId} className="versions-panel__title" tabIndex={-1}>
          {t.versions.title}
        </h2>
        <button type="button" className="versions-panel__close" aria-label={t.versions.close} title={t.versions.close} onClick={onClose}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </header>

      <div className="versions-panel__body">
        {comparing ? (
          <VersionCompareView snapshot={comparing.snapshot} newer={comparing.newer} onBack={() => setComparing(null)} />
        ) : (
          <>
            <p className="versions-panel__intro">{t.versions.intro}</p>
            <SaveVersionForm
              room={room}
              author={author}
              nameRef={nameRef}
              onSaved={(name) => {
                onNotice(t.versions.saved(name))
                void refresh()
              }}
            />
            <h3 id={listHeadingId} className="versions-panel__subheading">
              {t.versions.listHeading}
            </h3>
            {snapshots === null ? (
              <p className="versions-panel__empty">{t.versions.loading}</p>
            ) : snapshots.length === 0 ? (
              <p className="versions-panel__empty">{t.versions.empty}</p>
            ) : (
              <>
              {snapshots.length >= 2 && (
                <div className="versions-compare-picker">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-describedby={pickerHintId}
                    aria-disabled={selected.length !== 2}
                    data-testid="compare-selected"
                    onClick={compareSelected}
                  >
                    {t.versions.compareSelected} ({selected.length}/2)
                  </button>
                  <p id={pickerHintId} className="versions-compare-picker__hint">
                    {t.versions.compareSelectedHint}
                  </p>
                </div>
              )}
              <ul className="versions-list" aria-labelledby={listHeadingId} data-testid="version-list">
                {snapshots.map((snapshot) => (
                  <VersionListItem
                    key={snapshot.id}
                    snapshot={snapshot}
                    language={language}
                    now={now}
                    onCompare={(chosen) => setComparing({ snapshot: chosen, newer: null })}
                    onView={openViewer}
                    selected={selectedIds.includes(snapshot.id)}
                    onToggleSelected={toggleSelected}
                    onRestore={(chosen) => ask({ action: 'restore', snapshot: chosen })}
                    onDelete={(chosen) => ask({ action: 'delete', snapshot: chosen })}
                  />
                ))}
              </ul>
              </>
            )}
          </>
        )}
      </div>

      <footer className="versions-panel__footer">
        <button type="button" className="button button--secondary versions-panel__download" data-testid="download-board-file" onClick={() => void downloadBoardFile(room, title)}>
          <DownloadIcon />
          {t.versions.downloadFile}
        </button>
        <p className="versions-panel__hint">{t.versions.downloadHint}</p>
        <StorageStatus version={snapshots} />
      </footer>

      {viewing && <VersionViewer snapshot={viewing} onClose={closeViewer} onRestore={restoreFromViewer} />}
      {pending?.action === 'restore' && (
        <ConfirmDialog
          title={t.versions.confirmRestoreTitle}
          confirmLabel={t.versions.confirmRestore}
          cancelLabel={t.versions.cancel}
          onConfirm={() => void confirmRestore(pending.snapshot)}
          onCancel={closeConfirmation}
        >
          <p>{t.versions.confirmRestoreBody(pending.snapshot.name)}</p>
        </ConfirmDialog>
      )}
      {pending?.action === 'delete' && (
        <ConfirmDialog
          title={t.versions.confirmDeleteTitle}
          confirmLabel={t.versions.confirmDelete}
          cancelLabel={t.versions.cancel}
          onConfirm={() => void confirmDelete(pending.snapshot)}
          onCancel={closeConfirmation}
        >
          <p>{t.versions.confirmDeleteBody(pending.snapshot.name)}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

function DownloadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" fill="none" />
    </svg>
  )
}
