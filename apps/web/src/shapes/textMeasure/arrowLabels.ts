import { ARROW_LABEL_FONT_SIZES, FONT_FAMILIES, renderHtmlFromRichTextForMeasurement, TEXT_PROPS, toRichText, type Editor, type TLArrowShape } from 'tldraw'
import { measureAll, measuredSize, type MeasureRequest } from './measureMemo'

/*
 * The two measures tldraw makes of an arrow's label (tldraw's arrowLabel.ts, with this repo's patch): the label
 * unconstrained, then squeezed to the width it gets on the arrow, between words only. The second width depends on
 * the arrow's geometry; when the label fits along its arrow (a handoff's label nearly always does) it is the first
 * measure's own width, which is the one measured ahead here. A label that does not fit is measured by tldraw as
 * before. Must follow tldraw's options exactly, or the memory is simply not used.
 */

function unconstrained(editor: Editor, arrow: TLArrowShape): MeasureRequest {
  const text = editor.getShapeUtil(arrow).getText(arrow) ?? ''
  return {
    // tldraw measures an empty label as an "i", its least width.
    html: renderHtmlFromRichTextForMeasurement(editor, text.trim() === '' ? toRichText('i') : arrow.props.richText),
    opts: { ...TEXT_PROPS, fontFamily: FONT_FAMILIES[arrow.props.font], fontSize: ARROW_LABEL_FONT_SIZES[arrow.props.size] * arrow.props.scale, maxWidth: null },
  }
}

/** Measures, in two layouts for all of them, the labels of `arrows` as tldraw will when it draws them. */
export function measureArrowLabels(editor: Editor, arrows: readonly TLArrowShape[]): void {
  if (arrows.length === 0) return
  const first = arrows.map((arrow) => unconstrained(editor, arrow))
  measureAll(editor, first)
  const squeezed = first.flatMap((request) => {
    const size = measuredSize(editor, request)
    if (!size) return []
    return [{ html: request.html, opts: { ...request.opts, maxWidth: size.w, otherStyles: { 'min-width': 'min-content' } } }]
  })
  measureAll(editor, squeezed)
}
