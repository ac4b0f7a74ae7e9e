import type { Editor, TLShape } from 'tldraw'
import { makeRoomForGrownCard } from '../journeyFrame/frameEdits'
import { isTextCardType } from './cardTextFit'
import type { TextCardShape, TextCardShapeUtil } from './TextCardShapeUtil'

/*
 * Cards grow with their text (TextCardShapeUtil); here their frame makes room. Only for this client's own changes
 * (source 'user'): the writer of the text also writes the taller lane and the cards it moves, in the same store
 * change, so they reach the other peers in one sync update and nobody else has to write anything.
 */

function asTextCard(editor: Editor, shape: TLShape): { card: TextCardShape; util: TextCardShapeUtil<TextCardShape> } | null {
  if (!isTextCardType(shape.type)) return null
  return { card: shape as TextCardShape, util: editor.getShapeUtil(shape) as unknown as TextCardShapeUtil<TextCardShape> }
}

/** Registers the side effect; returns its disposer (call it when the editor unmounts: the store outlives it). */
export function registerCardFit(editor: Editor): () => void {
  return editor.sideEffects.registerAfterChangeHandler('shape', (prev, next, source) => {
    if (source !== 'user') return
    const text = asTextCard(editor, next)
    if (!text) return
    // A card that moved (dragged, relocated by a frame edit) is placed by whoever moves it, not pushed from here.
    if (prev.parentId !== next.parentId || prev.x !== next.x || prev.y !== next.y) return
    const before = { x: prev.x, y: prev.y, w: (prev as TextCardShape).props.w, h: text.util.cardHeight(prev as TextCardShape) }
    if (text.util.cardHeight(text.card) <= before.h && text.card.props.w === before.w) return
    makeRoomForGrownCard(editor, next, before)
  })
}

/**
 * Makes every text card's stored height hold its text, and its frame make room, top to bottom (so a card pushed
 * down by the one above is fitted where it ends up). For boards laid out from a template or an import, whose cards
 * were sized without a browser to measure text. Call inside the caller's `editor.run`.
 */
export function fitCardsToText(editor: Editor): void {
  const cards = editor
    .getCurrentPageShapes()
    .flatMap((shape) => asTextCard(editor, shape) ?? [])
    .sort((a, b) => editor.getShapePageBounds(a.card)!.y - editor.getShapePageBounds(b.card)!.y)
  for (const { card } of cards) {
    const current = editor.getShape(card.id) as TextCardShape | undefined
    if (!current) continue
    const util = editor.getShapeUtil(current) as unknown as TextCardShapeUtil<TextCardShape>
    const needed = util.fittedHeight(current)
    if (current.props.h >= needed) continue
    editor.updateShape({ id: current.id, type: current.type, props: { h: needed } })
    makeRoomForGrownCard(editor, editor.getShape(current.id)!, { x: current.x, y: current.y, w: current.props.w, h: current.props.h })
  }
}
