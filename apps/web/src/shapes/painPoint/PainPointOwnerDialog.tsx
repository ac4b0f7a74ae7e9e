import { PAIN_POINT_CATEGORIES, type PainPointCategory, type Severity } from '@sammen/journey-model'
import { SEVERITIES } from '@sammen/journey-shapes'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useT } from '../../i18n'
import { AgencyPicker } from './AgencyPicker'
import { SeverityMarker } from './SeverityMarker'

export interface PainPointChoice {
  ownerAgencyId: string
  severity: Severity
  category: PainPointCategory
}

interface PainPointOwnerDialogProps {
  onCreate: (choice: PainPointChoice) => void
  onCancel: () => void
}

/**
 * Asks who owns a pain point before it exists. A modal `<dialog>`: the browser traps focus, Escape cancels (and
 * with it the unfinished card) and focus returns afterwards. Finishing without an owner shows why it cannot.
 */
export function PainPointOwnerDialog({ onCreate, onCancel }: PainPointOwnerDialogProps) {
  const t = useT()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const ids = { title: useId(), intro: useId(), error: useId(), category: useId() }
  const [ownerAgencyId, setOwner] = useState('')
  const [severity, setSeverity] = useState<Severity>(2)
  const [category, setCategory] = useState<PainPointCategory>('annet')
  const [showOwnerError, setShowOwnerError] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    dialog.showModal()
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => dialog.close()
  }, [])

  function submit(event: FormEvent) {
    event.preventDefault()
    if (ownerAgencyId === '') {
      setShowOwnerError(true)
      dialogRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
      return
    }
    onCreate({ ownerAgencyId, severity, category })
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog owner-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      data-testid="pain-point-owner-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={ids.title} className="dialog__title">
          {t.cards.ownerDialog.title}
        </h2>
        <p id={ids.intro} className="owner-dialog__intro">
          {t.cards.ownerDialog.intro}
        </p>
        <AgencyPicker
          value={ownerAgencyId}
          onChange={(id) => {
            setOwner(id)
            setShowOwnerError(false)
          }}
          errorId={showOwnerError ? ids.error : undefined}
        />
        {showOwnerError && (
          <p id={ids.error} className="owner-dialog__error" role="alert">
            {t.cards.ownerDialog.chooseOwnerFirst}
          </p>
        )}
        <div className="owner-dialog__details">
          <fieldset className="severity-choice">
            <legend>{t.cards.ownerDialog.severity}</legend>
            {SEVERITIES.map((level) => (
              <label key={level} className="severity-choice__option">
                <input type="radio" name="severity" value={level} checked={severity === level} onChange={() => setSeverity(level)} />
                <SeverityMarker severity={level} />
                <span>
                  <strong>{level}</strong> {t.cards.severityLevels[level]}
                </span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={ids.category}>{t.cards.ownerDialog.category}</label>
            <select id={ids.category} value={category} onChange={(event) => setCategory(event.target.value as PainPointCategory)}>
              {PAIN_POINT_CATEGORIES.map((option) => (
                <option key={option} value={option}>
                  {t.cards.categories[option]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t.cards.ownerDialog.cancel}
          </button>
          <button type="submit" className="button button--primary">
            {t.cards.ownerDialog.create}
          </button>
        </div>
      </form>
    </dialog>
  )
}
