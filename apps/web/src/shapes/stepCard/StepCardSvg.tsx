import type { StepCardShape } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { CARD_RADIUS } from '../cardGeometry'
import { CARD_FONT_FAMILY, CARD_PADDING, CARD_ROW_GAP, CARD_ROW_H, CardFrameSvg, CardTextSvg, fitLine, SvgAt, textWidth } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { ChannelIcon } from './ChannelIcon'
import { EmotionFace } from './EmotionFace'

const NEUTRAL_STRIPE = '#c7ced8'
const STRIPE_W = 6
const EMOTION_COLOURS = { negative: ['#fdecea', '#912018'], neutral: ['#eef1f5', '#1b2430'], positive: ['#e7f5ec', '#14532d'] } as const

/** The step card for export: white, the agency's colour as a stripe, kind and channel above, agency and emotion below. */
export function StepCardSvg({ editor, shape, h }: { editor: Editor; h: number; shape: StepCardShape }) {
  const t = currentDictionary()
  const { w, text, agencyId, channel, emotion, duration } = shape.props
  const agency = agencyDisplay(agencyId, boardAgenciesOf(editor))
  const stripe = agency?.colour ?? NEUTRAL_STRIPE
  const clipId = `sammen-step-clip-${shape.id.replace(/[^\w-]/g, '_')}`
  const headerMiddle = CARD_PADDING.top + CARD_ROW_H / 2
  const footerMiddle = h - CARD_PADDING.bottom - CARD_ROW_H / 2
  const inner = w - CARD_PADDING.left - CARD_PADDING.right

  // The channel chip, right-aligned in the header.
  const chipText = t.cards.channels[channel]
  const chipW = 6 + 14 + 4 + textWidth(chipText, { fontSize: 12, fontWeight: 'bold' }) + 8
  const chipX = w - CARD_PADDING.right - chipW
  const kind = t.cards.step.toLocaleUpperCase()
  const kindW = textWidth(kind, { fontSize: 11, fontWeight: 'bold' }) + kind.length * 11 * 0.07
  const durationText = duration.trim()

  // The emotion pill, right-aligned in the footer.
  const emotionText = emotion === null ? '' : emotion > 0 ? `+${emotion}` : String(emotion).replace('-', '−')
  const emotionW = emotion === null ? 0 : 6 + 14 + 4 + textWidth(emotionText, { fontSize: 12, fontWeight: 'bold' }) + 8
  const [emotionBg, emotionFg] = EMOTION_COLOURS[emotion === null || emotion === 0 ? 'neutral' : emotion < 0 ? 'negative' : 'positive']
  const agencyText = agency ? fitLine(agency.shortName, inner - emotionW - 8 - 17, { fontSize: 13, fontWeight: 'bold' }) : t.cards.noAgency

  return (
    <CardFrameSvg w={w} h={h} fill="#ffffff" stroke="#dde2e8">
      <clipPath id={clipId}>
        <rect width={w} height={h} rx={CARD_RADIUS} ry={CARD_RADIUS} />
      </clipPath>
      <rect width={STRIPE_W} height={h} fill={stripe} clipPath={`url(#${clipId})`} />
      <text x={CARD_PADDING.left} y={headerMiddle + 4} fontFamily={CARD_FONT_FAMILY} fontSize={11} fontWeight="bold" letterSpacing="0.07em" fill="#4a5563">
        {kind}
      </text>
      {durationText !== '' && (
        <text x={CARD_PADDING.left + kindW + 8} y={headerMiddle + 4} fontFamily={CARD_FONT_FAMILY} fontSize={11} fontWeight="bold" fill="#4a5567">
          {fitLine(durationText, Math.max(0, chipX - CARD_PADDING.left - kindW - 16), { fontSize: 11, fontWeight: 'bold' })}
        </text>
      )}
      <rect x={chipX} y={headerMiddle - 10} width={chipW} height={20} rx={10} fill="#eef1f5" />
      <SvgAt x={chipX + 6} y={headerMiddle - 7} colour="#3a4452">
        <ChannelIcon channel={channel} />
      </SvgAt>
      <text x={chipX + 6 + 14 + 4} y={headerMiddle + 4} fontFamily={CARD_FONT_FAMILY} fontSize={12} fontWeight="bold" fill="#3a4452">
        {chipText}
      </text>
      <CardTextSvg text={text} w={w} top={CARD_PADDING.top + CARD_ROW_H + CARD_ROW_GAP} fill="#1b2430" />
      {agency && <rect x={CARD_PADDING.left} y={footerMiddle - 5} width={10} height={10} rx={3} fill={agency.colour} />}
      <text
        x={CARD_PADDING.left + (agency ? 17 : 0)}
        y={footerMiddle + 4.5}
        fontFamily={CARD_FONT_FAMILY}
        fontSize={13}
        fontWeight={agency ? 'bold' : 'normal'}
        fill={agency ? '#1b2430' : '#5b6675'}
      >
        {agencyText}
      </text>
      {emotion !== null && (
        <g>
          <rect x={w - CARD_PADDING.right - emotionW} y={footerMiddle - 10} width={emotionW} height={20} rx={10} fill={emotionBg} />
          <SvgAt x={w - CARD_PADDING.right - emotionW + 6} y={footerMiddle - 7} colour={emotionFg}>
            <EmotionFace emotion={emotion} />
          </SvgAt>
          <text x={w - CARD_PADDING.right - emotionW + 24} y={footerMiddle + 4} fontFamily={CARD_FONT_FAMILY} fontSize={12} fontWeight="bold" fill={emotionFg}>
            {emotionText}
          </text>
        </g>
      )}
    </CardFrameSvg>
  )
}
