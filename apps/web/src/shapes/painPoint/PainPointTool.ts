import { PAIN_POINT_TYPE } from '@sammen/journey-shapes'
import type { VecModel } from 'tldraw'
import { ClickToPlaceTool } from '../ClickToPlaceTool'
import { pendingPainPoint } from './pendingPainPoint'

/**
 * Click on the canvas to say where a pain point goes; the owner dialog (PainPointPlacement) then asks who owns it
 * and creates the card. Back to the select tool meanwhile, so the canvas is calm behind the dialog.
 */
export class PainPointTool extends ClickToPlaceTool {
  static override id = PAIN_POINT_TYPE

  protected place(point: VecModel) {
    this.editor.setCurrentTool('select')
    pendingPainPoint(this.editor).set(point)
  }
}
