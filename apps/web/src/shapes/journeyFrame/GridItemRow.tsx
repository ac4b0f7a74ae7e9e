import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react'

/**
 * One phase or lane in the frame panel: its name (saved on Enter or when focus leaves, Escape undoes the typing, so a
 * rename is one undo step, not one per letter) and its buttons.
 */
export function GridItemRow({ name, label, onRename, children }: { name: string; label: string; onRename: (name: string) => void; children: ReactNode }) {
  const [draft, setDraft] = useState(name)
  const [isFocused, setFocused] = useState(false)
  // A rename by someone else (or an undo) replaces the draft, unless this person is typing in it.
  useEffect(() => {
    if (!isFocused) setDraft(name)
  }, [name, isFocused])
  const commit = () => {
    const next = draft.trim()
    if (next === '') setDraft(name)
    else if (next !== name) onRename(next)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setDraft(name)
    }
  }
  return (
    <li className="journey-frame-panel__item">
      <input
        className="journey-frame-panel__name"
        aria-label={label}
        value={draft}
        maxLength={200}
        onChange={(event) => setDraft(event.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false)
          commit()
        }}
        onKeyDown={onKeyDown}
      />
      <div className="journey-frame-panel__buttons">{children}</div>
    </li>
  )
}

/** A small button with a glyph; `item`/`action` let the panel find it again to put focus back after a re-render. */
export function IconButton({
  label,
  onClick,
  disabled,
  item,
  action,
  children,
}: {
  label: string
  onClick: () => void
  disabled?: boolean
  item?: string
  action?: string
  children: ReactNode
}) {
  return (
    <button type="button" className="journey-frame-panel__icon" aria-label={label} title={label} onClick={onClick} disabled={disabled} data-item={item} data-action={action}>
      <span aria-hidden="true">{children}</span>
    </button>
  )
}
