import {
  ACTOR_TYPE,
  BENEFIT_TYPE,
  OPPORTUNITY_TYPE,
  PAIN_POINT_TYPE,
  STEP_CARD_TYPE,
  type ActorProps,
  type BenefitProps,
  type OpportunityProps,
  type PainPointProps,
  type StepCardProps,
} from '@sammen/journey-shapes'
import { createShapeId, type Editor, type TLShapePartial, type TLShapeId, type VecLike } from 'tldraw'

type CardToPlace =
  | { type: typeof STEP_CARD_TYPE; props: StepCardProps }
  | { type: typeof PAIN_POINT_TYPE; props: PainPointProps }
  | { type: typeof OPPORTUNITY_TYPE; props: OpportunityProps }
  | { type: typeof BENEFIT_TYPE; props: BenefitProps }
  | { type: typeof ACTOR_TYPE; props: ActorProps }

/**
 * Creates a card centred on a page point and starts editing its text, like tldraw's sticky note.
 * The history stopping point right before the one `createShape` is what makes a single undo remove the card.
 */
export function placeCard(editor: Editor, card: CardToPlace, centre: VecLike): TLShapeId {
  const id = createShapeId()
  const { w, h } = card.props
  const position = { id, x: centre.x - w / 2, y: centre.y - h / 2 }
  editor.markHistoryStoppingPoint(`place ${card.type}`)
  // Each member of the union pairs a type with its own props; TypeScript cannot follow that through a spread.
  editor.createShape({ ...position, type: card.type, props: card.props } as TLShapePartial)
  editor.select(id)
  startEditingCardText(editor, id)
  return id
}

/** Puts the card in text editing, the state a double-click leads to. */
export function startEditingCardText(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id)
  if (!shape || !editor.canEditShape(shape)) return
  editor.setEditingShape(shape)
  editor.setCurrentTool('select.editing_shape', { target: 'shape', shape })
}
