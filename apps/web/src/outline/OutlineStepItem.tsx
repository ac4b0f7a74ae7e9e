import type { Channel } from '@sammen/journey-model'
import type { StepCardEmotion, StepCardProps } from '@sammen/journey-shapes'
import { memo, useId, useRef, useState, type CSSProperties } from 'react'
import type { TLShapeId } from 'tldraw'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useT } from '../i18n'
import { agencyDisplay } from '../shapes/agencyDisplay'
import { AddPainPointForm } from './AddPainPointForm'
import { DraftTextField } from './DraftTextField'
import { outlineIds, useOutlineEditing, type OutlineChangeKind } from './OutlineEditContext'
import { requestRemoval, updateStepCard, type RemovalRequest } from './outlineEdits'
import { PlusIcon, TrashIcon } from './OutlineIcons'
import type { OutlineStep } from './outlineModel'
import { AgencyOptionList, ChannelOptions, EmotionOptions } from './OutlineOptions'
import { OutlinePainPointItem } from './OutlinePainPointItem'
import { OutlineSelect } from './OutlineSelect'

/** One step: what happens, its agency, channel and how it feels; its pain points; add a pain point; delete. */
export const OutlineStepItem = memo(function OutlineStepItem({ step, number, focusAfterDelete }: { step: OutlineStep; number: number; focusAfterDelete: string }) {
  const t = useT()
  const editing = useOutlineEditing()
  const { store, canEdit, boardAgencies } = editing
  const [removal, setRemoval] = useState<RemovalRequest | null>(null)
  const [addingPainPoint, setAddingPainPoint] = useState(false)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const warningId = useId()
  const headingId = outlineIds.step(step.id)
  const agency = agencyDisplay(step.agencyId, new Map(boardAgencies.map((item) => [item.id, item])))
  const name = step.text.trim() || t.outlineView.noText

  const update = (kind: OutlineChangeKind, props: Partial<StepCardProps>, coalesceKey?: string) =>
    editing.apply(kind, updateStepCard(store, step.id, props), { coalesceKey })

  const closeForm = (createdId: TLShapeId | null) => {
    setAddingPainPoint(false)
    if (!createdId) requestAnimationFrame(() => addButtonRef.current?.focus())
  }

  const askToDelete = () =>
    setRemoval(
      requestRemoval(
        store,
        [step.id],
        step.painPoints.map((painPoint) => painPoint.id),
      ),
    )

  return (
    <li className="outline-step" data-testid="outline-step" data-shape-id={step.id} style={{ '--agency-colour': agency?.colour ?? 'transparent' } as CSSProperties}>
      <article aria-labelledby={headingId}>
        <div className="outline-item__head">
          <h4 id={headingId} tabIndex={-1} className="outline-step__title">
            {t.outlineView.step(number)}
            <span className="visually-hidden">{`: ${name}`}</span>
          </h4>
          {agency && (
            <span className="outline-chip" aria-hidden="true">
              {agency.shortName}
            </span>
          )}
          {canEdit && (
            <button type="button" className="outline-icon-button outline-icon-button--danger" aria-label={t.outlineView.deleteStep(name)} title={t.outlineView.deleteStep(name)} onClick={askToDelete}>
              <TrashIcon />
            </button>
          )}
        </div>
        {step.incomplete && (
          <p id={warningId} className="outline-warning">
            {t.outlineView.incomplete[step.incomplete]}
          </p>
        )}
        <DraftTextField
          label={t.outlineView.stepText}
          value={step.text}
          multiline
          readOnly={!canEdit}
          describedBy={step.incomplete ? warningId : undefined}
          testId="outline-step-text"
          privacyKey={step.id}
          onCommit={(text, key) => update('text', { text }, `step-text:${step.id}:${key}`)}
          onDone={editing.seal}
        />
        <DraftTextField
          label={t.outlineView.duration}
          value={step.duration}
          readOnly={!canEdit}
          className="outline-step__duration"
          testId="outline-step-duration"
          privacyKey={`${step.id}:duration`}
          onCommit={(duration, key) => update('duration', { duration }, `step-duration:${step.id}:${key}`)}
          onDone={editing.seal}
        />
        <div className="outline-item__details">
          <OutlineSelect label={t.outlineView.agency} value={step.agencyId} disabled={!canEdit} onChange={(agencyId) => update('agency', { agencyId })}>
            <option value="">{t.outlineView.noAgency}</option>
            <AgencyOptionList boardAgencies={boardAgencies} currentId={step.agencyId} />
          </OutlineSelect>
          <OutlineSelect label={t.outlineView.channel} value={step.channel} disabled={!canEdit} onChange={(value) => update('channel', { channel: value as Channel })}>
            <ChannelOptions />
          </OutlineSelect>
          <OutlineSelect
            label={t.outlineView.emotion}
            value={step.emotion === null ? '' : String(step.emotion)}
            disabled={!canEdit}
            onChange={(value) => update('emotion', { emotion: value === '' ? null : (Number(value) as StepCardEmotion) })}
          >
            <EmotionOptions />
          </OutlineSelect>
        </div>
        {step.painPoints.length > 0 && (
          <ul className="outline-pain-points" aria-label={t.outlineView.painPointsOf(name)}>
            {step.painPoints.map((painPoint, index) => (
              <OutlinePainPointItem key={painPoint.id} painPoint={painPoint} number={index + 1} focusAfterDelete={headingId} />
            ))}
          </ul>
        )}
        {canEdit &&
          (addingPainPoint ? (
            <AddPainPointForm stepId={step.id} stepName={name} existingPainPointIds={step.painPoints.map((painPoint) => painPoint.id)} onClose={closeForm} />
          ) : (
            <button ref={addButtonRef} type="button" className="outline-add-button outline-add-button--pain-point" aria-label={t.outlineView.addPainPointTo(name)} onClick={() => setAddingPainPoint(true)}>
              <PlusIcon />
              {t.outlineView.addPainPoint}
            </button>
          ))}
      </article>
      {removal && (
        <ConfirmDialog
          title={t.outlineView.confirmDeleteStepTitle}
          confirmLabel={t.outlineView.confirmDelete}
          cancelLabel={t.outlineView.cancel}
          onCancel={() => setRemoval(null)}
          onConfirm={() => {
            setRemoval(null)
            if (editing.apply('deleteStep', removal.change(), { announce: t.outlineView.stepDeleted })) editing.focusLater(focusAfterDelete)
          }}
        >
          <p>{t.outlineView.confirmDeleteStepBody(name, removal.painPoints, removal.arrows)}</p>
        </ConfirmDialog>
      )}
    </li>
  )
})
