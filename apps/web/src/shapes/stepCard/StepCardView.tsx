import { STEP_CARD_TYPE, type StepCardShape } from '@sammen/journey-shapes'
import type { CSSProperties } from 'react'
import { HTMLContainer } from 'tldraw'
import { useT } from '../../i18n'
import { agencyDisplay } from '../agencyDisplay'
import { CardText } from '../CardText'
import { ChannelIcon } from './ChannelIcon'
import { EmotionFace } from './EmotionFace'

const NEUTRAL_STRIPE = '#c7ced8'

/** A white card with the owning agency's colour as a stripe, so many agencies' steps stay calm on one board. */
export function StepCardView({ shape }: { shape: StepCardShape }) {
  const t = useT()
  const { w, h, text, agencyId, channel, emotion } = shape.props
  const agency = agencyDisplay(agencyId)
  const style = { width: w, height: h, '--agency-colour': agency?.colour ?? NEUTRAL_STRIPE } as CSSProperties

  return (
    <HTMLContainer className="sammen-card sammen-card--step" style={style} data-testid="step-card" data-agency={agencyId}>
      <div className="sammen-card__header">
        <span className="sammen-card__kind">{t.cards.step}</span>
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
    </HTMLContainer>
  )
}
