import { ACTOR_DEFAULT_PROPS, ACTOR_TYPE } from '@sammen/journey-shapes'
import type { VecModel } from 'tldraw'
import { ClickToPlaceTool } from '../ClickToPlaceTool'
import { placeCard } from '../placeCard'
import { ACTOR_CARD_SIZE } from './actorMapLayout'

/**
 * Click on the canvas to place an actor and write its name; choosing an agency in the details panel makes the
 * name optional (the card then shows the agency's).
 */
export class ActorTool extends ClickToPlaceTool {
  static override id = ACTOR_TYPE

  protected place(point: VecModel) {
    placeCard(this.editor, { type: ACTOR_TYPE, props: { ...ACTOR_DEFAULT_PROPS, ...ACTOR_CARD_SIZE } }, point)
  }
}
