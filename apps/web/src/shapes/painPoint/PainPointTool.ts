import { PAIN_POINT_TYPE } from '@sammen/journey-shapes'
import { StateNode } from 'tldraw'
import { pendingPainPoint } from './pendingPainPoint'

/**
 * Click on the canvas to say where a pain point goes; the owner dialog (PainPointPlacement) then asks who owns it
 * and creates the card. Back to the select tool meanwhile, so the canvas is calm behind the dialog.
 */
export class PainPointTool extends StateNode {
  static override id = PAIN_POINT_TYPE

  private isPointing = false

  override onEnter() {
    this.isPointing = false
    this.editor.setCursor({ type: 'cross', rotation: 0 })
  }

  override onPointerDown() {
    this.isPointing = true
  }

  override onPointerUp() {
    if (!this.isPointing) return
    this.isPointing = false
    const { x, y } = this.editor.inputs.getOriginPagePoint()
    this.editor.setCurrentTool('select')
    pendingPainPoint(this.editor).set({ x, y })
  }

  override onCancel() {
    this.editor.setCurrentTool('select')
  }
}
