import {
  journeyFrameGeometry,
  journeyFrameShape,
  journeyFrameMigrations,
  journeyFrameProps,
  JOURNEY_FRAME_TYPE,
  type JourneyFrameShape,
} from '@sammen/journey-shapes'
import {
  getIndices,
  Group2d,
  Rectangle2d,
  ShapeUtil,
  type TLDragShapesOutInfo,
  type SvgExportContext,
  type TLHandle,
  type TLHandleDragInfo,
  type TLShape,
  type TLShapePartial,
} from 'tldraw'
import { embedCardFonts } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { defaultFrameProps } from './defaultFrame'
import { childCards } from './frameEdits'
import { withOwnGridIds } from './gridEdits'
import { dragGridHandle, gridHandles } from './gridHandles'
import { relocateCards } from './relocateCards'
import { JourneyFrameSvg } from './JourneyFrameSvg'
import { JourneyFrameView } from './JourneyFrameView'
import './journeyFrame.css'
import { acceptsCard, snapDroppedCards } from './snapDroppedCards'

/**
 * The journey grid on the canvas. Like tldraw's FrameShapeUtil, cards dragged onto it become its children (so they
 * move with it) and leave it when dragged off; unlike a frame it is not resized by its corners: its size follows
 * from the columns and rows, which the frame panel changes (keeping every card in its cell).
 */
export class JourneyFrameShapeUtil extends ShapeUtil<JourneyFrameShape> {
  static override type = JOURNEY_FRAME_TYPE
  static override props = journeyFrameProps
  static override migrations = journeyFrameMigrations

  override getDefaultProps(): JourneyFrameShape['props'] {
    return defaultFrameProps(currentDictionary())
  }

  /** A duplicated or pasted frame gets its own phase and lane ids (only local creations pass through here). */
  override onBeforeCreate(next: JourneyFrameShape): JourneyFrameShape | void {
    const used = new Set<string>()
    for (const shape of this.editor.store.query.records('shape').get()) {
      if (shape.type !== JOURNEY_FRAME_TYPE || shape.id === next.id) continue
      const other = shape as JourneyFrameShape
      for (const item of [...other.props.phases, ...other.props.lanes]) used.add(item.id)
    }
    const props = withOwnGridIds(next.props, used)
    if (props !== next.props) return { ...next, props }
  }

  override getGeometry(shape: JourneyFrameShape) {
    const { w, h, columns, rows } = journeyFrameGeometry(shape.props)
    const headerH = rows[0]?.y ?? 0
    const labelW = columns[0]?.x ?? 0
    // The header and the lane names are solid (a click there selects the frame); the cells are not, so a drag
    // that starts in an empty cell selects cards with a brush, as inside tldraw's frames.
    return new Group2d({
      children: [
        new Rectangle2d({ width: w, height: h, isFilled: false }),
        new Rectangle2d({ width: w, height: headerH, isFilled: true }),
        new Rectangle2d({ y: headerH, width: labelW, height: h - headerH, isFilled: true }),
      ],
    })
  }

  override canResize() {
    return false
  }

  override hideResizeHandles() {
    return true
  }

  override hideRotateHandle() {
    return true
  }

  override canBind() {
    return false
  }

  /** A handle on each column's right border and each row's bottom border: drag to resize that column or row. */
  override getHandles(shape: JourneyFrameShape): TLHandle[] {
    const handles = gridHandles(shape.props)
    const indices = getIndices(handles.length)
    return handles.map((handle, i) => ({ ...handle, type: 'vertex', index: indices[i]! }))
  }

  /** The drag is one undo step (tldraw marks its start); the cards move with their column or row as it grows. */
  override onHandleDrag(shape: JourneyFrameShape, { handle }: TLHandleDragInfo<JourneyFrameShape>): TLShapePartial<JourneyFrameShape> | void {
    const cards = childCards(this.editor, shape.id)
    const next = dragGridHandle(shape.props, handle.id, handle, cards)
    if (next === shape.props) return
    const moves = relocateCards(shape.props, next, cards)
    if (moves.length > 0) {
      this.editor.updateShapes(
        moves.map(({ id, x, y }) => {
          const card = this.editor.getShape(id as TLShape['id'])!
          return { id: card.id, type: card.type, x, y }
        }),
      )
    }
    return { id: shape.id, type: shape.type, props: next }
  }

  override getText(shape: JourneyFrameShape): string {
    return journeyFrameShape.text(shape.props)
  }

  override getAriaDescriptor(shape: JourneyFrameShape): string {
    const t = currentDictionary()
    return `${t.journeyFrame.shapeLabel}: ${shape.props.phases.map((phase) => phase.name).join(', ')}`
  }

  override canReceiveNewChildrenOfType(shape: JourneyFrameShape, type: TLShape['type']): boolean {
    return !shape.isLocked && acceptsCard(type)
  }

  override onDragShapesIn(shape: JourneyFrameShape, shapes: TLShape[]): void {
    const cards = shapes.filter((card) => card.parentId !== shape.id && acceptsCard(card.type) && !this.editor.hasAncestor(shape, card.id))
    if (cards.length > 0) this.editor.reparentShapes(cards, shape.id)
  }

  override onDragShapesOut(shape: JourneyFrameShape, shapes: TLShape[], info: TLDragShapesOutInfo): void {
    // Dragged onto another frame: that one takes them in its own onDragShapesIn.
    if (info.nextDraggingOverShapeId) return
    const leaving = shapes.filter((card) => card.parentId === shape.id)
    if (leaving.length > 0) this.editor.reparentShapes(leaving, this.editor.getCurrentPageId())
  }

  override onDropShapesOver(shape: JourneyFrameShape, shapes: TLShape[]): void {
    snapDroppedCards(this.editor, shape, shapes)
  }

  override component(shape: JourneyFrameShape) {
    return <JourneyFrameView shape={shape} />
  }

  /** Drawn in SVG for export (see cardSvg.tsx for why). */
  override toSvg(shape: JourneyFrameShape, ctx: SvgExportContext) {
    embedCardFonts(this.editor, ctx)
    return <JourneyFrameSvg editor={this.editor} shape={shape} />
  }

  override indicator(shape: JourneyFrameShape) {
    const { w, h } = journeyFrameGeometry(shape.props)
    return <rect width={w} height={h} />
  }
}
