import { BaseBoxShapeUtil, Rectangle2d, type TLShape } from 'tldraw'
import { CARD_RADIUS } from '../cardGeometry'
import { cardTextMeasure } from './measureCardText'
import { fittedCardHeight, heightAfterUpdate, MIN_CARD_H, type TextCardProps, type TextCardType } from './cardTextFit'

export type TextCardShape = TLShape<TextCardType>

/**
 * What the four text cards (step, pain point, opportunity, benefit) share: they show their whole text.
 *
 * - The stored `h` follows the text on this client's own edits (`onBeforeUpdate` runs only for updates made
 *   through this editor, never for a peer's), so it travels in the same sync update as the text that needs it.
 * - The drawn height (geometry, view, indicator, export) is never less than the text needs, even when the stored
 *   `h` is short: a board written by an older client or by the outline view still shows every word, and every
 *   peer derives that height from the same text, so no two peers write competing heights.
 */
export abstract class TextCardShapeUtil<S extends TextCardShape> extends BaseBoxShapeUtil<S> {
  /** The height the card's text needs (with its header and footer). */
  fittedHeight(shape: S): number {
    return fittedCardHeight(shape.type, shape.props as TextCardProps, cardTextMeasure(this.editor))
  }

  /** The height the card is drawn at: its stored height, or taller when its text needs it. */
  cardHeight(shape: S): number {
    return Math.max(shape.props.h, this.fittedHeight(shape))
  }

  override getGeometry(shape: S) {
    return new Rectangle2d({ width: shape.props.w, height: this.cardHeight(shape), isFilled: true })
  }

  override onBeforeUpdate(prev: S, next: S): S | void {
    if (prev.props === next.props) return
    const h = heightAfterUpdate({
      before: { h: prev.props.h, fit: this.fittedHeight(prev) },
      after: { h: next.props.h, fit: this.fittedHeight(next) },
      minH: MIN_CARD_H[next.type],
    })
    if (h === next.props.h) return
    return { ...next, props: { ...next.props, h } }
  }

  override canEdit(): boolean {
    return true
  }

  override getText(shape: S): string {
    return shape.props.text
  }

  override indicator(shape: S) {
    return <rect width={shape.props.w} height={this.cardHeight(shape)} rx={CARD_RADIUS} ry={CARD_RADIUS} />
  }
}
