import type { Journey } from '@sammen/journey-model'
import { EMOTIONS, PAIN_POINT_TYPE, STEP_CARD_TYPE, type StepCardEmotion } from '@sammen/journey-shapes'
import {
  createBindingId,
  createShapeId,
  toRichText,
  type Editor,
  type TLArrowBinding,
  type TLBindingCreate,
  type TLCreateShapePartial,
  type TLShapeId,
} from 'tldraw'
import type { Dictionary } from '../i18n'
import { planJourneyLayout, type Box } from './journeyLayout'

/**
 * Writes a journey onto the current page as one undoable step: lane bands, phase headers, lane labels, the
 * situation, step cards, pain points under their steps and handoff arrows bound to the two step cards (so they
 * follow the cards when people move them). Everything is created in one `editor.run`, so the store, the sync
 * binding and the undo stack each see a single change.
 */
export function layOutJourney(editor: Editor, journey: Journey, t: Dictionary): void {
  const layout = planJourneyLayout(journey)
  const shapes: TLCreateShapePartial[] = []
  const bindings: TLBindingCreate<TLArrowBinding>[] = []

  // Bands first, so everything else is drawn on top. Locked: a background to work on, not a thing to select.
  for (const [index, { row }] of layout.lanes.entries()) {
    shapes.push(band(row, index % 2 === 0 ? 'grey' : 'light-blue'))
  }
  if (layout.looseRow) shapes.push(band(layout.looseRow.row, 'light-red'))

  shapes.push({
    id: createShapeId(),
    type: 'text',
    x: layout.situation.x,
    y: layout.situation.y,
    props: { richText: toRichText(layout.situation.text), size: 'xl', font: 'sans', color: 'black', autoSize: true },
  })
  for (const header of layout.phaseHeaders) {
    shapes.push(label(header, header.phase.name, { color: 'violet', fill: 'solid', labelColor: 'black', size: 'm', align: 'middle' }))
  }
  for (const { lane, label: box } of layout.lanes) {
    shapes.push(label(box, lane.name, { color: 'blue', fill: 'solid', labelColor: 'black', size: 's', align: 'start' }))
  }
  if (layout.looseRow) {
    shapes.push(label(layout.looseRow.label, t.newBoard.painPointsWithoutStep, { color: 'red', fill: 'solid', labelColor: 'black', size: 's', align: 'start' }))
  }

  const stepShapeIds = new Map<string, TLShapeId>()
  for (const { step, x, y, w, h } of layout.steps) {
    const id = createShapeId()
    stepShapeIds.set(step.id, id)
    shapes.push({
      id,
      type: STEP_CARD_TYPE,
      x,
      y,
      props: { w, h, text: step.text, agencyId: step.agencyId, channel: step.channel, emotion: cardEmotion(step.emotion) },
    })
  }
  for (const { painPoint, x, y, w, h } of layout.painPoints) {
    shapes.push({
      id: createShapeId(),
      type: PAIN_POINT_TYPE,
      x,
      y,
      props: { w, h, text: painPoint.text, ownerAgencyId: painPoint.agencyId, severity: painPoint.severity, category: painPoint.category },
    })
  }

  const stepBoxes = new Map(layout.steps.map((box) => [box.step.id, box]))
  for (const handoff of layout.handoffs) {
    const from = stepBoxes.get(handoff.fromStepId)
    const to = stepBoxes.get(handoff.toStepId)
    const fromId = stepShapeIds.get(handoff.fromStepId)
    const toId = stepShapeIds.get(handoff.toStepId)
    if (!from || !to || !fromId || !toId) continue
    const id = createShapeId()
    const start = centre(from)
    const end = centre(to)
    // The person carrying information between agencies is the problem Sammen looks for: make it stand out.
    const carriedByPerson = handoff.carriedBy === 'personen'
    shapes.push({
      id,
      type: 'arrow',
      x: start.x,
      y: start.y,
      props: {
        start: { x: 0, y: 0 },
        end: { x: end.x - start.x, y: end.y - start.y },
        color: carriedByPerson ? 'orange' : 'grey',
        dash: carriedByPerson ? 'dashed' : 'solid',
        size: 'm',
        font: 'sans',
        labelColor: 'black',
        // Straight down a column the arrow would cross the cards between; a bend takes it round them.
        bend: Math.abs(end.x - start.x) < from.w ? (from.w * 3) / 4 : 0,
        arrowheadEnd: 'arrow',
        richText: toRichText(handoff.information.join(', ')),
      },
    })
    bindings.push(arrowEnd(id, fromId, 'start'), arrowEnd(id, toId, 'end'))
  }

  editor.markHistoryStoppingPoint('lay out journey')
  editor.run(() => {
    editor.createShapes(shapes)
    editor.createBindings(bindings)
  })
  editor.zoomToFit()
}

/** The journey's emotion is any integer −2…+2 (checked by its schema); the card's is the same scale as a union. */
function cardEmotion(emotion: number | undefined): StepCardEmotion | null {
  return EMOTIONS.find((value) => value === emotion) ?? null
}

function centre(box: Box) {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
}

function band(box: Box, color: 'grey' | 'light-blue' | 'light-red'): TLCreateShapePartial {
  return {
    id: createShapeId(),
    type: 'geo',
    x: box.x,
    y: box.y,
    isLocked: true,
    opacity: 0.35,
    props: { geo: 'rectangle', w: box.w, h: box.h, color, fill: 'solid', dash: 'solid', size: 's' },
  }
}

interface LabelStyle {
  color: 'violet' | 'blue' | 'red'
  fill: 'solid' | 'fill'
  labelColor: 'black'
  size: 's' | 'm'
  align: 'start' | 'middle'
}

function label(box: Box, text: string, style: LabelStyle): TLCreateShapePartial {
  return {
    id: createShapeId(),
    type: 'geo',
    x: box.x,
    y: box.y,
    props: {
      geo: 'rectangle',
      w: box.w,
      h: box.h,
      richText: toRichText(text),
      color: style.color,
      labelColor: style.labelColor,
      fill: style.fill,
      dash: 'solid',
      size: style.size,
      font: 'sans',
      align: style.align,
      verticalAlign: 'middle',
    },
  }
}

function arrowEnd(arrowId: TLShapeId, stepShapeId: TLShapeId, terminal: 'start' | 'end'): TLBindingCreate<TLArrowBinding> {
  return {
    id: createBindingId(),
    type: 'arrow',
    fromId: arrowId,
    toId: stepShapeId,
    props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
  }
}
