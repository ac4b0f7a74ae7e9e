import { OPPORTUNITY_TYPE, PAIN_POINT_TYPE, type OpportunityProps, type OpportunityShape, type PainPointShape } from '@sammen/journey-shapes'
import { useEditor, useValue } from 'tldraw'
import { useT } from '../../i18n'
import { agencyDisplay } from '../agencyDisplay'
import { useBoardAgencies } from '../useBoardAgencies'
import { cardsLinkedByArrows } from '../arrowLink/linkedCards'
import { AgencyListField, DetailsPanel } from '../details/DetailsFields'

/** The agencies that must act together, and the pain points the opportunity solves (arrows to them). */
export function OpportunityDetails({ card }: { card: OpportunityShape }) {
  const t = useT()
  const editor = useEditor()
  const boardAgencies = useBoardAgencies()
  const painPoints = useValue(
    'pain points the opportunity solves',
    () => cardsLinkedByArrows(editor, card.id, PAIN_POINT_TYPE) as PainPointShape[],
    [editor, card.id],
  )
  const update = (props: Partial<OpportunityProps>) => {
    editor.markHistoryStoppingPoint('change opportunity')
    editor.updateShape({ id: card.id, type: OPPORTUNITY_TYPE, props })
  }
  const show = (painPoint: PainPointShape) => {
    editor.select(painPoint.id)
    editor.zoomToSelectionIfOffscreen(80, { animation: { duration: 220 } })
  }
  return (
    <DetailsPanel label={t.cards.details.label}>
      <AgencyListField label={t.moreCards.details.agencies} agencyIds={card.props.agencyIds} onChange={(agencyIds) => update({ agencyIds })} />
      <div className="card-details__group">
        <h3 className="card-details__subheading">{t.moreCards.details.solvesHeading}</h3>
        {painPoints.length === 0 ? (
          <p className="card-details__empty">{t.moreCards.details.solvesNone}</p>
        ) : (
          <ul className="card-details__links" data-testid="opportunity-solves">
            {painPoints.map((painPoint) => {
              const owner = agencyDisplay(painPoint.props.ownerAgencyId, boardAgencies)
              return (
                <li key={painPoint.id}>
                  <button type="button" className="card-details__link" onClick={() => show(painPoint)}>
                    <span className="card-details__swatch" style={{ background: owner?.colour }} aria-hidden="true" />
                    <span>
                      {painPoint.props.text.trim() || t.moreCards.untitledCard}
                      {owner && <span className="card-details__muted"> · {owner.shortName}</span>}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        )}
      </div>
    </DetailsPanel>
  )
}
