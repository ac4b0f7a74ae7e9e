import { diffBoards, recordsOfSnapshot, type DiffableRecord, type StoredSnapshot } from '@sammen/sync'
import { useEffect, useMemo, useRef } from 'react'
import { useEditor, type TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import { changedShapeIdsOnBoard, describeBoardDiff, type DescribedChange } from './describeBoardDiff'

interface VersionCompareViewProps {
  /** The version compared from (the older one when two versions are compared). */
  snapshot: StoredSnapshot
  /** Compare with this (newer) version instead of the board now. */
  newer?: StoredSnapshot | null
  onBack: () => void
}

/**
 * What changed on the board since a version, grouped as the board talks about it. The changed shapes
 * that are still on the board are selected (highlighted); a click on one zooms to it.
 */
export function VersionCompareView({ snapshot, newer = null, onBack }: VersionCompareViewProps) {
  const t = useT()
  const editor = useEditor()
  const headingRef = useRef<HTMLHeadingElement>(null)

  const diff = useMemo(
    () =>
      diffBoards(
        recordsOfSnapshot(snapshot.state) as unknown as DiffableRecord[],
        (newer ? recordsOfSnapshot(newer.state) : editor.store.allRecords()) as unknown as DiffableRecord[],
      ),
    [snapshot, newer, editor],
  )
  const groups = useMemo(() => describeBoardDiff(diff, t), [diff, t])

  // Only shapes that exist on the live board can be highlighted (a comparison of two versions may name others).
  const onBoard = useMemo(() => changedShapeIdsOnBoard(diff).filter((id) => editor.getShape(id as TLShapeId)) as TLShapeId[], [diff, editor])
  const highlighted = onBoard.length > 0

  useEffect(() => {
    headingRef.current?.focus()
    if (onBoard.length > 0) editor.select(...onBoard)
  }, [onBoard, editor])

  const showOnBoard = (change: DescribedChange) => {
    const id = change.id as TLShapeId
    const shape = editor.getShape(id)
    if (!shape) return
    const pageId = editor.getAncestorPageId(shape)
    if (pageId && pageId !== editor.getCurrentPageId()) editor.setCurrentPage(pageId)
    editor.select(id)
    editor.zoomToSelection({ animation: { duration: 220 } })
  }

  const { added, removed, changed } = diff.summary
  return (
    <div className="versions-compare" data-testid="version-compare">
      <button type="button" className="versions-compare__back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.versions.backToList}
      </button>
      <h3 ref={headingRef} tabIndex={-1} className="versions-compare__heading">
        {newer ? t.versions.compareTwoHeading(snapshot.name, newer.name) : t.versions.compareHeading(snapshot.name)}
      </h3>
      {diff.summary.total === 0 ? (
        <p className="versions-compare__none">{newer ? t.versions.noChangesBetween : t.versions.noChanges}</p>
      ) : (
        <>
          <p className="versions-compare__summary" data-testid="version-compare-summary">
            {t.versions.summary(added, removed, changed)}
          </p>
          {highlighted && <p className="versions-compare__hint">{t.versions.highlighted}</p>}
          {groups.map((group) => (
            <section key={group.key} className="versions-compare__group" aria-label={group.heading}>
              <h4 className="versions-compare__group-heading">{group.heading}</h4>
              <ul className="versions-compare__changes">
                {group.changes.map((change) => (
                  <ChangeRow key={`${change.kind}-${change.id}`} change={change} onBoard={onBoard.includes(change.id as TLShapeId)} onShow={showOnBoard} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  )
}

function ChangeRow({ change, onBoard, onShow }: { change: DescribedChange; onBoard: boolean; onShow: (change: DescribedChange) => void }) {
  const t = useT()
  const kindLabel = change.kind === 'added' ? t.versions.added : change.kind === 'removed' ? t.versions.removed : t.versions.changed
  const body = (
    <>
      <span className={`change__kind change__kind--${change.kind}`}>{kindLabel}</span>
      <span className="change__what">
        <span className="change__type">{change.typeLabel}:</span> {change.text}
        {change.fields.length > 0 && <span className="change__fields"> ({change.fields.join(', ')})</span>}
      </span>
    </>
  )
  return (
    <li className="change" data-testid="version-change" data-kind={change.kind} data-shape-id={change.id}>
      {change.kind === 'removed' || !onBoard ? (
        <div className="change__row">{body}</div>
      ) : (
        <button type="button" className="change__row change__row--button" onClick={() => onShow(change)}>
          {body}
          <span className="visually-hidden"> {t.versions.showOnBoard}</span>
        </button>
      )}
    </li>
  )
}
