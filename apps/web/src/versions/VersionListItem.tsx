import type { StoredSnapshot } from '@sammen/sync'
import { formatAbsoluteDate, formatRelativeDate } from '../format/formatDate'
import { useT, type Language } from '../i18n'

interface VersionListItemProps {
  snapshot: StoredSnapshot
  language: Language
  now: number
  onCompare: (snapshot: StoredSnapshot) => void
  onView: (snapshot: StoredSnapshot) => void
  /** Ticked for "Sammenlign valgte" (two versions with each other). */
  selected: boolean
  onToggleSelected: (snapshot: StoredSnapshot) => void
  onRestore: (snapshot: StoredSnapshot) => void
  onDelete: (snapshot: StoredSnapshot) => void
}

function kilobytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(Math.max(0.1, bytes / 1024))
}

/** One saved version: name, who and when, size, kind and whether the others have it yet, and its actions. */
export function VersionListItem({ snapshot, language, now, onCompare, onView, selected, onToggleSelected, onRestore, onDelete }: VersionListItemProps) {
  const t = useT()
  const kindLabel =
    snapshot.kind === 'named'
      ? t.versions.kindNamed
      : snapshot.reason === 'before-restore'
        ? t.versions.reasonBeforeRestore
        : snapshot.reason === 'after-reconnect'
          ? t.versions.reasonAfterReconnect
          : t.versions.kindAuto
  return (
    <li
      className={`version-item version-item--${snapshot.kind}`}
      data-testid="version-item"
      data-version-id={snapshot.id}
      data-kind={snapshot.kind}
      data-shared={String(snapshot.uploadedAt !== null)}
    >
      <div className="version-item__head">
        <h4 className="version-item__name">{snapshot.name}</h4>
        <span className={`version-item__kind version-item__kind--${snapshot.kind}`}>{kindLabel}</span>
      </div>
      <p className="version-item__meta">
        <time dateTime={new Date(snapshot.createdAt).toISOString()} title={formatAbsoluteDate(snapshot.createdAt, language)}>
          {formatRelativeDate(snapshot.createdAt, language, t.time.justNow, now)}
        </time>
        {snapshot.author && <span> · {t.versions.by(snapshot.author)}</span>}
        <span> · {t.versions.size(kilobytes(snapshot.size, language))}</span>
      </p>
      {snapshot.uploadedAt === null && (
        <p className="version-item__pending" title={t.versions.notSharedHint} data-testid="version-not-shared">
          <span aria-hidden="true">●</span> {t.versions.notShared}
        </p>
      )}
      <label className="version-item__select">
        <input type="checkbox" checked={selected} onChange={() => onToggleSelected(snapshot)} aria-label={t.versions.selectForCompare(snapshot.name)} data-testid="version-select" />
        <span aria-hidden="true">{t.versions.selectShort}</span>
      </label>
      <div className="version-item__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t.versions.viewLabel(snapshot.name)}
          data-view-version={snapshot.id}
          onClick={() => onView(snapshot)}
        >
          {t.versions.view}
        </button>
        <button type="button" className="button button--secondary button--small" aria-label={t.versions.compareLabel(snapshot.name)} onClick={() => onCompare(snapshot)}>
          {t.versions.compare}
        </button>
        <button type="button" className="button button--secondary button--small" aria-label={t.versions.restoreLabel(snapshot.name)} onClick={() => onRestore(snapshot)}>
          {t.versions.restore}
        </button>
        <button type="button" className="button button--ghost-danger button--small" aria-label={t.versions.deleteLabel(snapshot.name)} onClick={() => onDelete(snapshot)}>
          {t.versions.delete}
        </button>
      </div>
    </li>
  )
}
