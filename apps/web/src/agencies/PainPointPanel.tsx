import { useCallback, useMemo, useState, type CSSProperties } from 'react'
import { useEditor, type TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import { SeverityMarker } from '../shapes/painPoint/SeverityMarker'
import { useBoardAgencies } from '../shapes/useBoardAgencies'
import { boardPainPoints } from './boardPainPoints'
import { FloatingPanel } from './FloatingPanel'
import { groupPainPointsByOwner, type PainPointEntry } from './painPointGroups'
import { useThrottledStoreValue } from './useThrottledStoreValue'

/**
 * Pain points grouped by the agency that owns them, the agency with most first: who has the most to fix. Each
 * pain point is a button that selects its card and brings it into view (on its page).
 */
export function PainPointPanel({ headingRef, onClose }: { headingRef: React.Ref<HTMLHeadingElement>; onClose: () => void }) {
  const t = useT()
  const text = t.agencies.painPoints
  const editor = useEditor()
  const boardAgencies = useBoardAgencies()
  const painPoints = useThrottledStoreValue(editor, useCallback(() => boardPainPoints(editor), [editor]))
  const groups = useMemo(() => groupPainPointsByOwner(painPoints, boardAgencies), [painPoints, boardAgencies])
  const [notice, setNotice] = useState('')

  function show(painPoint: PainPointEntry) {
    const id = painPoint.shapeId as TLShapeId
    const shape = editor.getShape(id)
    if (!shape) return
    const pageId = editor.getAncestorPageId(shape)
    if (pageId && pageId !== editor.getCurrentPageId()) editor.setCurrentPage(pageId)
    editor.select(id)
    const bounds = editor.getSelectionPageBounds()
    // At most 100 %, like zoomToSelection away from 100 %: a single card filling the screen loses its context.
    if (bounds) editor.zoomToBounds(bounds, { targetZoom: Math.min(1, Math.max(editor.getZoomLevel(), 0.75)), animation: { duration: 320 } })
    setNotice(text.selected(painPoint.text || text.noText))
  }

  return (
    <FloatingPanel ref={headingRef} title={text.title} summary={String(painPoints.length)} onClose={onClose} testId="pain-point-panel">
      {groups.length === 0 ? (
        <p className="agency-panel__empty">{text.empty}</p>
      ) : (
        <>
          <p className="agency-panel__hint">{text.summary(painPoints.length, groups.length)}</p>
          {groups.map((group) => (
            <div key={group.agency.id} className="pain-group" style={{ '--agency-colour': group.agency.colour } as CSSProperties} data-testid="pain-point-group" data-agency-id={group.agency.id}>
              <h3 className="pain-group__title">
                <span className="agency-legend__swatch" aria-hidden="true" />
                <span className="pain-group__name" title={group.agency.name}>
                  {group.agency.shortName}
                </span>
                <span className="pain-group__count">{text.groupCount(group.items.length)}</span>
              </h3>
              <ul className="pain-group__list">
                {group.items.map((item) => (
                  <li key={item.shapeId}>
                    <button type="button" className="pain-item" onClick={() => show(item)} data-testid="pain-point-panel-item" data-shape-id={item.shapeId}>
                      <SeverityMarker severity={item.severity} />
                      <span className="pain-item__body">
                        <span className="pain-item__text">{item.text || text.noText}</span>
                        <span className="pain-item__meta">
                          {[t.cards.severity(item.severity), t.cards.categories[item.category], item.phaseName && text.phase(item.phaseName)].filter(Boolean).join(' · ')}
                        </span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </FloatingPanel>
  )
}
