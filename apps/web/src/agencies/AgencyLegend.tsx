import type { Agency } from '@sammen/journey-model'
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { agencyPath } from '../routing/router'
import { boardAgenciesOf } from '../shapes/agencyDisplay'
import { useBoardAgencyList } from '../shapes/useBoardAgencies'
import { useAgencyFilter, useAgencyPanelsStore } from './agencyPanelsStore'
import { addBoardAgency, removeBoardAgency } from './boardAgencyMeta'
import { FilterStatus } from './FilterStatus'
import { FloatingPanel } from './FloatingPanel'
import { agencyIdsInUse, legendEntries } from './legendEntries'
import { OwnAgencyFields } from './OwnAgencyFields'
import { useThrottledStoreValue } from './useThrottledStoreValue'

/**
 * The board's agencies with their colours, level and number of cards. Ticking agencies filters the canvas (the
 * other cards are dimmed); "Legg til egen etat/aktør" adds one to the board's list for everyone.
 */
export function AgencyLegend({ boardId, headingRef, onClose }: { boardId: string; headingRef: React.Ref<HTMLHeadingElement>; onClose: () => void }) {
  const t = useT()
  // Viewers and panel members filter and read; the board's list of agencies is for those who edit it.
  const { canEdit } = useBoardAccess()
  const editor = useEditor()
  const ids = { legend: useId(), hint: useId() }
  const filter = useAgencyFilter(boardId)
  const toggleAgency = useAgencyPanelsStore((state) => state.toggleAgency)
  const boardAgencyList = useBoardAgencyList()
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState('')
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLUListElement>(null)

  // Counts are of the page in view (the journey, the actor map …): the legend explains what is on screen.
  const pageId = useValue('current page', () => editor.getCurrentPageId(), [editor])
  const computeEntries = useCallback(
    () => ({
      entries: legendEntries(boardAgenciesOf(editor), [...editor.getPageShapeIds(pageId)].flatMap((id) => editor.getShape(id) ?? [])),
      inUse: agencyIdsInUse(editor.store.allRecords().flatMap((record) => (record.typeName === 'shape' ? [record] : []))),
    }),
    [editor, pageId],
  )
  const { entries, inUse } = useThrottledStoreValue(editor, computeEntries)
  const chosen = useMemo(() => new Set(filter), [filter])

  // The button comes back when the fields go: focus returns to it then (it is not in the page before).
  const focusAddButton = useRef(false)
  useEffect(() => {
    if (adding || !focusAddButton.current) return
    focusAddButton.current = false
    addButtonRef.current?.focus()
  }, [adding])

  function addOwn(agency: Agency) {
    addBoardAgency(editor, agency)
    focusAddButton.current = true
    setAdding(false)
    setNotice(t.agencies.ownForm.added(agency.name))
  }

  function remove(agencyId: string, name: string) {
    // Focus moves on to the row that takes this one's place (or the add button), not to the page.
    const items = [...(listRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])]
    const index = items.findIndex((input) => input.closest('li')?.dataset.agencyId === agencyId)
    const next = items[index + 1] ?? items[index - 1]
    if (chosen.has(agencyId)) toggleAgency(boardId, agencyId)
    removeBoardAgency(editor, agencyId)
    setNotice(t.agencies.removed(name))
    if (next) next.focus()
    else addButtonRef.current?.focus()
  }

  function cancelAdding() {
    focusAddButton.current = true
    setAdding(false)
  }

  return (
    <FloatingPanel
      ref={headingRef}
      title={t.agencies.legendTitle}
      summary={filter.length > 0 ? t.agencies.filterActive(filter.length) : undefined}
      onClose={onClose}
      testId="agency-legend"
    >
      {entries.length === 0 ? (
        <p className="agency-panel__empty">{t.agencies.empty}</p>
      ) : (
        <fieldset className="agency-legend" aria-describedby={ids.hint}>
          <legend id={ids.legend} className="agency-legend__legend">
            {t.agencies.filterLegend}
          </legend>
          <p id={ids.hint} className="agency-panel__hint">
            {t.agencies.filterHint}
          </p>
          <ul ref={listRef} className="agency-legend__list">
            {entries.map(({ agency, cardCount, onBoardList }) => (
              <li key={agency.id} data-agency-id={agency.id} className="agency-legend__row">
                <label
                  className="agency-legend__item"
                  style={{ '--agency-colour': agency.colour } as CSSProperties}
                  data-agency-id={agency.id}
                  data-testid="agency-legend-item"
                >
                  <input type="checkbox" checked={chosen.has(agency.id)} onChange={() => toggleAgency(boardId, agency.id)} />
                  <span className="agency-legend__swatch" aria-hidden="true" />
                  <span className="agency-legend__names">
                    <span className="agency-legend__short" title={agency.name}>
                      {agency.shortName}
                    </span>
                    <span className="visually-hidden">{agency.name !== agency.shortName ? ` – ${agency.name}` : ''}</span>
                    <span className="agency-legend__meta">
                      {agency.level ? t.cards.agencyLevels[agency.level] : t.agencies.unknownLevel}
                      {!onBoardList && ` · ${t.agencies.onCardsOnly}`}
                    </span>
                  </span>
                  <span className="agency-legend__count" data-testid="agency-card-count">
                    {t.agencies.cardCount(cardCount)}
                  </span>
                </label>
                <Link
                  href={agencyPath(agency.id)}
                  className="agency-panel__icon-button agency-legend__across"
                  aria-label={t.libraryLinks.agencyAcrossJourneys(agency.name)}
                  title={t.libraryLinks.agencyAcrossJourneys(agency.name)}
                  data-testid="agency-legend-across"
                >
                  <AcrossJourneysIcon />
                </Link>
                {canEdit && onBoardList && !inUse.has(agency.id) && (
                  <button
                    type="button"
                    className="agency-panel__icon-button agency-legend__remove"
                    aria-label={t.agencies.remove(agency.name)}
                    title={t.agencies.remove(agency.name)}
                    onClick={() => remove(agency.id, agency.name)}
                    data-testid="remove-board-agency"
                  >
                    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                      <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
                    </svg>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {entries.length > 0 && <FilterStatus boardId={boardId} onCleared={() => listRef.current?.querySelector('input')?.focus()} />}
      {!canEdit ? null : adding ? (
        <OwnAgencyFields known={boardAgencyList} onAdd={addOwn} onCancel={cancelAdding} />
      ) : (
        <button
          ref={addButtonRef}
          type="button"
          className="agency-panel__add"
          onClick={() => {
            setNotice('')
            setAdding(true)
          }}
          data-testid="open-own-agency"
        >
          <span aria-hidden="true">+</span> {t.agencies.addOwn}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </FloatingPanel>
  )
}

/** Stacked pages: the agency across every journey in the library. */
function AcrossJourneysIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
      <rect x="2" y="5" width="9" height="9" rx="1.5" />
      <path d="M5 3h7.5A1.5 1.5 0 0 1 14 4.5V12" strokeLinecap="round" />
    </svg>
  )
}
