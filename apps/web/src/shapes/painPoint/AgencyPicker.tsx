import { agencyCatalogue, AGENCY_LEVELS, type Agency, type AgencyLevel } from '@sammen/journey-model'
import { useId, useMemo, useState, type CSSProperties } from 'react'
import { useT } from '../../i18n'
import { useBoardAgencyList } from '../useBoardAgencies'
import { agencyGroupKey, filterAgencies } from './filterAgencies'

interface AgencyPickerProps {
  value: string
  onChange: (agencyId: string) => void
  /** Id of the message shown when someone tries to finish without choosing. */
  errorId?: string
}

/**
 * A level filter, a search field and the board's own agencies, then the catalogue, as one radio group. Focus starts in the search field and Tab goes
 * on to the list (the level filter is one Shift+Tab away); in the list the arrow keys move and choose, as in any
 * radio group, so no custom keyboard handling is needed.
 */
export function AgencyPicker({ value, onChange, errorId }: AgencyPickerProps) {
  const t = useT()
  const ids = { search: useId(), level: useId() }
  const [query, setQuery] = useState('')
  const [level, setLevel] = useState<AgencyLevel | 'all'>('all')
  const onBoard = useBoardAgencyList()
  const groups = useMemo(() => filterAgencies<Agency>(agencyCatalogue, query, level, onBoard), [query, level, onBoard])

  return (
    <div className="agency-picker">
      <div className="agency-picker__filters">
        <div className="field agency-picker__level">
          <label htmlFor={ids.level}>{t.cards.ownerDialog.level}</label>
          <select id={ids.level} value={level} onChange={(event) => setLevel(event.target.value as AgencyLevel | 'all')}>
            <option value="all">{t.cards.ownerDialog.allLevels}</option>
            {AGENCY_LEVELS.map((option) => (
              <option key={option} value={option}>
                {t.cards.agencyLevels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field agency-picker__search">
          <label htmlFor={ids.search}>{t.cards.ownerDialog.search}</label>
          <input
            id={ids.search}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={query}
            placeholder={t.cards.ownerDialog.searchHint}
            onChange={(event) => setQuery(event.target.value)}
            data-autofocus
          />
        </div>
      </div>
      <fieldset className="agency-picker__list" aria-describedby={errorId}>
        <legend className="visually-hidden">{t.cards.ownerDialog.agencies}</legend>
        {groups.length === 0 && (
          <p className="agency-picker__empty" role="status">
            {t.cards.ownerDialog.noMatch}
          </p>
        )}
        {groups.map((group) => {
          const title = group.onBoard ? t.agencies.onThisBoard : group.level ? t.cards.agencyLevels[group.level] : undefined
          return (
            <div key={agencyGroupKey(group)} className="agency-picker__group" role="group" aria-label={title}>
              {title && (
                <p className="agency-picker__group-title" aria-hidden="true">
                  {title}
                </p>
              )}
              {group.agencies.map((agency) => (
                <label key={agency.id} className="agency-option" style={{ '--agency-colour': agency.colour } as CSSProperties}>
                  <input
                    type="radio"
                    name="owner"
                    value={agency.id}
                    checked={value === agency.id}
                    onChange={() => onChange(agency.id)}
                  />
                  <span className="agency-option__swatch" aria-hidden="true" />
                  <span className="agency-option__name">{agency.name}</span>
                  {!group.level && <span className="agency-option__level">{t.cards.agencyLevels[agency.level]}</span>}
                </label>
              ))}
            </div>
          )
        })}
      </fieldset>
    </div>
  )
}
