import { useId } from 'react'
import { useT } from '../i18n'
import { MAX_NAME_LENGTH, useAppStore } from '../state/appStore'

/** The name other people see next to this person's cursor; saved as it is typed. */
export function PersonNameField() {
  const t = useT()
  const person = useAppStore((state) => state.person)
  const setPersonName = useAppStore((state) => state.setPersonName)
  const inputId = useId()
  const hintId = useId()
  return (
    <div className="person-field">
      <label htmlFor={inputId} className="person-field__label">
        {t.person.nameLabel}
      </label>
      <div className="person-field__row">
        <span className="person-field__swatch" style={{ background: person.color }} aria-hidden="true" />
        <input
          id={inputId}
          className="text-input"
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          value={person.name}
          aria-describedby={hintId}
          data-testid="person-name"
          onChange={(event) => setPersonName(event.target.value)}
        />
      </div>
      <p id={hintId} className="person-field__hint">
        {t.person.nameHint}
      </p>
    </div>
  )
}
