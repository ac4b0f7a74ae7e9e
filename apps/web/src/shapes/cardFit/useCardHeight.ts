import { useEditor } from 'tldraw'
import type { TextCardShape } from './TextCardShapeUtil'

/** The height a text card is drawn at (its geometry's): the view must agree with hit-testing, arrows and export. */
export function useCardHeight(shape: TextCardShape): number {
  const editor = useEditor()
  // Geometry is cached per shape record, and the view re-renders when the record changes.
  return editor.getShapeGeometry(shape).bounds.h
}
