import type { BoardRoom } from '@sammen/sync'
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import type { TLStore } from 'tldraw'
import { useBoardAccess } from '../access/boardAccess'
import { BoardTextView } from '../components/BoardTextView'
import { ConnectionBadge } from '../components/ConnectionBadge'
import { useT } from '../i18n'
import { useRoomStatus, useRoomTitle } from '../room/useBoardRoom'
import { Link } from '../routing/Link'
import { boardPath, NEW_BOARD_PATH } from '../routing/router'
import { LeftOutCards } from './LeftOutCards'
import { OutlineEditContext, outlineIds, type OutlineChangeKind, type OutlineEditing } from './OutlineEditContext'
import { setSituation } from './outlineEdits'
import { OutlineHistory, type RecordChange } from './outlineHistory'
import { OutlinePhaseSection } from './OutlinePhaseSection'
import { OutlineToolbar } from './OutlineToolbar'
import { DraftTextField } from './DraftTextField'
import { useThrottledAnnouncer } from './useThrottledAnnouncer'
import { useLiveOutline } from './useLiveOutline'
import './outline.css'

/**
 * `/b/<id>/oversikt`: the board's journey as headings, lists and form fields, for people who cannot or would rather
 * not use the canvas. It reads and writes the same store as the canvas (bound to the same Yjs document), so every
 * edit here reaches everyone on the board, and their edits show up here while the page is open.
 */
export function OutlineView({ store, room }: { store: TLStore; room: BoardRoom }) {
  const t = useT()
  const title = useRoomTitle(room)
  const { canEdit } = useBoardAccess()
  const { outline, refresh } = useLiveOutline(store)
  const { message, announce } = useThrottledAnnouncer()
  // One history per visit of the view and store: the canvas keeps its own (tldraw's), as two editors would.
  const history = useMemo(() => new OutlineHistory<OutlineChangeKind>(store), [store])
  useSyncExternalStore(history.subscribe, history.getVersion)

  const focusLater = useCallback((elementId: string) => {
    // Two frames: one for React to render the change, one for the browser to lay it out.
    requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(elementId)?.focus()))
  }, [])

  const apply = useCallback(
    (kind: OutlineChangeKind, change: RecordChange | null, options: { coalesceKey?: string; announce?: string } = {}) => {
      if (!change || (!change.put?.length && !change.remove?.length)) {
        announce(t.outlineView.gone)
        refresh()
        return false
      }
      try {
        history.apply(kind, change, { coalesceKey: options.coalesceKey })
      } catch (error) {
        console.error('Outline change refused by the store', error)
        announce(t.outlineView.saveFailed)
        refresh()
        return false
      }
      refresh()
      if (options.announce) announce(options.announce)
      else announce(t.outlineView.saved, { routine: true })
      return true
    },
    [history, refresh, announce, t],
  )

  const undoOrRedo = useCallback(
    (direction: 'undo' | 'redo') => {
      const step = direction === 'undo' ? history.undo() : history.redo()
      refresh()
      if (!step) return announce(direction === 'undo' ? t.outlineView.nothingToUndo : t.outlineView.nothingToRedo)
      const what = t.outlineView.changes[step.label]
      const said = direction === 'undo' ? t.outlineView.undone(what) : t.outlineView.redone(what)
      announce(step.complete ? said : `${said} ${t.outlineView.partly}`)
    },
    [history, refresh, announce, t],
  )

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere in the view, except in text fields, which keep their own undo.
  useEffect(() => {
    if (!canEdit) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      const key = event.key.toLowerCase()
      const isUndo = key === 'z' && !event.shiftKey
      const isRedo = (key === 'z' && event.shiftKey) || key === 'y'
      if (!isUndo && !isRedo) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, [contenteditable="true"], dialog')) return
      event.preventDefault()
      undoOrRedo(isUndo ? 'undo' : 'redo')
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [canEdit, undoOrRedo])

  const editing: OutlineEditing = useMemo(
    () => ({ store, canEdit, boardAgencies: outline.boardAgencies, apply, seal: () => history.seal(), announce, focusLater }),
    [store, canEdit, outline.boardAgencies, apply, history, announce, focusLater],
  )

  const stepCounts = outline.phases.map((phase) => phase.lanes.reduce((sum, lane) => sum + lane.steps.length, 0))
  const hasJourney = outline.phases.length > 0

  return (
    <BoardTextView boardId={room.boardId} view="outline" title={title} heading={t.boardViews.outline} connection={<RoomConnection room={room} />}>
      <OutlineEditContext.Provider value={editing}>
        <div className="outline" data-testid="outline">
          <p className="outline-intro">{canEdit ? t.outlineView.intro : t.outlineView.readOnly}</p>
          <OutlineToolbar
            canEdit={canEdit && (hasJourney || history.peekUndo() !== undefined || history.peekRedo() !== undefined)}
            undoLabel={historyLabel(history.peekUndo(), t.outlineView.changes)}
            redoLabel={historyLabel(history.peekRedo(), t.outlineView.changes)}
            message={message}
            onUndo={() => undoOrRedo('undo')}
            onRedo={() => undoOrRedo('redo')}
          />
          {outline.lifeEventName && <p className="outline-life-event">{t.outlineView.lifeEvent(outline.lifeEventName)}</p>}
          {(hasJourney || outline.situation) && (
            <DraftTextField
              className="outline-situation"
              label={t.outlineView.situationLabel}
              value={outline.situation}
              multiline
              readOnly={!canEdit}
              testId="outline-situation"
              privacyKey="document:situation"
              onCommit={(text, key) => apply('situation', setSituation(store, text), { coalesceKey: `situation:${key}` })}
              onDone={editing.seal}
            />
          )}
          {hasJourney ? (
            <>
              <nav className="outline-toc" aria-label={t.outlineView.phasesNav}>
                <ol>
                  {outline.phases.map((phase, index) => (
                    <li key={phase.id}>
                      <a href={`#${outlineIds.phase(phase.id)}`}>{t.outlineView.phaseHeading(index + 1, phase.name.trim() || t.outlineView.unnamed)}</a>
                    </li>
                  ))}
                </ol>
              </nav>
              {outline.phases.map((phase, index) => (
                <OutlinePhaseSection
                  key={phase.id}
                  phase={phase}
                  number={index + 1}
                  firstStepNumber={1 + stepCounts.slice(0, index).reduce((sum, count) => sum + count, 0)}
                />
              ))}
            </>
          ) : (
            <div className="outline-empty" data-testid="outline-empty">
              <h2>{t.outlineView.emptyTitle}</h2>
              <p>{t.outlineView.emptyBody}</p>
              <div className="outline-empty__actions">
                <Link href={boardPath(room.boardId, 'canvas')} className="button button--primary">
                  {t.outlineView.toCanvas}
                </Link>
                <Link href={NEW_BOARD_PATH} className="button button--secondary">
                  {t.outlineView.newBoard}
                </Link>
              </div>
            </div>
          )}
          <LeftOutCards cards={outline.leftOut} />
        </div>
      </OutlineEditContext.Provider>
    </BoardTextView>
  )
}

/** Its own component, so a change of the connection state re-renders the badge and not the whole outline. */
function RoomConnection({ room }: { room: BoardRoom }) {
  return <ConnectionBadge status={useRoomStatus(room)} />
}

function historyLabel(kind: OutlineChangeKind | undefined, words: Record<OutlineChangeKind, string>): string | null {
  return kind ? words[kind] : null
}
