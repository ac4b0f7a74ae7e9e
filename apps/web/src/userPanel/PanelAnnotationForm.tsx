import {
  ANNOTATION_TEXT_MAX,
  createAnnotationId,
  FEELINGS,
  findPersonalData,
  type AnnotationAuthor,
  type Feeling,
  type PersonalDataHit,
} from '@sammen/journey-model'
import type { AnnotationsRoom } from '@sammen/sync'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { FeelingFace } from '../annotations/FeelingFace'
import { useT } from '../i18n'
import { PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { rememberOwnAnnotation } from './ownAnnotations'

interface PanelAnnotationFormProps {
  room: AnnotationsRoom
  targetShapeId: string
  stepText: string
  author: AnnotationAuthor
  onSent: () => void
  onCancel: () => void
}

/**
 * "Legg til en kommentar": a feeling on the five-point scale and a few words. Text that looks like personal data
 * is shown to the writer before anything is shared; they change it or send it anyway.
 */
export function PanelAnnotationForm({ room, targetShapeId, stepText, author, onSent, onCancel }: PanelAnnotationFormProps) {
  const t = useT()
  const texts = t.userPanel
  const id = useId()
  const [feeling, setFeeling] = useState<Feeling | null>(null)
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<{ feeling?: string; text?: string; send?: string }>({})
  const [warning, setWarning] = useState<PersonalDataHit[] | null>(null)
  const firstFeelingRef = useRef<HTMLInputElement>(null)
  const textRef = useRef<HTMLTextAreaElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)

  // The notice appears in answer to "Send": move focus there so keyboard and screen-reader users meet it first.
  useEffect(() => {
    if (warning) noticeRef.current?.focus()
  }, [warning])

  const left = ANNOTATION_TEXT_MAX - text.trim().length

  const send = () => {
    if (feeling === null) return
    try {
      const annotation = room.add({
        id: createAnnotationId(),
        targetShapeId,
        feeling,
        text,
        author,
        createdAt: Date.now(),
        handled: null,
      })
      rememberOwnAnnotation(room.boardId, annotation.id)
      onSent()
    } catch {
      setErrors({ send: texts.sendFailed })
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = text.trim()
    const next: typeof errors = {}
    if (feeling === null) next.feeling = texts.chooseFeeling
    if (trimmed === '') next.text = texts.writeText
    else if (trimmed.length > ANNOTATION_TEXT_MAX) next.text = texts.tooLong(ANNOTATION_TEXT_MAX)
    setErrors(next)
    if (next.feeling) return firstFeelingRef.current?.focus()
    if (next.text) return textRef.current?.focus()
    const hits = findPersonalData(trimmed)
    if (hits.length > 0) {
      setWarning(hits)
      return
    }
    send()
  }

  const editText = () => {
    const [first] = warning ?? []
    setWarning(null)
    const input = textRef.current
    if (!input) return
    input.focus()
    // The hits were found in the trimmed text; map back to the textarea's value.
    if (first) {
      const offset = text.length - text.trimStart().length
      input.setSelectionRange(first.start + offset, first.end + offset)
    }
  }

  return (
    <form className="panel-form" onSubmit={submit} noValidate aria-label={texts.addCommentTo(stepText)} data-testid="panel-annotation-form">
      <fieldset
        className="panel-form__feelings"
        aria-describedby={errors.feeling ? `${id}-feeling-error` : undefined}
        aria-invalid={errors.feeling ? true : undefined}
      >
        <legend className="panel-form__label">{texts.feelingLegend}</legend>
        {errors.feeling && (
          <p id={`${id}-feeling-error`} className="panel-form__error">
            {errors.feeling}
          </p>
        )}
        <div className="panel-form__feeling-options">
          {FEELINGS.map((value, index) => (
            <label key={value} className="panel-feeling" data-checked={feeling === value}>
              <input
                ref={index === 0 ? firstFeelingRef : undefined}
                type="radio"
                name={`${id}-feeling`}
                value={value}
                checked={feeling === value}
                onChange={() => {
                  setFeeling(value)
                  setErrors((current) => ({ ...current, feeling: undefined }))
                }}
              />
              <FeelingFace feeling={value} size={36} />
              <span>{texts.feelings[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="panel-form__field">
        <label htmlFor={`${id}-text`} className="panel-form__label">
          {texts.textLabel}
        </label>
        <p id={`${id}-hint`} className="panel-form__hint">
          {texts.textHint(ANNOTATION_TEXT_MAX)}
        </p>
        {errors.text && (
          <p id={`${id}-text-error`} className="panel-form__error">
            {errors.text}
          </p>
        )}
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="panel-form__textarea"
          rows={4}
          value={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={[`${id}-hint`, errors.text ? `${id}-text-error` : null, `${id}-count`].filter(Boolean).join(' ')}
          onChange={(event) => {
            setText(event.target.value)
            setWarning(null)
            setErrors((current) => ({ ...current, text: undefined, send: undefined }))
          }}
        />
        <p id={`${id}-count`} className="panel-form__count" data-over={left < 0}>
          {texts.charactersLeft(left)}
        </p>
      </div>

      {warning && (
        <PersonalDataNotice ref={noticeRef} hits={warning} proceedLabel={texts.personalData.sendAnyway} onEdit={editText} onProceed={send} />
      )}
      {errors.send && (
        <p className="panel-form__error" role="alert">
          {errors.send}
        </p>
      )}

      {!warning && (
        <div className="panel-form__actions">
          <button type="submit" className="button button--primary button--large">
            {texts.send}
          </button>
          <button type="button" className="button button--secondary button--large" onClick={onCancel}>
            {texts.cancel}
          </button>
        </div>
      )}
    </form>
  )
}
