import { STEP_CARD_TYPE, type StepCardShape } from '@sammen/journey-shapes'
import type { CSSProperties } from 'react'
import { HTMLContainer } from 'tldraw'
import { agencyIdsAttribute } from '../cardAgencyIds'
import { useT } from '../../i18n'
import { useAgencyDisplay } from '../useBoardAgencies'
import { CardText } from '../CardText'
import { useCardHeight } from '../cardFit/useCardHeight'
import { useCardDetail } from '../cardDetail'
import { ChannelIcon } from './ChannelIcon'
import { EmotionFace } from './EmotionFace'

const NEUTRAL_STRIPE = '#c7ced8'

/** A white card with the owning agency's colour as a stripe, so many agencies' steps stay calm on one board. */
export function StepCardView({ shape }: { shape: StepCardShape }) {
  const t = useT()
  // Never shorter than the text: see TextCardShapeUtil.
  const h = useCardHeight(shape)
  const { w, text, agencyId, channel, emotion, duration } = shape.props
  const agency = useAgencyDisplay(agencyId)
  const detail = useCardDetail(shape.id)
  const style = { width: w, height: h, '--agency-colour': agency?.colour ?? NEUTRAL_STRIPE } as CSSProperties

  return (
    <HTMLContainer className="sammen-card sammen-card--step" style={style} data-testid="step-card" data-agency={agencyId} data-agency-ids={agencyIdsAttribute(shape)} data-detail={detail}>
      {detail === 'full' && (
        <>
          <div className="sammen-card__header">
            <span className="sammen-card__kind">{t.cards.step}</span>
            {duration.trim() !== '' && (
              <span className="sammen-card__duration" title={t.cards.durationLabel(duration.trim())} data-testid="step-card-duration">
                <ClockIcon />
                {duration.trim()}
              </span>
            )}
            <span className="sammen-card__chip">
              <ChannelIcon channel={channel} />
              {t.cards.channels[channel]}
            </span>
          </div>
          <CardText shapeId={shape.id} type={STEP_CARD_TYPE} text={text} colour="#1b2430" placeholder={t.cards.emptyText} />
          <div className="sammen-card__footer">
            {agency ? (
              <span className="sammen-card__agency" title={agency.name}>
                <span className="sammen-card__agency-dot" aria-hidden="true" />
                {agency.shortName}
              </span>
      ) : (
              <span className="sammen-card__agency sammen-card__agency--none">{t.cards.noAgency}</span>
            )}
            {emotion !== null && (
              <span className="sammen-card__emotion" data-emotion={emotion} title={`${t.cards.emotion(emotion)}: ${t.cards.emotionLevels[emotion]}`}>
                <EmotionFace emotion={emotion} />
                {/* A real minus sign: "-1" in a small pill reads as a dash. */}
                {emotion > 0 ? `+${emotion}` : String(emotion).replace('-', '−')}
              </span>
            )}
          </div>
        </>
      )}
    </HTMLContainer>
  )
}

function ClockIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.6V8l2.2 1.6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  )
}
