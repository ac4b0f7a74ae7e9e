import { facilitation } from '@sammen/sync'
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../i18n'

interface MentionInputProps {
  value: string
  onChange: (value: string) => void
  onSubmit: () => void
  agencies: readonly facilitation.MentionableAgency[]
  label: string
  describedBy?: string
  maxLength: number
}

/**
 * The comment field: typing `@` opens a list of agencies (the board's first). ArrowUp/ArrowDown move in the list,
 * Enter or Tab inserts `@Name `, Escape closes the list; Enter without an open list sends. ARIA 1.2 combobox.
 */
export function MentionInput({ value, onChange, onSubmit, agencies, label, describedBy, maxLength }: MentionInputProps) {
  const t = useT()
  const inputId = useId()
  const listId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [caret, setCaret] = useState(0)
  const [active, setActive] = useState(0)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const query = facilitation.mentionQueryAt(value, caret)
  const suggestions = query && dismissedAt !== query.start ? facilitation.suggestAgencies(query.query, agencies, 8) : []
  const open = suggestions.length > 0
  const activeIndex = Math.min(active, suggestions.length - 1)

  const choose = (agency: facilitation.MentionableAgency) => {
    if (!query) return
    const before = value.slice(0, query.start)
    const after = value.slice(caret)
    const inserted = `@${agency.shortName} `
    const next = `${before}${inserted}${after.replace(/^\S*/, '').replace(/^ /, '')}`
    const nextCaret = before.length + inserted.length
    onChange(next)
    setCaret(nextCaret)
    setActive(0)
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(nextCaret, nextCaret))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((activeIndex + step + suggestions.length) % suggestions.length)
      return
    }
    if (open && (event.key === 'Enter' || event.key === 'Tab')) {
      const agency = suggestions[activeIndex]
      if (agency) {
        event.preventDefault()
        choose(agency)
      }
      return
    }
    if (open && event.key === 'Escape') {
      // Close the list only; a second Escape closes the panel.
      event.preventDefault()
      setDismissedAt(query?.start ?? null)
      return
    }
    if (event.key === 'Enter') {
      event.preventDefault()
      onSubmit()
    }
  }

  const optionId = (index: number) => `${listId}-${index}`
  return (
    <div className="mention-input">
      <label htmlFor={inputId} className="facilitation-field-label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        className="mention-input__field"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        maxLength={maxLength}
        value={value}
        onChange={(event) => {
          onChange(event.target.value)
          setCaret(event.target.selectionStart ?? event.target.value.length)
          setActive(0)
          setDismissedAt(null)
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onKeyDown={onKeyDown}
        data-testid="comment-input"
      />
      <ul id={listId} role="listbox" aria-label={t.facilitation.comments.suggestions} className="mention-input__list" hidden={!open} data-testid="mention-suggestions">
        {suggestions.map((agency, index) => (
          <li
            key={agency.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="mention-input__option"
            // mousedown, not click: keep focus (and the caret) in the field.
            onMouseDown={(event) => {
              event.preventDefault()
              choose(agency)
            }}
          >
            <span className="mention-input__short">@{agency.shortName}</span>
            {agency.name !== agency.shortName && <span className="mention-input__name">{agency.name}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
