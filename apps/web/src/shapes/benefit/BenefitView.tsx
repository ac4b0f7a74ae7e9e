import { PERSON } from '@sammen/journey-model'
import { BENEFIT_TYPE, type BenefitShape } from '@sammen/journey-shapes'
import { HTMLContainer } from 'tldraw'
import { agencyIdsAttribute } from '../cardAgencyIds'
import { useT } from '../../i18n'
import { AgencyChips } from '../AgencyChips'
import { CardText } from '../CardText'
import { useCardHeight } from '../cardFit/useCardHeight'
import { useCardDetail } from '../cardDetail'
import { PersonIcon } from '../PersonIcon'
import '../moreCards.css'

/** A pale green card: what gets better, where it lands (an agency or the person) and who contributes. */
export function BenefitView({ shape }: { shape: BenefitShape }) {
  const t = useT()
  // Never shorter than the text: see TextCardShapeUtil.
  const h = useCardHeight(shape)
  const { w, text, landsWith, contributorIds } = shape.props
  const detail = useCardDetail(shape.id)

  return (
    <HTMLContainer
      className="sammen-card sammen-card--benefit"
      style={{ width: w, height: h }}
      data-testid="benefit-card"
      data-lands-with={landsWith}
      data-agency-ids={agencyIdsAttribute(shape)}
      data-detail={detail}
    >
      {detail === 'full' && (
        <>
          <div className="sammen-card__header">
            <span className="sammen-card__kind">
              <span className="card-marker card-marker--benefit" aria-hidden="true">
                <GainIcon />
              </span>
              {t.moreCards.benefit}
            </span>
          </div>
          <CardText shapeId={shape.id} type={BENEFIT_TYPE} text={text} colour="#1b2430" placeholder={t.moreCards.emptyBenefit} />
          <dl className="benefit-card__facts">
            <div className="benefit-card__fact" data-testid="benefit-lands-with">
              <dt>{t.moreCards.landsWith}</dt>
              <dd>
                {landsWith === PERSON ? (
                  <span className="agency-chip agency-chip--person">
                    <PersonIcon />
                    {t.moreCards.person}
                  </span>
                ) : landsWith === '' ? (
                  <span className="agency-chips__empty">{t.moreCards.nobodyYet}</span>
      ) : (
                  <AgencyChips agencyIds={[landsWith]} />
                )}
              </dd>
            </div>
            <div className="benefit-card__fact" data-testid="benefit-contributors">
              <dt>{t.moreCards.contributors}</dt>
              <dd>
                <AgencyChips agencyIds={contributorIds} emptyText={t.moreCards.nobodyYet} />
              </dd>
            </div>
          </dl>
        </>
      )}
    </HTMLContainer>
  )
}

function GainIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" focusable="false">
      <path d="M1.8 12 6 7.8l2.8 2.8 5.4-5.4M10.2 5.2h4v4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
