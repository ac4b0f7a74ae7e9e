import { AGENCY_LEVELS, readableTextColour, type Agency, type AgencyLevel } from '@sammen/journey-model'
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { useT } from '../i18n'
import './own-agency.css'
import { checkOwnAgency, MAX_SHORT_NAME_LENGTH, suggestOwnAgencyColour, type OwnAgencyDraft } from './ownAgency'

interface OwnAgencyFieldsProps {
  /** Agencies already chosen (their names are taken, their colours to keep apart). */
  known: readonly Agency[]
  onAdd: (agency: Agency) => void
  onCancel: () => void
}

/**
 * The fields for an agency or actor the catalogue lacks: name, short name, level and colour, with a live preview
 * of a card in that colour and its text contrast. Not a `<form>` of its own, so it can sit inside the new-board
 * form; Enter in a text field adds, Escape cancels.
 */
export function OwnAgencyFields({ known, onAdd, onCancel }: OwnAgencyFieldsProps) {
  const t = useT()
  const text = t.agencies.ownForm
  const ids = { title: useId(), name: useId(), nameHint: useId(), nameError: useId(), short: useId(), shortHint: useId(), shortError: useId(), level: useId(), colour: useId(), colourStatus: useId() }
  const nameRef = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState<OwnAgencyDraft>(() => ({ name: '', shortName: '', level: 'kommune', colour: suggestOwnAgencyColour(known.map((agency) => agency.colour)) }))
  const [showErrors, setShowErrors] = useState(false)
  const check = useMemo(() => checkOwnAgency(draft, known), [draft, known])
  // The fields appear because the person asked for them: start where they type.
  useEffect(() => nameRef.current?.focus(), [])
  const update = (change: Partial<OwnAgencyDraft>) => setDraft((current) => ({ ...current, ...change }))

  function add() {
    if (!check.agency) {
      setShowErrors(true)
      if (check.errors.name) nameRef.current?.focus()
      return
    }
    onAdd(check.agency)
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onCancel()
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'text') {
      event.preventDefault()
      add()
    }
  }

  const nameError = showErrors && check.errors.name
    ? check.errors.name === 'name-taken'
      ? text.nameTaken(check.nameTakenBy?.name ?? '')
      : text.errors[check.errors.name]
    : undefined
  const shortError = showErrors && check.errors.shortName ? text.errors[check.errors.shortName] : undefined
  const colourError = check.errors.colour ? text.errors[check.errors.colour] : undefined
  const previewName = draft.shortName.trim() || draft.name.trim() || text.previewFallback
  const previewStyle = { '--own-colour': draft.colour, '--own-text': readableTextColour(draft.colour) } as CSSProperties

  return (
    <div className="own-agency" role="group" aria-labelledby={ids.title} onKeyDown={onKeyDown} data-testid="own-agency-fields">
      <h3 id={ids.title} className="own-agency__title">
        {text.title}
      </h3>
      <div className="field own-agency__field">
        <label htmlFor={ids.name}>{text.name}</label>
        <p id={ids.nameHint} className="own-agency__hint">
          {text.nameHint}
        </p>
        <input
          ref={nameRef}
          id={ids.name}
          className="text-input"
          type="text"
          autoComplete="off"
          value={draft.name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${ids.nameHint} ${ids.nameError}` : ids.nameHint}
          onChange={(event) => update({ name: event.target.value })}
        />
        {nameError && (
          <p id={ids.nameError} className="own-agency__error" role="alert">
            {nameError}
          </p>
        )}
      </div>
      <div className="field own-agency__field">
        <label htmlFor={ids.short}>{text.shortName}</label>
        <p id={ids.shortHint} className="own-agency__hint">
          {text.shortNameHint(MAX_SHORT_NAME_LENGTH)}
        </p>
        <input
          id={ids.short}
          className="text-input"
          type="text"
          autoComplete="off"
          maxLength={MAX_SHORT_NAME_LENGTH + 10}
          value={draft.shortName}
          aria-invalid={shortError ? true : undefined}
          aria-describedby={shortError ? `${ids.shortHint} ${ids.shortError}` : ids.shortHint}
          onChange={(event) => update({ shortName: event.target.value })}
        />
        {shortError && (
          <p id={ids.shortError} className="own-agency__error" role="alert">
            {shortError}
          </p>
        )}
      </div>
      <div className="own-agency__row">
        <div className="field own-agency__field">
          <label htmlFor={ids.level}>{text.level}</label>
          <select id={ids.level} value={draft.level} onChange={(event) => update({ level: event.target.value as AgencyLevel })}>
            {AGENCY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.cards.agencyLevels[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="field own-agency__field own-agency__colour">
          <label htmlFor={ids.colour}>{text.colour}</label>
          <input
            id={ids.colour}
            type="color"
            value={draft.colour}
            aria-describedby={ids.colourStatus}
            aria-invalid={colourError ? true : undefined}
            onChange={(event) => update({ colour: event.target.value })}
          />
        </div>
      </div>
      <div className="own-agency__preview" style={previewStyle}>
        <span className="own-agency__chip" aria-hidden="true">
          {previewName}
        </span>
        <p id={ids.colourStatus} className={colourError ? 'own-agency__error' : 'own-agency__contrast'} aria-live="polite">
          {text.contrast(check.contrast.toFixed(1))} {colourError ?? text.contrastOk}
          {!colourError && check.similarColourTo && <> {text.similarColour(check.similarColourTo.name)}</>}
        </p>
      </div>
      <div className="own-agency__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {text.cancel}
        </button>
        <button type="button" className="button button--primary" onClick={add} data-testid="add-own-agency">
          {text.add}
        </button>
      </div>
    </div>
  )
}
