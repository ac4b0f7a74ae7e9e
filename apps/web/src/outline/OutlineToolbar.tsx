import { useT } from '../i18n'
import { RedoIcon, UndoIcon } from './OutlineIcons'

/**
 * Undo and redo for the changes made here, and the outline's live region. The buttons stay focusable when there is
 * nothing to undo (aria-disabled, not disabled), so focus is not lost from under a keyboard user who just undid.
 */
export function OutlineToolbar({
  canEdit,
  undoLabel,
  redoLabel,
  message,
  onUndo,
  onRedo,
}: {
  canEdit: boolean
  undoLabel: string | null
  redoLabel: string | null
  message: string
  onUndo: () => void
  onRedo: () => void
}) {
  const t = useT()
  return (
    <div className="outline-toolbar">
      {canEdit && (
        <div className="outline-toolbar__buttons" role="group" aria-label={t.outlineView.historyHint}>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={undoLabel === null}
            aria-keyshortcuts="Control+Z"
            title={undoLabel ? t.outlineView.undoWhat(undoLabel) : t.outlineView.nothingToUndo}
            data-testid="outline-undo"
            onClick={onUndo}
          >
            <UndoIcon />
            {t.outlineView.undo}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={redoLabel === null}
            aria-keyshortcuts="Control+Shift+Z"
            title={redoLabel ? t.outlineView.redoWhat(redoLabel) : t.outlineView.nothingToRedo}
            data-testid="outline-redo"
            onClick={onRedo}
          >
            <RedoIcon />
            {t.outlineView.redo}
          </button>
        </div>
      )}
      <p className="outline-toolbar__status" role="status" aria-live="polite" data-testid="outline-status">
        {message}
      </p>
    </div>
  )
}
