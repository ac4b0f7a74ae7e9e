import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n'

const MAX_TITLE_LENGTH = 120

interface BoardTitleInputProps {
  title: string
  onSave: (title: string) => void
}

/**
 * The title is a text field styled as a heading: one click or Tab to edit, Enter or leaving
 * the field saves, Escape restores. A visible label is not needed next to a heading-like field,
 * so it carries an accessible name instead.
 */
export function BoardTitleInput({ title, onSave }: BoardTitleInputProps) {
  const t = useT()
  const [draft, setDraft] = useState(title)
  const editing = useRef(false)
  // Escape blurs the field; the blur must then not save the draft that was just discarded.
  const discardOnBlur = useRef(false)
  const inputRef = useRef<HTMLInputElement>(null)

  // Someone else renamed the board: show it, unless this person is in the middle of typing.
  useEffect(() => {
    if (!editing.current) setDraft(title)
  }, [title])

  function commit() {
    editing.current = false
    if (discardOnBlur.current) {
      discardOnBlur.current = false
      setDraft(title)
      return
    }
    const next = draft.trim().slice(0, MAX_TITLE_LENGTH)
    setDraft(next)
    if (next !== title) onSave(next)
  }

  return (
    <input
      ref={inputRef}
      className="board-title"
      type="text"
      value={draft}
      placeholder={t.board.untitled}
      aria-label={t.board.titleLabel}
      maxLength={MAX_TITLE_LENGTH}
      spellCheck={false}
      data-testid="board-title"
      size={Math.min(Math.max(draft.length || t.board.untitled.length, 8), 40)}
      onFocus={() => {
        editing.current = true
      }}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          inputRef.current?.blur()
        } else if (event.key === 'Escape') {
          event.preventDefault()
          discardOnBlur.current = true
          inputRef.current?.blur()
        }
      }}
    />
  )
}
