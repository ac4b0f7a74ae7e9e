import { readableTextColour } from '@sammen/journey-model'
import { SEVERITIES, type PainPointShape } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { CARD_FONT_FAMILY, CARD_PADDING, CARD_ROW_GAP, CARD_ROW_H, CardFrameSvg, CardTextSvg, fitLine, SvgAt, textWidth } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { PAIN_POINT_ICON_PATH } from './PainPointView'

const NO_OWNER_COLOUR = '#5b6675'

/** The pain point for export: filled with the owner's colour, category and severity above, the owner below. */
export function PainPointSvg({ editor, shape, h }: { editor: Editor; h: number; shape: PainPointShape }) {
  const t = currentDictionary()
  const { w, text, ownerAgencyId, severity, category } = shape.props
  const owner = agencyDisplay(ownerAgencyId, boardAgenciesOf(editor))
  const background = owner?.colour ?? NO_OWNER_COLOUR
  const foreground = readableTextColour(background)
  const headerMiddle = CARD_PADDING.top + CARD_ROW_H / 2
  const footerMiddle = h - CARD_PADDING.bottom - CARD_ROW_H / 2
  const inner = w - CARD_PADDING.left - CARD_PADDING.right
  const markerW = SEVERITIES.length * 4 + (SEVERITIES.length - 1) * 2
  const ownerLabel = t.cards.owner.toLocaleUpperCase()
  const ownerLabelW = textWidth(ownerLabel, { fontSize: 11, fontWeight: 'bold' }) + ownerLabel.length * 11 * 0.06

  return (
    <CardFrameSvg w={w} h={h} fill={background}>
      <SvgAt x={CARD_PADDING.left} y={headerMiddle - 7} colour={foreground}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path d={PAIN_POINT_ICON_PATH} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" />
        </svg>
      </SvgAt>
      <text x={CARD_PADDING.left + 19} y={headerMiddle + 4.5} fontFamily={CARD_FONT_FAMILY} fontSize={12.5} fontWeight="bold" letterSpacing="0.02em" fill={foreground}>
        {fitLine(t.cards.categories[category], inner - 19 - markerW - 8, { fontSize: 12.5, fontWeight: 'bold' })}
      </text>
      {SEVERITIES.map((level, index) => (
        <rect
          key={level}
          x={w - CARD_PADDING.right - markerW + index * 6}
          y={headerMiddle + 7 - (4 + level * 3)}
          width={4}
          height={4 + level * 3}
          rx={1}
          fill={foreground}
          opacity={level <= severity ? 1 : 0.35}
        />
      ))}
      <CardTextSvg text={text} w={w} top={CARD_PADDING.top + CARD_ROW_H + CARD_ROW_GAP} fill={foreground} />
      <text x={CARD_PADDING.left} y={footerMiddle + 4.5} fontFamily={CARD_FONT_FAMILY} fill={foreground}>
        <tspan fontSize={11} fontWeight="bold" letterSpacing="0.06em">
          {ownerLabel}
        </tspan>
        <tspan x={CARD_PADDING.left + ownerLabelW + 4} fontSize={13} fontWeight="bold">
          {owner ? fitLine(owner.shortName, inner - ownerLabelW - 4, { fontSize: 13, fontWeight: 'bold' }) : ''}
        </tspan>
      </text>
    </CardFrameSvg>
  )
}
