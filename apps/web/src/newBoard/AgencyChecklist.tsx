import { agencyCatalogue, type Agency } from '@sammen/journey-model'
import { useId, useMemo, useRef, useState, type CSSProperties } from 'react'
import { OwnAgencyFields } from '../agencies/OwnAgencyFields'
import { useT } from '../i18n'
import { agencyGroupKey, filterAgencies } from '../shapes/painPoint/filterAgencies'

interface AgencyChecklistProps {
  /** The chosen agencies, in the order they go onto the board. */
  selected: readonly string[]
  /** The template's agencies, marked "Fra malen" so people see what they started from. */
  fromTemplate: readonly string[]
  onChange: (selected: string[]) => void
  /** Agencies people added themselves in this flow, listed first; tick them like any other. */
  ownAgencies: readonly Agency[]
  /** A new own agency: the parent keeps it and ticks it. */
  onAddOwn: (agency: Agency) => void
  /** Id of the section heading that names the list. */
  labelledBy: string
}

/**
 * The whole agency catalogue as checkboxes, grouped by level, with a search that narrows it (the same matching as
 * the pain point owner dialog), after the agencies people added themselves. Items never move when ticked, so
 * focus and the reading order stay put. "Legg til egen etat/aktør" opens the fields for one the catalogue lacks.
 */
export function AgencyChecklist({ selected, fromTemplate, onChange, ownAgencies, onAddOwn, labelledBy }: AgencyChecklistProps) {
  const t = useT()
  const searchId = useId()
  const countId = useId()
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState(false)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const groups = useMemo(() => filterAgencies<Agency>(agencyCatalogue, query, 'all', ownAgencies), [query, ownAgencies])
  // Names and ids to keep clear of: every own agency (also unticked ones) and the chosen catalogue agencies.
  const knownAgencies = useMemo(
    () => [...ownAgencies, ...agencyCatalogue.filter((agency) => selected.includes(agency.id) && !ownAgencies.some((own) => own.id === agency.id))],
    [selected, ownAgencies],
  )
  const chosen = new Set(selected)
  const inTemplate = new Set(fromTemplate)

  function toggle(agencyId: string, checked: boolean) {
    onChange(checked ? [...selected, agencyId] : selected.filter((id) => id !== agencyId))
  }

  function addOwn(agency: Agency) {
    onAddOwn(agency)
    setAdding(false)
    setQuery('')
    // Focus the new, ticked checkbox: it says what happened and lets the person untick it at once.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>(`input[value="${CSS.escape(agency.id)}"]`)?.focus())
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
      {adding ? (
        <OwnAgencyFields
          known={knownAgencies}
          onAdd={addOwn}
          onCancel={() => {
            setAdding(false)
            // The button is back on the next frame; hand focus back to it, not to the page.
            requestAnimationFrame(() => addButtonRef.current?.focus())
          }}
        />
      ) : (
        <button ref={addButtonRef} type="button" className="agency-checklist__add" onClick={() => setAdding(true)} data-testid="open-own-agency">
          <span aria-hidden="true">+</span> {t.agencies.addOwn}
        </button>
      )}
      <div ref={listRef} className="agency-checklist__list" role="group" aria-labelledby={labelledBy}>
        {groups.length === 0 && <p className="agency-checklist__empty">{t.newBoard.noMatch}</p>}
        {groups.map((group) => {
          const title = group.onBoard ? t.agencies.ownGroup : group.level ? t.cards.agencyLevels[group.level] : undefined
          return (
            <div key={agencyGroupKey(group)} className="agency-checklist__group" role="group" aria-label={title}>
              {title && (
                <p className="agency-checklist__group-title" aria-hidden="true">
                  {title}
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
          )
        })}
      </div>
    </div>
  )
}
