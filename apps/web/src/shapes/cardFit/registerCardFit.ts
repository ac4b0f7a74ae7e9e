import type { Editor, TLShape, TLShapeId } from 'tldraw'
import { makeRoomForGrownCard, repairOutgrownLanes } from '../journeyFrame/frameEdits'
import { isJourneyFrame } from '../journeyFrame/frameCells'
import { isTextCardType } from './cardTextFit'
import type { TextCardShape, TextCardShapeUtil } from './TextCardShapeUtil'

/*
 * Cards grow with their text (TextCardShapeUtil); here their frame makes room. The writer of a text writes the
 * taller card, the taller lane and the cards it moves, in the same store change, so they reach the other peers in
 * one sync update and nobody else writes anything.
 *
 * Two exceptions, both repairs of what a writer could not do, made by every canvas that can edit:
 * - A text that arrives without its height (the outline view has no canvas to measure with, an older client did
 *   not fit cards) is fitted.
 * - After a peer's change to a frame's lanes, a lane with a card reaching into the next lane grows again: two
 *   people grew two lanes of one frame at once, or one renamed a lane while another's card grew, and the frame's
 *   lanes are one field, so the last write won and a growth was lost.
 * All those canvases derive the same heights and room from the same records, and growing is monotonic and
 * idempotent (makeRoomForCard), so their writes agree instead of fighting. They stay out of the undo stack.
 */

type Util = TextCardShapeUtil<TextCardShape>

function textCard(editor: Editor, shape: TLShape | undefined): { card: TextCardShape; util: Util } | null {
  if (!shape || !isTextCardType(shape.type)) return null
  return { card: shape as TextCardShape, util: editor.getShapeUtil(shape) as unknown as Util }
}

/** A stored height this far under the measured one is a rounding difference between browsers, not a short card. */
const TOLERANCE = 1

/**
 * Makes each card's stored height hold its text, and its frame make room, top to bottom (a card pushed down by
 * the one above is fitted where it ends up). Call inside the caller's `editor.run`.
 */
export function fitCards(editor: Editor, ids: Iterable<TLShapeId>): void {
  const cards = [...ids]
    .flatMap((id) => textCard(editor, editor.getShape(id)) ?? [])
    .sort((a, b) => editor.getShapePageBounds(a.card)!.y - editor.getShapePageBounds(b.card)!.y)
  for (const { card } of cards) {
    const fitted = textCard(editor, editor.getShape(card.id))
    if (!fitted) continue
    const { card: current, util } = fitted
    const needed = util.fittedHeight(current)
    if (current.props.h >= needed - TOLERANCE) continue
    editor.updateShape({ id: current.id, type: current.type, props: { h: needed } })
    makeRoomForGrownCard(editor, editor.getShape(current.id)!, { x: current.x, y: current.y, w: current.props.w, h: current.props.h })
  }
}

/** Registers the side effects; returns their disposer (call it when the editor unmounts: the store outlives it). */
export function registerCardFit(editor: Editor): () => void {
  const unmeasured = new Set<TLShapeId>()
  const frames = new Set<TLShapeId>()
  let scheduled = false
  const repairSoon = () => {
    if (scheduled) return
    scheduled = true
    // Not inside the remote merge: a write there would count as remote and never be sent.
    editor.timers.setTimeout(() => {
      scheduled = false
      const cards = [...unmeasured]
      const frameIds = [...frames]
      unmeasured.clear()
      frames.clear()
      if (editor.isDisposed || editor.getIsReadonly()) return
      editor.run(
        () => {
          fitCards(editor, cards)
          for (const frameId of frameIds) repairOutgrownLanes(editor, frameId)
        },
        { history: 'ignore' },
      )
    }, 0)
  }
  const stopUpdates = editor.sideEffects.registerAfterChangeHandler('shape', (prev, next, source) => {
    // A growth is lost only where the frame's lanes were overwritten, so only a peer's change to them is checked.
    if (source === 'remote' && isJourneyFrame(next) && prev.props !== next.props) {
      frames.add(next.id)
      repairSoon()
    }
    const text = textCard(editor, next)
    if (!text) return
    const before = prev as TextCardShape
    if (source === 'remote') {
      if (before.props === text.card.props) return
      const arrivedWithoutHeight = before.props.text !== text.card.props.text && before.props.h === text.card.props.h
      if (arrivedWithoutHeight && text.card.props.h < text.util.fittedHeight(text.card) - TOLERANCE) {
        unmeasured.add(next.id)
        repairSoon()
      }
      return
    }
    // A card that moved (dragged, relocated by a frame edit) is placed by whoever moves it, not pushed from here.
    if (prev.parentId !== next.parentId || prev.x !== next.x || prev.y !== next.y) return
    const box = { x: prev.x, y: prev.y, w: before.props.w, h: text.util.cardHeight(before) }
    if (text.util.cardHeight(text.card) <= box.h && text.card.props.w === box.w) return
    // Out of the undo stack: lanes only grow, so undoing the text shrinks the card and leaves the room it made.
    // Undone, the growth would put back whole records of the frame and of other people's cards from before it,
    // taking back their later edits (a lane they grew, a text they wrote).
    editor.run(() => makeRoomForGrownCard(editor, next, box), { history: 'ignore' })
  })

  // A card created with text (pasted, duplicated, laid out, or from a peer's outline) is fitted like an edited one.
  const stopCreates = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    const text = textCard(editor, shape)
    if (!text) return
    if (text.card.props.h >= text.util.fittedHeight(text.card) - TOLERANCE) return
    if (source === 'remote') {
      unmeasured.add(shape.id)
      repairSoon()
    } else fitCards(editor, [shape.id])
  })

  return () => {
    stopUpdates()
    stopCreates()
  }
}
