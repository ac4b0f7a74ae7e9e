import { SnapshotStorageError, takeSnapshot, type BoardRoom } from '@sammen/sync'
import { useId, useState, type RefObject } from 'react'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { getLocalDatabase } from '../sync/database'
import { versionTimestamp } from './defaultVersionName'

interface SaveVersionFormProps {
  room: BoardRoom
  author: string
  nameRef: RefObject<HTMLInputElement | null>
  onSaved: (name: string) => void
}

/** "Lagre versjon": a named snapshot of the board as it is now, saved locally first (works offline). */
export function SaveVersionForm({ room, author, nameRef, onSaved }: SaveVersionFormProps) {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const [name, setName] = useState(() => t.versions.defaultName(versionTimestamp(Date.now(), language)))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const errorId = useId()

  const save = async () => {
    const trimmed = name.trim() || t.versions.defaultName(versionTimestamp(Date.now(), language))
    setSaving(true)
    setError(null)
    try {
      await room.flush()
      await takeSnapshot(getLocalDatabase(), room.boardId, room.doc, { name: trimmed.slice(0, 120), author, kind: 'named' })
      setName(t.versions.defaultName(versionTimestamp(Date.now(), language)))
      onSaved(trimmed)
    } catch (caught) {
      const reason =
        caught instanceof SnapshotStorageError && caught.reason === 'quota-exceeded'
          ? t.versions.storageFull
          : caught instanceof Error
            ? caught.message
            : String(caught)
      setError(t.versions.saveFailed(reason))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      className="versions-save"
      onSubmit={(event) => {
        event.preventDefault()
        if (!saving) void save()
      }}
    >
      <label htmlFor={inputId} className="versions-save__label">
        {t.versions.nameLabel}
      </label>
      <div className="versions-save__row">
        <input
          ref={nameRef}
          id={inputId}
          className="versions-save__input"
          data-testid="version-name"
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => event.target.select()}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          autoComplete="off"
        />
        <button type="submit" className="button button--primary" disabled={saving} data-testid="save-version">
          {saving ? t.versions.saving : t.versions.save}
        </button>
      </div>
      {error && (
        <p id={errorId} className="versions-save__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
