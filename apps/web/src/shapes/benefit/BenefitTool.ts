import { BENEFIT_DEFAULT_PROPS, BENEFIT_TYPE } from '@sammen/journey-shapes'
import type { VecModel } from 'tldraw'
import { ClickToPlaceTool } from '../ClickToPlaceTool'
import { placeCard } from '../placeCard'

/** Placed a little taller than the schema's default: the card shows where the gain lands and who contributes. */
export const BENEFIT_PLACED_H = 184

/** Click on the canvas to place a benefit there and start writing what gets better. */
export class BenefitTool extends ClickToPlaceTool {
  static override id = BENEFIT_TYPE

  protected place(point: VecModel) {
    placeCard(this.editor, { type: BENEFIT_TYPE, props: { ...BENEFIT_DEFAULT_PROPS, h: BENEFIT_PLACED_H, contributorIds: [] } }, point)
  }
}
