import { useEditor, useValue } from 'tldraw'
import { useT } from '../i18n'
import { agencyDisplay, boardAgenciesOf } from '../shapes/agencyDisplay'
import { useAgencyFilter, useAgencyPanelsStore } from './agencyPanelsStore'

/** "Viser: NAV, Kartverket – Vis alle": says why cards are dimmed and undoes it in one click. */
export function FilterStatus({ boardId, floating = false, onCleared }: { boardId: string; floating?: boolean; onCleared?: () => void }) {
  const t = useT()
  const editor = useEditor()
  const filter = useAgencyFilter(boardId)
  const clearFilter = useAgencyPanelsStore((state) => state.clearFilter)
  const names = useValue(
    'filtered agency names',
    () => filter.map((id) => agencyDisplay(id, boardAgenciesOf(editor))?.shortName ?? id).join(', '),
    [editor, filter],
  )
  return (
    <div className={floating ? 'agency-filter-status agency-filter-status--floating' : 'agency-filter-status'} data-testid="agency-filter-status">
      <p className="agency-filter-status__text" role="status">
        {filter.length > 0 ? t.agencies.showing(names) : t.agencies.showingAll}
      </p>
      {filter.length > 0 && (
        <button type="button" className="agency-filter-status__clear" onClick={() => {
            clearFilter(boardId)
            // The button goes away with the filter: hand focus on rather than dropping it to the page.
            onCleared?.()
          }} data-testid="agency-filter-clear">
          {t.agencies.showAll}
        </button>
      )}
    </div>
  )
}
