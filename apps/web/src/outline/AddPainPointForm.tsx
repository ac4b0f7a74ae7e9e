import type { PainPointCategory } from '@sammen/journey-model'
import { PAIN_POINT_DEFAULT_PROPS, type PainPointProps } from '@sammen/journey-shapes'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import { outlineIds, useOutlineEditing } from './OutlineEditContext'
import { addPainPoint } from './outlineEdits'
import { AgencyOptionList, CategoryOptions, SeverityOptions } from './OutlineOptions'
import { OutlineSelect } from './OutlineSelect'
import { useNewTextPrivacy } from './useNewTextPrivacy'

/**
 * A new pain point under a step. As on the canvas, it is not created until it has an owner: the form says what is
 * missing and takes focus to it. On save, focus goes to the new pain point; on cancel, back to the add button.
 */
export function AddPainPointForm({
  stepId,
  stepName,
  existingPainPointIds,
  onClose,
}: {
  stepId: TLShapeId
  stepName: string
  existingPainPointIds: readonly string[]
  onClose: (createdId: TLShapeId | null) => void
}) {
  const t = useT()
  const editing = useOutlineEditing()
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [severity, setSeverity] = useState<PainPointProps['severity']>(PAIN_POINT_DEFAULT_PROPS.severity)
  const [category, setCategory] = useState<PainPointCategory>(PAIN_POINT_DEFAULT_PROPS.category)
  const [errors, setErrors] = useState<{ text?: boolean; owner?: boolean }>({})
  const textRef = useRef<HTMLInputElement>(null)
  const ownerRef = useRef<HTMLSelectElement>(null)
  const titleId = useId()
  const textId = useId()
  const textErrorId = useId()
  const ownerErrorId = useId()

  const privacy = useNewTextPrivacy(text, textRef)

  useEffect(() => textRef.current?.focus(), [])

  const submit = (event: FormEvent | null, checked = false) => {
    event?.preventDefault()
    const next = { text: text.trim() === '', owner: owner === '' }
    setErrors(next)
    if (next.text) return textRef.current?.focus()
    if (next.owner) return ownerRef.current?.focus()
    if (!checked && !privacy.mayCreate()) return
    const added = addPainPoint(editing.store, stepId, { text: text.trim(), ownerAgencyId: owner, severity, category }, existingPainPointIds)
    if (added && editing.apply('addPainPoint', added.change, { announce: t.outlineView.painPointAdded })) {
      editing.focusLater(outlineIds.painPoint(added.id))
      onClose(added.id)
    }
  }

  return (
    <form className="outline-form" aria-labelledby={titleId} onSubmit={submit}
      noValidate
      data-testid="add-pain-point-form"
      onKeyDown={(event) => event.key === 'Escape' && onClose(null)}
    >
      <p id={titleId} className="outline-form__title">
        {t.outlineView.newPainPointTitle(stepName)}
      </p>
      <div className="outline-field">
        <label htmlFor={textId} className="outline-field__label">
          {t.outlineView.painPointText}
        </label>
        <input
          ref={textRef}
          id={textId}
          className="outline-field__control"
          value={text}
          aria-invalid={errors.text || undefined}
          aria-describedby={errors.text ? textErrorId : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setErrors((current) => ({ ...current, text: false }))
          }}
        />
        {errors.text && (
          <p id={textErrorId} className="outline-error">
            {t.outlineView.painPointTextRequired}
          </p>
        )}
      </div>
      <div className="outline-item__details">
        <div>
          <OutlineSelect
            label={t.outlineView.owner}
            value={owner}
            selectRef={ownerRef}
            invalid={errors.owner}
            describedBy={errors.owner ? ownerErrorId : undefined}
            onChange={(value) => {
              setOwner(value)
              setErrors((current) => ({ ...current, owner: false }))
            }}
          >
            <option value="">{t.outlineView.chooseOwner}</option>
            <AgencyOptionList boardAgencies={editing.boardAgencies} currentId={owner} />
          </OutlineSelect>
          {errors.owner && (
            <p id={ownerErrorId} className="outline-error">
              {t.outlineView.ownerRequired}
            </p>
          )}
        </div>
        <OutlineSelect label={t.outlineView.severity} value={String(severity)} onChange={(value) => setSeverity(Number(value) as PainPointProps['severity'])}>
          <SeverityOptions />
        </OutlineSelect>
        <OutlineSelect label={t.outlineView.category} value={category} onChange={(value) => setCategory(value as PainPointCategory)}>
          <CategoryOptions />
        </OutlineSelect>
      </div>
      {privacy.notice(() => submit(null, true))}
      <div className="outline-form__actions">
        <button type="button" className="button button--secondary button--small" onClick={() => onClose(null)}>
          {t.outlineView.cancel}
        </button>
        <button type="submit" className="button button--primary button--small" data-testid="save-pain-point">
          {t.outlineView.addPainPoint}
        </button>
      </div>
    </form>
  )
}
