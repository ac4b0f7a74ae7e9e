import type { Channel } from '@sammen/journey-model'
import { STEP_CARD_DEFAULT_PROPS } from '@sammen/journey-shapes'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import { outlineIds, useOutlineEditing } from './OutlineEditContext'
import { addStep } from './outlineEdits'
import { AgencyOptionList, ChannelOptions } from './OutlineOptions'
import { OutlineSelect } from './OutlineSelect'
import { useNewTextPrivacy } from './useNewTextPrivacy'

/** A new step in one cell (phase × lane). The agency may be chosen later, as on the canvas. */
export function AddStepForm({
  frameId,
  phaseId,
  laneId,
  title,
  onClose,
}: {
  frameId: TLShapeId
  phaseId: string
  laneId: string
  title: string
  onClose: (createdId: TLShapeId | null) => void
}) {
  const t = useT()
  const editing = useOutlineEditing()
  const [text, setText] = useState('')
  const [agencyId, setAgencyId] = useState('')
  const [channel, setChannel] = useState<Channel>(STEP_CARD_DEFAULT_PROPS.channel)
  const [textMissing, setTextMissing] = useState(false)
  const textRef = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const textId = useId()
  const errorId = useId()

  const privacy = useNewTextPrivacy(text, textRef)

  useEffect(() => textRef.current?.focus(), [])

  const submit = (event: FormEvent | null, checked = false) => {
    event?.preventDefault()
    if (text.trim() === '') {
      setTextMissing(true)
      textRef.current?.focus()
      return
    }
    if (!checked && !privacy.mayCreate()) return
    const added = addStep(editing.store, { frameId, phaseId, laneId, text: text.trim(), agencyId, channel })
    if (added && editing.apply('addStep', added.change, { announce: t.outlineView.stepAdded })) {
      editing.focusLater(outlineIds.step(added.id))
      onClose(added.id)
    }
  }

  return (
    <form
      className="outline-form"
      aria-labelledby={titleId}
      onSubmit={submit}
      noValidate
      data-testid="add-step-form"
      onKeyDown={(event) => event.key === 'Escape' && onClose(null)}
    >
      <p id={titleId} className="outline-form__title">
        {title}
      </p>
      <div className="outline-field">
        <label htmlFor={textId} className="outline-field__label">
          {t.outlineView.stepText}
        </label>
        <input
          ref={textRef}
          id={textId}
          className="outline-field__control"
          value={text}
          aria-invalid={textMissing || undefined}
          aria-describedby={textMissing ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setTextMissing(false)
          }}
        />
        {textMissing && (
          <p id={errorId} className="outline-error">
            {t.outlineView.stepTextRequired}
          </p>
        )}
      </div>
      <div className="outline-item__details">
        <OutlineSelect label={t.outlineView.agency} value={agencyId} onChange={setAgencyId}>
          <option value="">{t.outlineView.noAgency}</option>
          <AgencyOptionList boardAgencies={editing.boardAgencies} currentId={agencyId} />
        </OutlineSelect>
        <OutlineSelect label={t.outlineView.channel} value={channel} onChange={(value) => setChannel(value as Channel)}>
          <ChannelOptions />
        </OutlineSelect>
      </div>
      {privacy.notice(() => submit(null, true))}
      <div className="outline-form__actions">
        <button type="button" className="button button--secondary button--small" onClick={() => onClose(null)}>
          {t.outlineView.cancel}
        </button>
        <button type="submit" className="button button--primary button--small" data-testid="save-step">
          {t.outlineView.addStep}
        </button>
      </div>
    </form>
  )
}
