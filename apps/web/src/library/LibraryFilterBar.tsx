import { useId, useRef } from 'react'
import { useT } from '../i18n'
import type { LibraryFilters } from './libraryFilters'

interface Choices {
  lifeEvents: { id: string; name: string }[]
  agencies: { id: string; name: string }[]
}

/**
 * Life event, agency and text: native selects and a text field in a fieldset, so each is one Tab stop with its label,
 * and every change goes into the address at once (a link keeps the filters).
 */
export function LibraryFilterBar({ filters, choices, onChange }: { filters: LibraryFilters; choices: Choices; onChange: (next: LibraryFilters) => void }) {
  const t = useT()
  const f = t.library.filters
  const ids = { lifeEvent: useId(), agency: useId(), text: useId() }
  const firstRef = useRef<HTMLSelectElement>(null)
  // A filter the address names but no board has (a shared link, a board since deleted) stays visible and choosable.
  const lifeEvents = withCurrent(choices.lifeEvents, filters.lifeEventId)
  const agencies = withCurrent(choices.agencies, filters.agencyId)
  const clear = () => {
    onChange({ ...filters, lifeEventId: '', agencyId: '', text: '' })
    // The button goes with the filters: focus stays in the filters instead of falling to the page's start.
    firstRef.current?.focus()
  }
  const anySet = filters.lifeEventId !== '' || filters.agencyId !== '' || filters.text !== ''
  return (
    <fieldset className="library-filters" data-testid="library-filters">
      <legend className="library-filters__legend">{f.legend}</legend>
      <div className="library-filters__field">
        <label htmlFor={ids.lifeEvent}>{f.lifeEvent}</label>
        <select
          ref={firstRef}
          id={ids.lifeEvent}
          className="library-filters__select"
          value={filters.lifeEventId}
          onChange={(event) => onChange({ ...filters, lifeEventId: event.target.value })}
          data-testid="library-filter-life-event"
        >
          <option value="">{f.allLifeEvents}</option>
          {lifeEvents.map((lifeEvent) => (
            <option key={lifeEvent.id} value={lifeEvent.id}>
              {lifeEvent.name}
            </option>
          ))}
        </select>
      </div>
      <div className="library-filters__field">
        <label htmlFor={ids.agency}>{f.agency}</label>
        <select
          id={ids.agency}
          className="library-filters__select"
          value={filters.agencyId}
          onChange={(event) => onChange({ ...filters, agencyId: event.target.value })}
          data-testid="library-filter-agency"
        >
          <option value="">{f.allAgencies}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
      </div>
      <div className="library-filters__field library-filters__field--text">
        <label htmlFor={ids.text}>{f.text}</label>
        <input
          id={ids.text}
          className="text-input"
          type="text"
          value={filters.text}
          maxLength={200}
          onChange={(event) => onChange({ ...filters, text: event.target.value })}
          data-testid="library-filter-text"
        />
      </div>
      {anySet && (
        <button type="button" className="button button--secondary library-filters__clear" onClick={clear} data-testid="library-filters-clear">
          {f.clear}
        </button>
      )}
    </fieldset>
  )
}

function withCurrent(options: { id: string; name: string }[], current: string) {
  return current === '' || options.some((option) => option.id === current) ? options : [...options, { id: current, name: current }]
}
