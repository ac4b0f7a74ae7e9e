import { STEP_CARD_DEFAULT_PROPS, STEP_CARD_TYPE } from '@sammen/journey-shapes'
import { StateNode } from 'tldraw'
import { placeCard } from '../placeCard'

/** Click on the canvas to place a step card there and start writing on it. */
export class StepCardTool extends StateNode {
  static override id = STEP_CARD_TYPE

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
    placeCard(this.editor, { type: STEP_CARD_TYPE, props: { ...STEP_CARD_DEFAULT_PROPS } }, this.editor.inputs.getOriginPagePoint())
  }

  override onCancel() {
    this.editor.setCurrentTool('select')
  }
}
