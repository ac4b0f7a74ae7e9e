import { boardToJourney, STEP_CARD_TYPE } from '@sammen/journey-shapes'
import type { TLRecord } from 'tldraw'

export interface PanelStep {
  /** The step card's shape id: what annotations pin to. */
  shapeId: string
  text: string
}

export interface PanelPhase {
  id: string
  name: string
  steps: PanelStep[]
}

export interface PanelJourney {
  /** Phases in the journey frame's order, each with its steps in journey order; phases without steps dropped. */
  phases: PanelPhase[]
  /** Step cards outside any journey frame (or not a complete step yet), top to bottom, left to right. */
  otherSteps: PanelStep[]
}

/**
 * What the user panel reads: the board's steps grouped by phase, as `boardToJourney` reads them, plus every
 * other step card with text, so nothing a panel member might want to comment on is hidden because an editor
 * has not placed it in the frame yet.
 */
export function panelJourney(records: Iterable<TLRecord>): PanelJourney {
  const all = [...records]
  const { journey, shapeIdOf } = boardToJourney(all)
  const placed = new Set<string>()
  const phases: PanelPhase[] = journey.phases.map((phase) => ({ id: phase.id, name: phase.name, steps: [] }))
  const phaseById = new Map(phases.map((phase) => [phase.id, phase]))
  for (const step of journey.steps) {
    const shapeId = shapeIdOf.get(step.id) ?? step.id
    placed.add(shapeId)
    phaseById.get(step.phaseId)?.steps.push({ shapeId, text: step.text })
  }
  const otherSteps = all
    .flatMap((record) =>
      record.typeName === 'shape' && record.type === STEP_CARD_TYPE && !placed.has(record.id)
        ? [{ shapeId: record.id as string, text: stepText(record.props), x: record.x, y: record.y }]
        : [],
    )
    .filter((step) => step.text !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ shapeId, text }) => ({ shapeId, text }))
  return { phases: phases.filter((phase) => phase.steps.length > 0), otherSteps }
}

function stepText(props: unknown): string {
  const text = (props as { text?: unknown }).text
  return typeof text === 'string' ? text.trim() : ''
}
