import { JOURNEY_FRAME_TYPE, journeyFrameGeometry, type JourneyFrameProps, type JourneyFrameShape } from '@sammen/journey-shapes'
import type { Editor, TLShape, TLShapeId, TLShapePartial } from 'tldraw'
import { isJourneyFrame, localBox } from './frameCells'
import { CELL_PADDING, type Box } from './cellPlacement'
import { lanesOutgrown, laneIdOf, makeRoomForCard, topOf } from './makeRoomForCard'
import { cardsInGridItem, relocateCards, spotsBesideFrame, type PlacedCard } from './relocateCards'

/**
 * The frame's children with their frame-local boxes. Not arrows: tldraw makes an arrow between two cards of the frame
 * its child too, but a bound arrow follows its cards and is not in a cell of its own.
 */
export function childCards(editor: Editor, frameId: TLShapeId): PlacedCard[] {
  return editor.getSortedChildIdsForParent(frameId).flatMap((id) => {
    const child = editor.getShape(id)
    return child && child.type !== 'arrow' ? [{ id, box: localBox(editor, child) }] : []
  })
}

function frameOf(editor: Editor, frameId: TLShapeId): JourneyFrameShape | null {
  const frame = editor.getShape(frameId)
  return isJourneyFrame(frame) ? frame : null
}

function moveCards(editor: Editor, moves: { id: string; x: number; y: number }[]) {
  if (moves.length === 0) return
  editor.updateShapes(
    moves.map(({ id, x, y }) => {
      const shape = editor.getShape(id as TLShapeId)!
      return { id: shape.id, type: shape.type, x, y } satisfies TLShapePartial
    }),
  )
}

/**
 * Changes a frame's phases or lanes as ONE undo step, and moves every card with its cell. Returns false when the
 * edit changes nothing (no history entry is made then).
 */
export function editFrameGrid(editor: Editor, frameId: TLShapeId, edit: (props: JourneyFrameProps) => JourneyFrameProps, reason = 'edit journey frame'): boolean {
  const frame = frameOf(editor, frameId)
  if (!frame) return false
  const next = edit(frame.props)
  if (next === frame.props) return false
  editor.markHistoryStoppingPoint(reason)
  editor.run(() => {
    const moves = relocateCards(frame.props, next, childCards(editor, frameId))
    editor.updateShape<JourneyFrameShape>({ id: frameId, type: JOURNEY_FRAME_TYPE, props: next })
    moveCards(editor, moves)
  })
  return true
}

/**
 * A card of a frame grew from `before` (its frame-local box) to its current size: the cards under it, its lane and
 * the lanes below make room (makeRoomForCard). Part of whatever change made the card grow (the same sync update),
 * not a history step of its own; the caller says whether undo sees it. The frame may be locked; its lanes still grow.
 */
export function makeRoomForGrownCard(editor: Editor, card: TLShape, before: Box): void {
  const frame = frameOf(editor, card.parentId as TLShapeId)
  if (!frame) return
  const room = makeRoomForCard(frame.props, childCards(editor, frame.id), { id: card.id, before, after: localBox(editor, card) })
  if (room.props === frame.props && room.moves.length === 0) return
  editor.run(
    () => {
      if (room.props !== frame.props) editor.updateShape<JourneyFrameShape>({ id: frame.id, type: JOURNEY_FRAME_TYPE, props: room.props })
      moveCards(editor, room.moves)
    },
    { ignoreShapeLock: true },
  )
}

/**
 * Makes every lane of a frame hold its cards again after a growth was lost (see `lanesOutgrown`): the cards of
 * such a lane, top to bottom, each make room from their top. Changes nothing in a frame whose lanes hold their cards.
 */
export function repairOutgrownLanes(editor: Editor, frameId: TLShapeId): void {
  const frame = frameOf(editor, frameId)
  if (!frame) return
  const cards = childCards(editor, frameId)
  const lanes = lanesOutgrown(frame.props, cards)
  if (lanes.size === 0) return
  const inThem = cards.filter(({ box }) => lanes.has(laneIdOf(frame.props, box) ?? '')).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
  for (const { id } of inThem) {
    const card = editor.getShape(id as TLShapeId)
    if (card) makeRoomForGrownCard(editor, card, topOf(localBox(editor, card)))
  }
}

export type RemovedCards = 'keep' | 'delete'

/** The ids of the cards in a phase's column or a lane's row. */
export function cardIdsIn(editor: Editor, frameId: TLShapeId, item: { phaseId: string } | { laneId: string }): TLShapeId[] {
  const frame = frameOf(editor, frameId)
  if (!frame) return []
  return cardsInGridItem(frame.props, childCards(editor, frameId), item).map(({ id }) => id as TLShapeId)
}

/**
 * Removes a phase or lane as ONE undo step. Its cards are deleted, or kept on the board next to the frame (no
 * longer its children, so they are not read as part of the journey until someone drags them back in).
 */
export function removeGridItem(
  editor: Editor,
  frameId: TLShapeId,
  item: { phaseId: string } | { laneId: string },
  cards: RemovedCards,
  edit: (props: JourneyFrameProps) => JourneyFrameProps,
): boolean {
  const frame = frameOf(editor, frameId)
  if (!frame) return false
  const next = edit(frame.props)
  if (next === frame.props) return false
  const all = childCards(editor, frameId)
  const leaving = cardsInGridItem(frame.props, all, item)
  const leavingIds = new Set(leaving.map(({ id }) => id))
  editor.markHistoryStoppingPoint('remove from journey frame')
  editor.run(() => {
    const moves = relocateCards(frame.props, next, all.filter(({ id }) => !leavingIds.has(id)))
    if (cards === 'delete') editor.deleteShapes([...leavingIds] as TLShapeId[])
    else {
      moveCards(editor, spotsBesideFrame(next, leaving, bottomOfShapesBeside(editor, frame, next)))
      // Reparenting keeps the page position, so they stay where the line above put them.
      editor.reparentShapes([...leavingIds] as TLShapeId[], frame.parentId)
    }
    editor.updateShape<JourneyFrameShape>({ id: frameId, type: JOURNEY_FRAME_TYPE, props: next })
    moveCards(editor, moves)
  })
  return true
}

/**
 * Frame-local y below the shapes that already stand right of the frame (cards kept from an earlier removal, say),
 * so a second batch does not land on the first. 0 when there are none.
 */
function bottomOfShapesBeside(editor: Editor, frame: JourneyFrameShape, next: JourneyFrameProps): number {
  const right = frame.x + journeyFrameGeometry(next).w
  let bottom = 0
  for (const id of editor.getSortedChildIdsForParent(frame.parentId)) {
    const shape = editor.getShape(id)
    if (!shape || shape.id === frame.id || shape.x < right) continue
    const box = localBox(editor, shape)
    bottom = Math.max(bottom, box.y + box.h - frame.y + CELL_PADDING)
  }
  return bottom
}
