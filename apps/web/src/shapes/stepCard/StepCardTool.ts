import { STEP_CARD_DEFAULT_PROPS, STEP_CARD_TYPE } from '@sammen/journey-shapes'
import type { VecModel } from 'tldraw'
import { ClickToPlaceTool } from '../ClickToPlaceTool'
import { placeCard } from '../placeCard'

/** Click on the canvas to place a step card there and start writing on it. */
export class StepCardTool extends ClickToPlaceTool {
  static override id = STEP_CARD_TYPE

  protected place(point: VecModel) {
    placeCard(this.editor, { type: STEP_CARD_TYPE, props: { ...STEP_CARD_DEFAULT_PROPS } }, point)
  }
}
