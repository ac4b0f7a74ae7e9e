import { memo, useRef, useState } from 'react'
import type { TLShapeId } from 'tldraw'
import { useT } from '../i18n'
import { AddStepForm } from './AddStepForm'
import { EditableName } from './EditableName'
import { outlineIds, useOutlineEditing } from './OutlineEditContext'
import { renameLane, renamePhase } from './outlineEdits'
import { PlusIcon } from './OutlineIcons'
import type { OutlineLane, OutlinePhase } from './outlineModel'
import { OutlinePainPointItem } from './OutlinePainPointItem'
import { OutlineStepItem } from './OutlineStepItem'

/**
 * One phase (h2) with its lanes (h3) and their steps, numbered through the whole journey so "Steg 7" means the
 * same to everyone in the room, then the phase's pain points that belong to no step.
 */
export const OutlinePhaseSection = memo(function OutlinePhaseSection({ phase, number, firstStepNumber }: { phase: OutlinePhase; number: number; firstStepNumber: number }) {
  const t = useT()
  const editing = useOutlineEditing()
  const name = phase.name.trim() || t.outlineView.unnamed
  const headingId = outlineIds.phase(phase.id)
  let stepNumber = firstStepNumber
  return (
    <section className="outline-phase" aria-labelledby={headingId} data-testid="outline-phase" data-phase-id={phase.id}>
      <EditableName
        level={2}
        headingId={headingId}
        heading={t.outlineView.phaseHeading(number, name)}
        name={phase.name}
        fieldLabel={t.outlineView.phaseName}
        renameLabel={t.outlineView.renamePhase(name)}
        canEdit={editing.canEdit}
        onRename={(next) => editing.apply('phaseName', renamePhase(editing.store, phase.frameId, phase.id, next), { announce: t.outlineView.saved })}
      />
      {phase.lanes.map((lane) => {
        const first = stepNumber
        stepNumber += lane.steps.length
        return <OutlineLaneSection key={lane.id} phase={phase} phaseName={name} lane={lane} firstStepNumber={first} />
      })}
      {phase.painPointsWithoutStep.length > 0 && (
        <div className="outline-lane">
          <h3 className="outline-lane__loose-heading">{t.outlineView.painPointsWithoutStep}</h3>
          <ul className="outline-pain-points">
            {phase.painPointsWithoutStep.map((painPoint, index) => (
              <OutlinePainPointItem key={painPoint.id} painPoint={painPoint} number={index + 1} focusAfterDelete={headingId} />
            ))}
          </ul>
        </div>
      )}
    </section>
  )
})

function OutlineLaneSection({ phase, phaseName, lane, firstStepNumber }: { phase: OutlinePhase; phaseName: string; lane: OutlineLane; firstStepNumber: number }) {
  const t = useT()
  const editing = useOutlineEditing()
  const [adding, setAdding] = useState(false)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const laneName = lane.name.trim() || t.outlineView.unnamed
  const headingId = outlineIds.lane(phase.id, lane.id)
  const closeForm = (createdId: TLShapeId | null) => {
    setAdding(false)
    if (!createdId) requestAnimationFrame(() => addButtonRef.current?.focus())
  }
  return (
    <div className="outline-lane" data-testid="outline-lane" data-lane-id={lane.id}>
      <EditableName
        level={3}
        headingId={headingId}
        heading={laneName}
        name={lane.name}
        fieldLabel={t.outlineView.laneName}
        renameLabel={t.outlineView.renameLane(laneName)}
        canEdit={editing.canEdit}
        onRename={(next) => editing.apply('laneName', renameLane(editing.store, phase.frameId, lane.id, next), { announce: t.outlineView.saved })}
      />
      {lane.steps.length > 0 && (
        <ol className="outline-steps" start={firstStepNumber}>
          {lane.steps.map((step, index) => (
            <OutlineStepItem key={step.id} step={step} number={firstStepNumber + index} focusAfterDelete={headingId} />
          ))}
        </ol>
      )}
      <div className={lane.steps.length === 0 && !adding ? 'outline-lane__empty' : undefined}>
        {lane.steps.length === 0 && <p className="outline-muted">{t.outlineView.noSteps}</p>}
        {editing.canEdit &&
          (adding ? (
            <AddStepForm frameId={phase.frameId} phaseId={phase.id} laneId={lane.id} title={t.outlineView.newStepTitle(laneName, phaseName)} onClose={closeForm} />
          ) : (
            <button ref={addButtonRef} type="button" className="outline-add-button" aria-label={t.outlineView.addStepIn(laneName, phaseName)} onClick={() => setAdding(true)}>
              <PlusIcon />
              {t.outlineView.addStep}
            </button>
          ))}
      </div>
    </div>
  )
}
