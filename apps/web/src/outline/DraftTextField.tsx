import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../i18n'
import { hitKinds, PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { OutlineEditContext } from './OutlineEditContext'
import { approvePendingCardText, clearPendingCardText, getPendingCardText, judgeCardText, type PendingCardText } from '../shapes/cardTextPrivacy/pendingCardText'

/** While someone types, the change reaches the board (and everyone on it) after this pause. */
const COMMIT_AFTER_MS = 700

interface DraftTextFieldProps {
  label: string
  value: string
  /**
   * The card (or other shared text) this field writes: text that looks like personal data is held back per key,
   * with the same rules and "Del likevel" memory as on the canvas.
   */
  privacyKey: string
  /** Called with the text to save and a key that is the same for one focus of the field (one undo step). */
  onCommit: (text: string, coalesceKey: string) => void
  /** Called when the person leaves the field: ends the undo step. */
  onDone?: () => void
  multiline?: boolean
  readOnly?: boolean
  describedBy?: string
  className?: string
  testId?: string
}

let focusSessions = 0

/**
 * A text field bound to a value others may change at the same time. While this person types, their draft is what
 * the field shows (a remote change never jumps the caret or eats a letter); it is saved after a short pause, on
 * Enter and when they leave. Escape puts back the text the field had when they came in. Text that looks like a
 * national identity number, phone number or e-mail address stays in this tab, with a warning, until the writer
 * changes it or shares it anyway (as on the canvas: boards must not hold personal data).
 */
export function DraftTextField({ label, value, privacyKey, onCommit, onDone, multiline = false, readOnly = false, describedBy, className, testId }: DraftTextFieldProps) {
  const t = useT()
  const id = useId()
  const noticeId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [held, setHeld] = useState<PendingCardText | null>(null)
  const controlRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const session = useRef('')
  const valueOnFocus = useRef(value)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const pending = useRef<string | null>(null)

  /** Saves the pending text unless it is held back; returns whether the field may show the shared value again. */
  const flush = (final: boolean): boolean => {
    clearTimeout(timer.current)
    const text = pending.current
    if (text === null) return getPendingCardText(privacyKey)?.hits.length ? false : true
    if (judgeCardText(privacyKey, text, { final }) === 'share') {
      onCommit(text, session.current)
      pending.current = null
      setHeld(null)
      return true
    }
    const hold = getPendingCardText(privacyKey) ?? null
    setHeld(hold?.hits.length ? hold : null)
    return false
  }
  useEffect(() => () => clearTimeout(timer.current), [])

  // Say it once when the warning appears or its kinds change, not on every keystroke.
  const announce = useContext(OutlineEditContext)?.announce
  const heldKinds = held ? hitKinds(held.hits).join(',') : ''
  useEffect(() => {
    if (!heldKinds || !announce) return
    const texts = t.userPanel.personalData
    const kinds = heldKinds.split(',') as ReturnType<typeof hitKinds>
    announce(`${kinds.map((kind) => texts[kind]).join('. ')} – ${texts.rule} ${texts.notShared}`)
  }, [heldKinds, announce, t])

  const change = (text: string) => {
    setDraft(text)
    pending.current = text
    clearTimeout(timer.current)
    timer.current = setTimeout(() => flush(false), COMMIT_AFTER_MS)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      clearTimeout(timer.current)
      pending.current = null
      clearPendingCardText(privacyKey)
      setHeld(null)
      if (value !== valueOnFocus.current) onCommit(valueOnFocus.current, session.current)
      setDraft(null)
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault()
      flush(true)
    }
  }

  const shareAnyway = () => {
    const text = approvePendingCardText(privacyKey)
    if (text !== null) onCommit(text, session.current)
    pending.current = null
    setHeld(null)
    setDraft(null)
  }

  const common = {
    id,
    ref: controlRef,
    className: `outline-field__control ${multiline ? 'outline-field__control--multiline' : ''}`,
    value: draft ?? value,
    readOnly,
    'aria-describedby': [describedBy, held ? noticeId : undefined].filter(Boolean).join(' ') || undefined,
    'aria-invalid': held ? true : undefined,
    'data-testid': testId,
    onFocus: () => {
      if (draft !== null) return // back to a held draft: same undo step, same text
      session.current = `text-${++focusSessions}`
      valueOnFocus.current = value
    },
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onKeyDown,
    onBlur: () => {
      if (flush(true)) setDraft(null)
      onDone?.()
    },
  }
  return (
    <div className={`outline-field ${className ?? ''}`}>
      <label htmlFor={id} className="outline-field__label">
        {label}
      </label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {held && (
        <PersonalDataNotice
          id={noticeId}
          hits={held.hits}
          proceedLabel={t.userPanel.personalData.shareAnyway}
          detail={t.userPanel.personalData.notShared}
          onEdit={() => {
            const hit = held.hits[0]
            controlRef.current?.focus()
            if (hit) controlRef.current?.setSelectionRange(hit.start, hit.end)
          }}
          onProceed={shareAnyway}
        />
      )}
    </div>
  )
}
