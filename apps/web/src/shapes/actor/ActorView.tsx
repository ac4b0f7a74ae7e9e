import { readableTextColour } from '@sammen/journey-model'
import type { ActorShape } from '@sammen/journey-shapes'
import type { CSSProperties } from 'react'
import { HTMLContainer, useEditor } from 'tldraw'
import { agencyIdsAttribute } from '../cardAgencyIds'
import { useT } from '../../i18n'
import '../moreCards.css'
import { PersonIcon } from '../PersonIcon'
import { useAgencyDisplay } from '../useBoardAgencies'
import { useCardDetail } from '../cardDetail'
import { ActorNameText } from './ActorNameText'
import { StakeScale } from './StakeScale'

/** Actors named on their own (a ministry, a union, the person) get a calm slate band instead of an agency colour. */
export const NAMED_ACTOR_COLOUR = '#475467'

/** An actor of the actor map: the agency's colour as a band, the name, interest and influence as scales. */
export function ActorView({ shape }: { shape: ActorShape }) {
  const t = useT()
  const { w, agencyId, interest, influence, informationNeeds } = shape.props
  // Drawn at its geometry's height: never shorter than its name and needs (ActorShapeUtil.cardHeight).
  const h = useEditor().getShapeGeometry(shape).bounds.h
  const agency = useAgencyDisplay(agencyId)
  const detail = useCardDetail(shape.id)
  const band = agency?.colour ?? NAMED_ACTOR_COLOUR
  const style = { width: w, height: h, '--band-bg': band, '--band-fg': readableTextColour(band) } as CSSProperties

  return (
    <HTMLContainer className="sammen-card sammen-card--actor" style={style} data-testid="actor-card" data-agency={agencyId} data-agency-ids={agencyIdsAttribute(shape)} data-detail={detail}>
      {detail === 'low' ? (
        <div className="actor-card__band" />
      ) : (
        <>
          <div className="actor-card__band">
            <span className="sammen-card__kind">
              <PersonIcon />
              {t.moreCards.actor}
            </span>
            <span className="actor-card__agency" title={agency?.name}>
              {agency ? agency.shortName : t.moreCards.namedActor}
            </span>
          </div>
          <ActorNameText shape={shape} agencyName={agency?.name} placeholder={t.moreCards.emptyActorName} />
          <div className="actor-card__scales">
            <StakeScale label={t.moreCards.interest} level={interest} levelText={t.moreCards.stakes[interest]} />
            <StakeScale label={t.moreCards.influence} level={influence} levelText={t.moreCards.stakes[influence]} />
          </div>
          {informationNeeds.trim() !== '' && (
            <p className="actor-card__needs">
              <span className="actor-card__needs-label">{t.moreCards.informationNeeds}:</span> {informationNeeds}
            </p>
          )}
        </>
      )}
    </HTMLContainer>
  )
}
