import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useT } from '../i18n'
import { PencilIcon } from './OutlineIcons'

interface EditableNameProps {
  level: 2 | 3
  headingId: string
  /** What the heading says ("Fase 2: Jeg søker om å få bygge"). */
  heading: string
  name: string
  fieldLabel: string
  renameLabel: string
  canEdit: boolean
  onRename: (name: string) => void
}

/**
 * A heading with a rename button. The name is edited in a small form in place of the button (Enter saves, Escape
 * cancels); focus goes back to the button afterwards, so keyboard users stay where they were.
 */
export function EditableName({ level, headingId, heading, name, fieldLabel, renameLabel, canEdit, onRename }: EditableNameProps) {
  const t = useT()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(name)
  const [error, setError] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const wasEditing = useRef(false)
  const inputId = useId()
  const errorId = useId()
  const Heading = level === 2 ? 'h2' : 'h3'

  useEffect(() => {
    if (editing) inputRef.current?.focus()
    else if (wasEditing.current) buttonRef.current?.focus()
    wasEditing.current = editing
  }, [editing])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next = draft.trim()
    if (next === '') {
      setError(true)
      inputRef.current?.focus()
      return
    }
    if (next !== name) onRename(next)
    setEditing(false)
  }

  return (
    <div className={`outline-name outline-name--h${level}`}>
      <Heading id={headingId} tabIndex={-1} className="outline-name__heading">
        {heading}
      </Heading>
      {canEdit && !editing && (
        <button
          ref={buttonRef}
          type="button"
          className="outline-icon-button"
          aria-label={renameLabel}
          title={renameLabel}
          onClick={() => {
            setDraft(name)
            setError(false)
            setEditing(true)
          }}
        >
          <PencilIcon />
        </button>
      )}
      {editing && (
        <form className="outline-name__form" onSubmit={submit} noValidate>
          <label htmlFor={inputId} className="outline-field__label">
            {fieldLabel}
          </label>
          <div className="outline-name__row">
            <input
              ref={inputRef}
              id={inputId}
              className="outline-field__control"
              value={draft}
              maxLength={200}
              aria-invalid={error || undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setDraft(event.target.value)
                setError(false)
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault()
                  setEditing(false)
                }
              }}
            />
            <button type="submit" className="button button--primary button--small">
              {t.outlineView.save}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setEditing(false)}>
              {t.outlineView.cancel}
            </button>
          </div>
          {error && (
            <p id={errorId} className="outline-error" role="alert">
              {t.outlineView.nameRequired}
            </p>
          )}
        </form>
      )}
    </div>
  )
}
