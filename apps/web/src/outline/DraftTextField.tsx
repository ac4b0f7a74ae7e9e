import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../i18n'
import { hitKinds, PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { OutlineEditContext } from './OutlineEditContext'
import type { PendingCardText } from '../shapes/cardTextPrivacy/pendingCardText'
import { DraftTextSession, heldBack } from './draftTextSession'

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

/**
 * A text field bound to a value others may change at the same time. While this person types, their draft is what
 * the field shows (a remote change never jumps the caret or eats a letter); it is saved after a short pause, on
 * Enter, when they leave and when the field goes away. Escape puts back the text the field had when they came in,
 * if they saved anything since. Text that looks like a national identity number, phone number or e-mail address
 * stays in this tab, with a warning, until the writer changes it or shares it anyway (as on the canvas: boards
 * must not hold personal data).
 */
export function DraftTextField({ label, value, privacyKey, onCommit, onDone, multiline = false, readOnly = false, describedBy, className, testId }: DraftTextFieldProps) {
  const t = useT()
  const id = useId()
  const noticeId = useId()
  // Text held back when this field was last rendered (before a remote move re-mounted it) is shown again.
  const [held, setHeld] = useState<PendingCardText | null>(() => heldBack(privacyKey))
  const [draft, setDraft] = useState<string | null>(() => held?.text ?? null)
  const controlRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const [session] = useState(() => new DraftTextSession({ privacyKey, onCommit }, setHeld))
  useEffect(() => {
    session.target = { privacyKey, onCommit }
  })
  useEffect(() => {
    // Set again on every mount: StrictMode's trial unmount disposes the session once and mounts it again.
    session.onHeld = setHeld
    return () => session.dispose()
  }, [session])

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
    session.type(text)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      session.cancel(value)
      setDraft(null)
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault()
      session.flush(true)
    }
  }

  const shareAnyway = () => {
    session.shareAnyway()
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
      session.begin(value)
    },
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onKeyDown,
    onBlur: () => {
      if (session.flush(true)) setDraft(null)
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
