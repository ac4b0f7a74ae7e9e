import { OPPORTUNITY_TYPE, PAIN_POINT_TYPE, type OpportunityShape } from '@sammen/journey-shapes'
import { HTMLContainer, useEditor, useValue } from 'tldraw'
import { agencyIdsAttribute } from '../cardAgencyIds'
import { useT } from '../../i18n'
import { AgencyChips } from '../AgencyChips'
import { cardsLinkedByArrows } from '../arrowLink/linkedCards'
import { CardText } from '../CardText'
import { useCardHeight } from '../cardFit/useCardHeight'
import { useCardDetail } from '../cardDetail'
import '../moreCards.css'

/** A light card with a lightbulb: an idea, the pain points it solves (arrows) and the agencies that must act. */
export function OpportunityView({ shape }: { shape: OpportunityShape }) {
  const t = useT()
  // Never shorter than the text: see TextCardShapeUtil.
  const h = useCardHeight(shape)
  const editor = useEditor()
  const { w, text, agencyIds } = shape.props
  const detail = useCardDetail(shape.id)
  const solves = useValue('opportunity solves', () => cardsLinkedByArrows(editor, shape.id, PAIN_POINT_TYPE).length, [editor, shape.id])

  return (
    <HTMLContainer
      className="sammen-card sammen-card--opportunity"
      style={{ width: w, height: h }}
      data-testid="opportunity-card"
      data-agency-ids={agencyIdsAttribute(shape)}
      data-detail={detail}
    >
      {detail === 'full' && (
        <>
          <div className="sammen-card__header">
            <span className="sammen-card__kind">
              <span className="card-marker card-marker--opportunity" aria-hidden="true">
                <LightbulbIcon />
              </span>
              {t.moreCards.opportunity}
            </span>
            {solves > 0 && <span className="sammen-card__chip">{t.moreCards.solves(solves)}</span>}
          </div>
          <CardText shapeId={shape.id} type={OPPORTUNITY_TYPE} text={text} colour="#1b2430" placeholder={t.moreCards.emptyOpportunity} />
          <div className="sammen-card__footer">
            <AgencyChips agencyIds={agencyIds} emptyText={t.moreCards.noAgencies} />
          </div>
        </>
      )}
    </HTMLContainer>
  )
}

function LightbulbIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" focusable="false">
      <path
        d="M6 12.5h4M6.6 14.5h2.8M8 1.6a4.6 4.6 0 0 0-2.7 8.3c.5.4.8.9.8 1.5v.1h3.8v-.1c0-.6.3-1.1.8-1.5A4.6 4.6 0 0 0 8 1.6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
