import { LANE_KINDS, MAX_LANES, MAX_PHASES, type JourneyFrameLaneKind, type JourneyFrameShape } from '@sammen/journey-shapes'
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Editor } from 'tldraw'
import { useT } from '../../i18n'
import { childCards, cardIdsIn, editFrameGrid, removeGridItem } from './frameEdits'
import { GridItemRow, IconButton } from './GridItemRow'
import {
  addLane,
  addPhase,
  moveLane,
  movePhase,
  newGridItemId,
  removeLane,
  removePhase,
  renameLane,
  renamePhase,
  resizeLane,
  resizePhase,
  RESIZE_STEP,
  setLaneKind,
} from './gridEdits'
import { minimumSpan } from './relocateCards'
import { RemoveGridItemConfirm } from './RemoveGridItemConfirm'

const OPPOSITE_MOVE: Readonly<Record<string, string>> = { left: 'right', right: 'left', up: 'down', down: 'up' }

type Removing = { phaseId: string; name: string } | { laneId: string; name: string }

/**
 * In tldraw's style panel slot while a journey frame is selected: its phases and lanes, each with rename, move,
 * resize and remove, and the kind of each lane. Every button is one undo step that keeps the cards in their cells.
 */
export function JourneyFramePanel({ editor, frame }: { editor: Editor; frame: JourneyFrameShape }) {
  const t = useT().journeyFrame
  const panel = t.panel
  const root = useRef<HTMLElement>(null)
  const [removing, setRemoving] = useState<Removing | null>(null)
  // After a move or removal the button under focus may leave the DOM or move; put focus back where it was meant.
  const [focusTarget, setFocusTarget] = useState<string | null>(null)
  useLayoutEffect(() => {
    if (!focusTarget) return
    const target = root.current?.querySelector<HTMLButtonElement>(focusTarget)
    // A move to the first or last place disables the button just pressed: its opposite is the way back.
    const opposite = target?.disabled && target.dataset.action ? OPPOSITE_MOVE[target.dataset.action] : undefined
    const fallback = opposite ? root.current?.querySelector<HTMLElement>(`[data-item="${target!.dataset.item}"][data-action="${opposite}"]`) : null
    ;(fallback ?? target)?.focus()
    setFocusTarget(null)
  }, [focusTarget, frame.props])
  // Escape goes back to the canvas with the frame still selected (tldraw would also clear the selection).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || removing) return
    event.stopPropagation()
    editor.getContainer().focus()
  }

  const edit = (change: Parameters<typeof editFrameGrid>[2], focus?: string) => {
    editFrameGrid(editor, frame.id, change)
    if (focus) setFocusTarget(focus)
  }
  const allIds = () => [...frame.props.phases, ...frame.props.lanes].map((item) => item.id)
  const cards = () => childCards(editor, frame.id)
  const { phases, lanes } = frame.props

  const confirmRemove = (choice: 'keep' | 'delete') => {
    if (!removing) return
    if ('phaseId' in removing) removeGridItem(editor, frame.id, removing, choice, (props) => removePhase(props, removing.phaseId))
    else removeGridItem(editor, frame.id, removing, choice, (props) => removeLane(props, removing.laneId))
    setRemoving(null)
    setFocusTarget('phaseId' in removing ? '[data-action="add-phase"]' : '[data-action="add-lane"]')
  }
  const cancelRemove = () => {
    if (!removing) return
    setFocusTarget(`[data-action="remove"][data-item="${'phaseId' in removing ? removing.phaseId : removing.laneId}"]`)
    setRemoving(null)
  }

  return (
    <section ref={root} className="tlui-style-panel tlui-style-panel__wrapper journey-frame-panel" aria-label={panel.label} data-testid="journey-frame-panel" onKeyDown={onKeyDown}>
      <h2 className="journey-frame-panel__heading">{panel.phases}</h2>
      <ol className="journey-frame-panel__list">
        {phases.map((phase, index) => (
          <GridItemRow key={phase.id} name={phase.name} label={panel.phaseName(index + 1)} onRename={(name) => edit((props) => renamePhase(props, phase.id, name))}>
            <IconButton label={panel.moveLeft(phase.name)} disabled={index === 0} action="left" item={phase.id} onClick={() => edit((props) => movePhase(props, phase.id, -1), `[data-item="${phase.id}"][data-action="left"]`)}>
              ←
            </IconButton>
            <IconButton label={panel.moveRight(phase.name)} disabled={index === phases.length - 1} action="right" item={phase.id} onClick={() => edit((props) => movePhase(props, phase.id, 1), `[data-item="${phase.id}"][data-action="right"]`)}>
              →
            </IconButton>
            <IconButton label={panel.narrower(phase.name)} onClick={() => edit((props) => resizePhase(props, phase.id, -RESIZE_STEP, minimumSpan(props, cards(), { phaseId: phase.id })))}>
              −
            </IconButton>
            <IconButton label={panel.wider(phase.name)} onClick={() => edit((props) => resizePhase(props, phase.id, RESIZE_STEP))}>
              +
            </IconButton>
            <IconButton label={panel.remove(phase.name)} disabled={phases.length <= 1} action="remove" item={phase.id} onClick={() => setRemoving({ phaseId: phase.id, name: phase.name })}>
              ✕
            </IconButton>
          </GridItemRow>
        ))}
      </ol>
      <button
        type="button"
        className="journey-frame-panel__add"
        data-action="add-phase"
        disabled={phases.length >= MAX_PHASES}
        onClick={() => edit((props) => addPhase(props, t.newPhase, newGridItemId('fase', allIds())), '.journey-frame-panel__list:first-of-type li:last-child input')}
      >
        {phases.length >= MAX_PHASES ? panel.limitReached : panel.addPhase}
      </button>

      <h2 className="journey-frame-panel__heading">{panel.lanes}</h2>
      <ol className="journey-frame-panel__list journey-frame-panel__list--lanes">
        {lanes.map((lane, index) => (
          <GridItemRow key={lane.id} name={lane.name} label={panel.laneName(index + 1)} onRename={(name) => edit((props) => renameLane(props, lane.id, name))}>
            <IconButton label={panel.moveUp(lane.name)} disabled={index === 0} action="up" item={lane.id} onClick={() => edit((props) => moveLane(props, lane.id, -1), `[data-item="${lane.id}"][data-action="up"]`)}>
              ↑
            </IconButton>
            <IconButton label={panel.moveDown(lane.name)} disabled={index === lanes.length - 1} action="down" item={lane.id} onClick={() => edit((props) => moveLane(props, lane.id, 1), `[data-item="${lane.id}"][data-action="down"]`)}>
              ↓
            </IconButton>
            <IconButton label={panel.shorter(lane.name)} onClick={() => edit((props) => resizeLane(props, lane.id, -RESIZE_STEP / 2, minimumSpan(props, cards(), { laneId: lane.id })))}>
              −
            </IconButton>
            <IconButton label={panel.taller(lane.name)} onClick={() => edit((props) => resizeLane(props, lane.id, RESIZE_STEP / 2))}>
              +
            </IconButton>
            <IconButton label={panel.remove(lane.name)} disabled={lanes.length <= 1} action="remove" item={lane.id} onClick={() => setRemoving({ laneId: lane.id, name: lane.name })}>
              ✕
            </IconButton>
            <select
              className="journey-frame-panel__kind"
              aria-label={panel.kind(lane.name)}
              value={lane.kind}
              onChange={(event) => edit((props) => setLaneKind(props, lane.id, event.target.value as JourneyFrameLaneKind))}
            >
              {LANE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {panel.kinds[kind]}
                </option>
              ))}
            </select>
          </GridItemRow>
        ))}
      </ol>
      <button
        type="button"
        className="journey-frame-panel__add"
        data-action="add-lane"
        disabled={lanes.length >= MAX_LANES}
        onClick={() => edit((props) => addLane(props, t.newLane, newGridItemId('rad', allIds())), '.journey-frame-panel__list--lanes li:last-child input')}
      >
        {lanes.length >= MAX_LANES ? panel.limitReached : panel.addLane}
      </button>

      {removing && (
        <RemoveGridItemConfirm
          title={'phaseId' in removing ? t.removeDialog.phaseTitle(removing.name) : t.removeDialog.laneTitle(removing.name)}
          cardCount={cardIdsIn(editor, frame.id, removing).length}
          onConfirm={confirmRemove}
          onCancel={cancelRemove}
        />
      )}
    </section>
  )
}
