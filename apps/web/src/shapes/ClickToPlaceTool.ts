import { StateNode, type VecModel } from 'tldraw'

/**
 * A tool that places something where the person clicks (press and release on the canvas). The cards' tools
 * differ only in what happens at that point.
 */
export abstract class ClickToPlaceTool extends StateNode {
  private isPointing = false

  protected abstract place(point: VecModel): void

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
    this.place({ x, y })
  }

  override onCancel() {
    this.editor.setCurrentTool('select')
  }
}
