import { findPersonalData, type PersonalDataHit } from '@sammen/journey-model'
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import { useEditor } from 'tldraw'
import { useT } from '../../i18n'
import { hitKinds, PersonalDataNotice } from '../../privacy/PersonalDataNotice'
import { AgencyOptions } from '../AgencyOptions'
import { agencyDisplay } from '../agencyDisplay'
import { useBoardAgencies } from '../useBoardAgencies'
import './details.css'

/**
 * The details panel of the selected card. Escape inside it goes back to the canvas with the card still selected
 * (tldraw's document handler would otherwise also clear the selection).
 */
export function DetailsPanel({ label, children }: { label: string; children: ReactNode }) {
  const editor = useEditor()
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    editor.getContainer().focus()
  }
  return (
    <section className="tlui-style-panel tlui-style-panel__wrapper card-details" aria-label={label} data-testid="card-details" onKeyDown={onKeyDown}>
      {children}
    </section>
  )
}

/** A heading-like title for a details section (handoff, relation …) inside the panel. */
export function DetailsTitle({ children }: { children: ReactNode }) {
  return <h2 className="card-details__title">{children}</h2>
}

export function SelectField({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId()
  return (
    <div className="card-details__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  )
}

interface TextFieldProps {
  label: string
  value: string
  onCommit: (value: string) => void
  hint?: string
  multiline?: boolean
}

/**
 * A text field that writes when the person leaves it (or presses Enter in a one-line field): one undo step per
 * edit, not one per key, and others see finished words rather than every keystroke. Text that looks like personal
 * data stays in this field, with a warning, until the person changes it or shares it anyway.
 */
export function TextField({ label, value, onCommit, hint, multiline = false }: TextFieldProps) {
  const t = useT().userPanel.personalData
  const id = useId()
  const hintId = useId()
  const [draft, setDraft] = useState(value)
  const [isFocused, setFocused] = useState(false)
  const [held, setHeld] = useState<PersonalDataHit[] | null>(null)
  const controlRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  // The warning may open below the panel's fold: bring it into view without taking focus.
  useEffect(() => {
    if (held) noticeRef.current?.scrollIntoView({ block: 'nearest' })
  }, [held])
  // Someone else's edit shows up unless this person is in the middle of typing or has text held back.
  useEffect(() => {
    if (!isFocused && !held) setDraft(value)
  }, [value, isFocused, held])
  const commit = (viaEnter = false) => {
    if (draft === value) return setHeld(null)
    const hits = findPersonalData(draft)
    if (hits.length > 0) {
      setHeld(hits)
      // In answer to Enter the warning takes focus; leaving the field should not be pulled back.
      if (viaEnter) requestAnimationFrame(() => noticeRef.current?.focus())
      return
    }
    setHeld(null)
    onCommit(draft)
  }
  const shareAnyway = () => {
    setHeld(null)
    onCommit(draft)
  }
  const edit = () => {
    const [first] = held ?? []
    setHeld(null)
    const control = controlRef.current
    control?.focus()
    if (control && first) control.setSelectionRange(first.start, first.end)
  }
  const common = {
    id,
    ref: controlRef,
    value: draft,
    'aria-describedby': hint ? hintId : undefined,
    'aria-invalid': held ? true : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false)
      commit()
    },
  }
  return (
    <div className="card-details__field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(true)
          }}
        />
      )}
      {hint && (
        <p id={hintId} className="card-details__hint">
          {hint}
        </p>
      )}
      {held && <PersonalDataNotice ref={noticeRef} hits={held} detail={t.notShared} proceedLabel={t.shareAnyway} onEdit={edit} onProceed={shareAnyway} />}
      <p className="visually-hidden" role="status">
        {held ? `${hitKinds(held).map((kind) => t[kind]).join('. ')} – ${t.rule} ${t.notShared}` : ''}
      </p>
    </div>
  )
}

/**
 * Several agencies: chips with a remove button each, and "add" as a select plus a button (a select that adds on
 * change would add every agency a keyboard user arrows past).
 */
export function AgencyListField({ label, agencyIds, onChange }: { label: string; agencyIds: readonly string[]; onChange: (agencyIds: string[]) => void }) {
  const t = useT()
  const selectId = useId()
  const boardAgencies = useBoardAgencies()
  const [choice, setChoice] = useState('')
  const add = () => {
    if (choice === '' || agencyIds.includes(choice)) return
    onChange([...agencyIds, choice])
    setChoice('')
  }
  const remove = (id: string) => {
    onChange(agencyIds.filter((known) => known !== id))
    document.getElementById(selectId)?.focus()
  }
  return (
    <fieldset className="card-details__agencies">
      <legend>{label}</legend>
      {agencyIds.length === 0 ? (
        <p className="card-details__empty">{t.moreCards.details.noAgenciesYet}</p>
      ) : (
        <ul className="card-details__agency-list">
          {agencyIds.map((id) => {
            const agency = agencyDisplay(id, boardAgencies)
            const name = agency?.name ?? id
            return (
              <li key={id} style={{ '--agency-colour': agency?.colour } as CSSProperties}>
                <span className="card-details__swatch" aria-hidden="true" />
                <span className="card-details__agency-name">{name}</span>
                <button type="button" className="card-details__remove" aria-label={t.moreCards.details.removeAgency(name)} title={t.moreCards.details.removeAgency(name)} onClick={() => remove(id)}>
                  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                    <path d="M3 3l6 6M9 3l-6 6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
                  </svg>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div className="card-details__add">
        <label htmlFor={selectId} className="visually-hidden">
          {t.moreCards.details.addAgency}
        </label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t.moreCards.details.chooseAgency}</option>
          <AgencyOptions currentId="" />
        </select>
        <button type="button" className="card-details__add-button" onClick={add} disabled={choice === '' || agencyIds.includes(choice)}>
          {t.moreCards.details.addAgency}
        </button>
      </div>
    </fieldset>
  )
}
