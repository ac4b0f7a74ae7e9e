import { ACTOR_DEFAULT_PROPS, ACTOR_TYPE, actorMigrations, actorProps, type ActorShape } from '@sammen/journey-shapes'
import { BaseBoxShapeUtil, Rectangle2d } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { fittedActorHeight } from '../cardFit/actorFit'
import { heightAfterUpdate } from '../cardFit/cardTextFit'
import { actorTextMeasure } from '../cardFit/measureCardText'
import { CARD_RADIUS } from '../cardGeometry'
import { currentDictionary } from '../currentDictionary'
import { ActorView } from './ActorView'

/**
 * An actor of the shared actor map; props and migrations come from @sammen/journey-shapes. Like the text cards
 * (cardFit/TextCardShapeUtil), it shows its whole name and information needs: the writer stores the height they
 * need, and it is never drawn shorter than that.
 */
export class ActorShapeUtil extends BaseBoxShapeUtil<ActorShape> {
  static override type = ACTOR_TYPE
  static override props = actorProps
  static override migrations = actorMigrations

  override getDefaultProps(): ActorShape['props'] {
    return { ...ACTOR_DEFAULT_PROPS }
  }

  /** Double-click edits the name (ActorNameText). */
  override canEdit(): boolean {
    return true
  }

  /** The height the name and information needs take, in this browser's layout. */
  fittedHeight(shape: ActorShape): number {
    const t = currentDictionary()
    const needs = shape.props.informationNeeds.trim()
    return fittedActorHeight(
      { w: shape.props.w, shownName: this.getText(shape), needs: needs === '' ? '' : `${t.moreCards.informationNeeds}: ${needs}` },
      actorTextMeasure(this.editor),
    )
  }

  /** The height the card is drawn at: its stored height, or taller when its text needs it. */
  cardHeight(shape: ActorShape): number {
    return Math.max(shape.props.h, this.fittedHeight(shape))
  }

  override getGeometry(shape: ActorShape) {
    return new Rectangle2d({ width: shape.props.w, height: this.cardHeight(shape), isFilled: true })
  }

  /** This person's own edits (never a peer's) store the height the new name or needs take, in the same change. */
  override onBeforeUpdate(prev: ActorShape, next: ActorShape): ActorShape | void {
    if (prev.props === next.props) return
    const h = heightAfterUpdate({
      before: { h: prev.props.h, fit: this.fittedHeight(prev) },
      after: { h: next.props.h, fit: this.fittedHeight(next) },
      minH: ACTOR_DEFAULT_PROPS.h,
    })
    if (h === next.props.h) return
    return { ...next, props: { ...next.props, h } }
  }

  override getText(shape: ActorShape): string {
    return shape.props.name.trim() || (agencyDisplay(shape.props.agencyId, boardAgenciesOf(this.editor))?.name ?? '')
  }

  override getAriaDescriptor(shape: ActorShape): string {
    const t = currentDictionary()
    const { interest, influence, informationNeeds, followUp } = shape.props
    return [
      t.moreCards.actor,
      this.getText(shape),
      t.moreCards.stakeValue(t.moreCards.interest, t.moreCards.stakes[interest]),
      t.moreCards.stakeValue(t.moreCards.influence, t.moreCards.stakes[influence]),
      informationNeeds && `${t.moreCards.informationNeeds}: ${informationNeeds}`,
      followUp && `${t.moreCards.followUp}: ${followUp}`,
    ]
      .filter(Boolean)
      .join('. ')
  }

  override component(shape: ActorShape) {
    return <ActorView shape={shape} />
  }

  override indicator(shape: ActorShape) {
    return <rect width={shape.props.w} height={this.cardHeight(shape)} rx={CARD_RADIUS} ry={CARD_RADIUS} />
  }
}
