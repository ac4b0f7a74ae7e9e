import { readableTextColour } from '@sammen/journey-model'
import { PAIN_POINT_TYPE, type PainPointShape } from '@sammen/journey-shapes'
import type { CSSProperties } from 'react'
import { HTMLContainer } from 'tldraw'
import { agencyIdsAttribute } from '../cardAgencyIds'
import { useT } from '../../i18n'
import { useAgencyDisplay } from '../useBoardAgencies'
import { CardText } from '../CardText'
import { useCardHeight } from '../cardFit/useCardHeight'
import { useCardDetail } from '../cardDetail'
import { SeverityMarker } from './SeverityMarker'

/** The warning triangle of a pain point (16-unit box), also drawn by the exported card. */
export const PAIN_POINT_ICON_PATH = 'M8 1.8 15 14H1zM8 6.2v3.6M8 11.6v.2'

/** The owner's colour fills the card, so a wall of pain points shows at a glance who owns most of them. */
export function PainPointView({ shape }: { shape: PainPointShape }) {
  const t = useT()
  // Never shorter than the text: see TextCardShapeUtil.
  const h = useCardHeight(shape)
  const { w, text, ownerAgencyId, severity, category } = shape.props
  const owner = useAgencyDisplay(ownerAgencyId)
  const detail = useCardDetail(shape.id)
  const background = owner?.colour ?? '#5b6675'
  const foreground = readableTextColour(background)
  const style = { width: w, height: h, '--card-bg': background, '--card-fg': foreground } as CSSProperties

  return (
    <HTMLContainer
      className="sammen-card sammen-card--pain"
      style={style}
      data-testid="pain-point-card"
      data-owner={ownerAgencyId}
      data-agency-ids={agencyIdsAttribute(shape)}
      data-severity={severity}
      data-detail={detail}
    >
      {detail === 'full' && (
        <>
          <div className="sammen-card__header">
            {/* The category names the problem better than the word "problem"; colour and icon say what kind of card it is. */}
            <span className="sammen-card__kind sammen-card__category" title={t.cards.categories[category]}>
              <svg width="14" height="14" viewBox="0 0 16 16" role="img" aria-label={t.cards.painPoint} focusable="false">
                <path d={PAIN_POINT_ICON_PATH} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" />
              </svg>
              <span className="sammen-card__ellipsis">{t.cards.categories[category]}</span>
            </span>
            <SeverityMarker severity={severity} label={t.cards.severity(severity)} />
          </div>
          <CardText shapeId={shape.id} type={PAIN_POINT_TYPE} text={text} colour={foreground} placeholder={t.cards.emptyText} />
          <div className="sammen-card__footer">
            <span className="sammen-card__owner" title={owner?.name}>
              <span className="sammen-card__owner-label">{t.cards.owner}</span> {owner?.shortName}
            </span>
          </div>
        </>
      )}
    </HTMLContainer>
  )
}
