import { OPPORTUNITY_DEFAULT_PROPS, OPPORTUNITY_TYPE } from '@sammen/journey-shapes'
import type { VecModel } from 'tldraw'
import { ClickToPlaceTool } from '../ClickToPlaceTool'
import { placeCard } from '../placeCard'

/** Placed a little taller than the schema's default: the agencies' chips need a row of their own. */
export const OPPORTUNITY_PLACED_H = 168

/** Click on the canvas to place an opportunity there and start writing the idea. */
export class OpportunityTool extends ClickToPlaceTool {
  static override id = OPPORTUNITY_TYPE

  protected place(point: VecModel) {
    placeCard(this.editor, { type: OPPORTUNITY_TYPE, props: { ...OPPORTUNITY_DEFAULT_PROPS, h: OPPORTUNITY_PLACED_H, agencyIds: [] } }, point)
  }
}
