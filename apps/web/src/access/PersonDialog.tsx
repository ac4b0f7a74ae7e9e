import { useId, useMemo, useState, type FormEvent } from 'react'
import { useT } from '../i18n'
import { useModalDialog } from '../components/useModalDialog'
import { MAX_NAME_LENGTH, useAppStore } from '../state/appStore'
import { agencyChoices } from './boardAgencies'
import './access.css'

/** The select's value for "Innbygger / brukerpanel" (an agency id is never empty, and never this). */
const CITIZEN = '__citizen__'

interface PersonDialogProps {
  /** 'first-visit' asks on the first visit to a board (no way around it); 'edit' is opened from the people list. */
  purpose: 'first-visit' | 'edit'
  boardAgencyIds: readonly string[]
  /** Preselect "Innbygger / brukerpanel" when nothing is chosen yet (user-panel links). */
  suggestCitizen?: boolean
  onClose: () => void
}

/**
 * Name and agency, without an account. Pseudonyms are welcome (the hint says so): boards are not meant
 * to hold personal data, and a user panel member may not want their name on a public agency's board.
 */
export function PersonDialog({ purpose, boardAgencyIds, suggestCitizen = false, onClose }: PersonDialogProps) {
  const t = useT().access.person
  const language = useAppStore((state) => state.language)
  const person = useAppStore((state) => state.person)
  const setPersonName = useAppStore((state) => state.setPersonName)
  const setPersonAgency = useAppStore((state) => state.setPersonAgency)
  const { dialogRef, initialFocusRef } = useModalDialog<HTMLInputElement>()
  const [name, setName] = useState(person.name)
  const [agency, setAgency] = useState(() =>
    person.agencyId === undefined ? (suggestCitizen ? CITIZEN : '') : person.agencyId === null ? CITIZEN : person.agencyId,
  )
  const [showErrors, setShowErrors] = useState(false)
  const choices = useMemo(() => agencyChoices(boardAgencyIds, language), [boardAgencyIds, language])
  const ids = { title: useId(), intro: useId(), name: useId(), nameHint: useId(), nameError: useId(), agency: useId(), agencyHint: useId(), agencyError: useId() }
  const nameMissing = name.trim() === ''
  const agencyMissing = agency === ''

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (nameMissing || agencyMissing) {
      setShowErrors(true)
      const firstInvalid = nameMissing ? ids.name : ids.agency
      document.getElementById(firstInvalid)?.focus()
      return
    }
    setPersonName(name.trim())
    setPersonAgency(agency === CITIZEN ? null : agency)
    onClose()
  }

  const currentChoiceKnown = agency === '' || agency === CITIZEN || [...choices.onBoard, ...choices.others].some((choice) => choice.id === agency)

  return (
    <dialog
      ref={dialogRef}
      className="dialog person-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      data-testid="person-dialog"
      onCancel={(event) => {
        event.preventDefault()
        // The first visit needs an answer before others see this person; editing can be abandoned.
        if (purpose === 'edit') onClose()
      }}
    >
      <h2 id={ids.title} className="dialog__title">
        {purpose === 'first-visit' ? t.title : t.editTitle}
      </h2>
      <p id={ids.intro} className="access-form__hint person-dialog__intro">
        {t.intro}
      </p>
      <form className="access-form person-dialog__form" noValidate onSubmit={submit}>
        <div className="access-form__field">
          <label htmlFor={ids.name} className="access-form__label">
            {t.nameLabel}
          </label>
          <input
            ref={initialFocusRef}
            id={ids.name}
            type="text"
            autoComplete="nickname"
            maxLength={MAX_NAME_LENGTH}
            value={name}
            required
            aria-invalid={showErrors && nameMissing}
            aria-describedby={showErrors && nameMissing ? `${ids.nameError} ${ids.nameHint}` : ids.nameHint}
            data-testid="person-dialog-name"
            onChange={(event) => setName(event.target.value)}
            onFocus={(event) => event.currentTarget.select()}
          />
          {showErrors && nameMissing && (
            <p id={ids.nameError} className="access-form__error">
              {t.nameRequired}
            </p>
          )}
          <p id={ids.nameHint} className="access-form__hint">
            {t.nameHint}
          </p>
        </div>
        <div className="access-form__field">
          <label htmlFor={ids.agency} className="access-form__label">
            {t.agencyLabel}
          </label>
          <select
            id={ids.agency}
            value={agency}
            required
            aria-invalid={showErrors && agencyMissing}
            aria-describedby={showErrors && agencyMissing ? `${ids.agencyError} ${ids.agencyHint}` : ids.agencyHint}
            data-testid="person-dialog-agency"
            onChange={(event) => setAgency(event.target.value)}
          >
            {agency === '' && <option value="">{t.chooseAgency}</option>}
            <option value={CITIZEN}>{t.citizen}</option>
            {!currentChoiceKnown && <option value={agency}>{agency}</option>}
            {choices.onBoard.length > 0 && (
              <optgroup label={t.boardAgencies}>
                {choices.onBoard.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t.otherAgencies}>
              {choices.others.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </optgroup>
          </select>
          {showErrors && agencyMissing && (
            <p id={ids.agencyError} className="access-form__error">
              {t.agencyRequired}
            </p>
          )}
          <p id={ids.agencyHint} className="access-form__hint">
            {t.agencyHint}
          </p>
        </div>
        <p className="access-form__note">{t.rememberNote}</p>
        <div className="dialog__actions">
          {purpose === 'edit' && (
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t.cancel}
            </button>
          )}
          <button type="submit" className="button button--primary" data-testid="person-dialog-save">
            {purpose === 'first-visit' ? t.join : t.save}
          </button>
        </div>
      </form>
    </dialog>
  )
}
