import { agencyCatalogue } from '@sammen/journey-model'
import { useId, useMemo, useState, type CSSProperties } from 'react'
import { useT } from '../i18n'
import { filterAgencies } from '../shapes/painPoint/filterAgencies'

interface AgencyChecklistProps {
  /** The chosen agencies, in the order they go onto the board. */
  selected: readonly string[]
  /** The template's agencies, marked "Fra malen" so people see what they started from. */
  fromTemplate: readonly string[]
  onChange: (selected: string[]) => void
  /** Id of the section heading that names the list. */
  labelledBy: string
}

/**
 * The whole agency catalogue as checkboxes, grouped by level, with a search that narrows it (the same matching as
 * the pain point owner dialog). Items never move when ticked, so focus and the reading order stay put.
 */
export function AgencyChecklist({ selected, fromTemplate, onChange, labelledBy }: AgencyChecklistProps) {
  const t = useT()
  const searchId = useId()
  const countId = useId()
  const [query, setQuery] = useState('')
  const groups = useMemo(() => filterAgencies(agencyCatalogue, query, 'all'), [query])
  const chosen = new Set(selected)
  const inTemplate = new Set(fromTemplate)

  function toggle(agencyId: string, checked: boolean) {
    onChange(checked ? [...selected, agencyId] : selected.filter((id) => id !== agencyId))
  }

  return (
    <div className="agency-checklist">
      <div className="agency-checklist__toolbar">
        <div className="field agency-checklist__search">
          <label htmlFor={searchId}>{t.newBoard.search}</label>
          <input
            id={searchId}
            className="text-input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            placeholder={t.newBoard.searchHint}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={countId}
          />
        </div>
        <p id={countId} className="agency-checklist__count" role="status" data-testid="selected-agency-count">
          {t.newBoard.selectedCount(selected.length)}
        </p>
      </div>
      <div className="agency-checklist__list" role="group" aria-labelledby={labelledBy}>
        {groups.length === 0 && <p className="agency-checklist__empty">{t.newBoard.noMatch}</p>}
        {groups.map((group) => (
          <div key={group.level ?? 'search'} className="agency-checklist__group" role="group" aria-label={group.level ? t.cards.agencyLevels[group.level] : undefined}>
            {group.level && (
              <p className="agency-checklist__group-title" aria-hidden="true">
                {t.cards.agencyLevels[group.level]}
              </p>
            )}
            <div className="agency-checklist__items">
              {group.agencies.map((agency) => (
                <label key={agency.id} className="agency-check" style={{ '--agency-colour': agency.colour } as CSSProperties}>
                  <input
                    type="checkbox"
                    value={agency.id}
                    checked={chosen.has(agency.id)}
                    onChange={(event) => toggle(agency.id, event.target.checked)}
                  />
                  <span className="agency-check__swatch" aria-hidden="true" />
                  <span className="agency-check__name">{agency.name}</span>
                  {inTemplate.has(agency.id) && <span className="agency-check__badge">{t.newBoard.inTemplate}</span>}
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  )
}
