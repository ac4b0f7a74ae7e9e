import {
  ARROW_LABEL_FONT_SIZES,
  ArrowShapeUtil,
  getDefaultColorTheme,
  renderPlaintextFromRichText,
  toRichText,
  type SvgExportContext,
  type TLArrowShape,
} from 'tldraw'
import { SvgLines, wrapText } from '../cardSvg'
import { arrowLabelShapeBox } from './placeArrowLabels'

/** tldraw's padding inside an arrow label (`ARROW_LABEL_PADDING`, not exported). */
const LABEL_PADDING = 4.25
/** tldraw's label line height (`TEXT_PROPS.lineHeight`). */
const LABEL_LINE_HEIGHT = 1.35

/**
 * tldraw's arrow, exported with its label as SVG text. tldraw exports a label as HTML in a foreignObject and inlines
 * every computed style of it, about 15 KB and tens of milliseconds per label: most of the time of exporting a
 * journey with its handoffs. Same schema and behaviour on the canvas; only `toSvg` differs, for labels in the plain
 * font (all handoffs and relations; other fonts keep tldraw's export).
 */
export class SammenArrowShapeUtil extends ArrowShapeUtil {
  override toSvg(shape: TLArrowShape, ctx: SvgExportContext) {
    const text = renderPlaintextFromRichText(this.editor, shape.props.richText)
    const label = arrowLabelShapeBox(this.editor, shape.id)
    if (shape.props.font !== 'sans' || text.trim() === '' || !label) return super.toSvg(shape, ctx)

    const theme = getDefaultColorTheme(ctx)
    const scale = shape.props.scale
    const style = { fontSize: ARROW_LABEL_FONT_SIZES[shape.props.size] * scale, lineHeight: LABEL_LINE_HEIGHT }
    const inner = label.w - 2 * LABEL_PADDING * scale
    // A hair wider than the label: the label was sized by the browser's layout of the same words.
    const lines = wrapText(text, inner + 1, style)
    const textHeight = lines.length * style.fontSize * LABEL_LINE_HEIGHT
    const line = super.toSvg({ ...shape, props: { ...shape.props, richText: toRichText('') } }, ctx)
    return (
      <g>
        {line}
        {/* The canvas leaves a gap in the line around the label: the page's colour behind the text does the same. */}
        <rect x={label.x} y={label.y} width={label.w} height={label.h} rx={4 * scale} fill={theme.background} />
        <SvgLines
          lines={lines}
          x={label.x + label.w / 2}
          y={label.y + (label.h - textHeight) / 2}
          style={style}
          fill={theme[shape.props.labelColor].solid}
          anchor="middle"
        />
      </g>
    )
  }
}
