import type { Journey } from '@sammen/journey-model'
import {
  EMOTIONS,
  EMPTY_BOARD_JOURNEY_META,
  HANDOFF_META_KEY,
  JOURNEY_FRAME_TYPE,
  PAIN_POINT_TYPE,
  STEP_CARD_TYPE,
  type BoardJourneyMeta,
  type StepCardEmotion,
} from '@sammen/journey-shapes'
import {
  createBindingId,
  createShapeId,
  toRichText,
  type TLArrowBinding,
  type TLBindingCreate,
  type TLCreateShapePartial,
  type TLShapeId,
} from 'tldraw'
import type { Box, JourneyLayout } from './journeyLayout'

/** Everything a laid-out journey adds to a board, ready for `createShapes`, `createBindings` and the document meta. */
export interface JourneyBoardRecords {
  frameId: TLShapeId
  shapes: TLCreateShapePartial[]
  bindings: TLBindingCreate<TLArrowBinding>[]
  meta: BoardJourneyMeta
}

/**
 * Turns a layout plan into tldraw records: the situation as text above the frame, the frame, step cards and pain
 * points as the frame's children (frame-local x/y), and handoff arrows on the page bound to both step cards (so they
 * follow the cards) with who carries the information in `meta.carriedBy`. No editor needed, so it is unit-tested
 * together with `boardToJourney`.
 */
export function journeyBoardRecords(journey: Journey, layout: JourneyLayout): JourneyBoardRecords {
  const frameId = createShapeId()
  const shapes: TLCreateShapePartial[] = []
  const bindings: TLBindingCreate<TLArrowBinding>[] = []

  shapes.push({
    id: createShapeId(),
    type: 'text',
    x: layout.situation.x,
    y: layout.situation.y,
    props: { richText: toRichText(layout.situation.text), size: 'xl', font: 'sans', color: 'black', autoSize: true },
  })
  shapes.push({ id: frameId, type: JOURNEY_FRAME_TYPE, x: layout.frame.x, y: layout.frame.y, props: layout.frame.props })

  const stepShapeIds = new Map<string, TLShapeId>()
  for (const { step, x, y, w, h } of layout.steps) {
    const id = createShapeId()
    stepShapeIds.set(step.id, id)
    shapes.push({
      id,
      type: STEP_CARD_TYPE,
      parentId: frameId,
      x,
      y,
      props: { w, h, text: step.text, agencyId: step.agencyId, channel: step.channel, emotion: cardEmotion(step.emotion), duration: step.duration ?? '' },
    })
  }
  for (const { painPoint, x, y, w, h } of layout.painPoints) {
    shapes.push({
      id: createShapeId(),
      type: PAIN_POINT_TYPE,
      parentId: frameId,
      x,
      y,
      props: { w, h, text: painPoint.text, ownerAgencyId: painPoint.agencyId, severity: painPoint.severity, category: painPoint.category },
    })
  }

  const stepBoxes = new Map(layout.steps.map((box) => [box.step.id as string, box]))
  const toPage = (point: { x: number; y: number }) => ({ x: point.x + layout.frame.x, y: point.y + layout.frame.y })
  for (const handoff of layout.handoffs) {
    const from = stepBoxes.get(handoff.fromStepId)
    const to = stepBoxes.get(handoff.toStepId)
    const fromId = stepShapeIds.get(handoff.fromStepId)
    const toId = stepShapeIds.get(handoff.toStepId)
    if (!from || !to || !fromId || !toId) continue
    const id = createShapeId()
    const start = toPage(centre(from))
    const end = toPage(centre(to))
    // The person carrying information between agencies is the problem Sammen looks for: make it stand out.
    const carriedByPerson = handoff.carriedBy === 'personen'
    shapes.push({
      id,
      type: 'arrow',
      x: start.x,
      y: start.y,
      meta: { [HANDOFF_META_KEY]: handoff.carriedBy },
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

  const meta: BoardJourneyMeta = { ...EMPTY_BOARD_JOURNEY_META, lifeEvent: journey.lifeEvent, situation: journey.situation, agencies: journey.agencies }
  return { frameId, shapes, bindings, meta }
}

/** The journey's emotion is any integer −2…+2 (checked by its schema); the card's is the same scale as a union. */
function cardEmotion(emotion: number | undefined): StepCardEmotion | null {
  return EMOTIONS.find((value) => value === emotion) ?? null
}

function centre(box: Box) {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
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
