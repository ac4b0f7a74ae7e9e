import { ACTOR_DEFAULT_PROPS, ACTOR_TYPE, actorMigrations, actorProps, type ActorShape } from '@sammen/journey-shapes'
import { BaseBoxShapeUtil } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { CARD_RADIUS } from '../cardGeometry'
import { currentDictionary } from '../currentDictionary'
import { ActorView } from './ActorView'

/** An actor of the shared actor map; props and migrations come from @sammen/journey-shapes. */
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
    return <rect width={shape.props.w} height={shape.props.h} rx={CARD_RADIUS} ry={CARD_RADIUS} />
  }
}
