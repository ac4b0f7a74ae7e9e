import { handoffInformationItems, type ActorShape, type OpportunityShape, type PainPointShape, type StepCardShape } from '@sammen/journey-shapes'
import { CARRIERS, type Carrier } from '@sammen/journey-model'
import { useId } from 'react'
import { renderPlaintextFromRichText, toRichText, useEditor, type TLArrowShape, type TLShape } from 'tldraw'
import { useT } from '../../i18n'
import { agencyDisplay, type BoardAgencies } from '../agencyDisplay'
import { useBoardAgencies } from '../useBoardAgencies'
import { chosenHandoffCarrier, handoffArrowStyle, withHandoffCarrier, type ArrowLinkKind } from './arrowLink'
import { DetailsPanel, DetailsTitle, TextField } from '../details/DetailsFields'

export interface ArrowLink {
  kind: ArrowLinkKind
  arrow: TLArrowShape
  start: TLShape
  end: TLShape
}

/** What a selected arrow between two journey cards means: a handoff, an actor relation or "opportunity solves pain point". */
export function ArrowLinkDetails({ link }: { link: ArrowLink }) {
  if (link.kind === 'handoff') return <HandoffDetails link={link} />
  if (link.kind === 'relation') return <RelationDetails link={link} />
  return <OpportunityLinkDetails link={link} />
}

function useArrowLabel(arrow: TLArrowShape) {
  const editor = useEditor()
  const label = renderPlaintextFromRichText(editor, arrow.props.richText)
  const setLabel = (text: string) => {
    editor.markHistoryStoppingPoint('change arrow label')
    editor.updateShape<TLArrowShape>({ id: arrow.id, type: 'arrow', props: { richText: toRichText(text.trim()) } })
  }
  return [label, setLabel] as const
}

function HandoffDetails({ link }: { link: ArrowLink }) {
  const t = useT()
  const editor = useEditor()
  const groupName = useId()
  const boardAgencies = useBoardAgencies()
  const { arrow } = link
  const carrier = chosenHandoffCarrier(arrow.meta)
  const [label, setLabel] = useArrowLabel(arrow)
  const items = handoffInformationItems(label)
  const setCarrier = (next: Carrier) => {
    if (next === carrier) return
    // Meta and style in one update: one undo step, and the arrow never shows a carrier it does not have.
    editor.markHistoryStoppingPoint('change handoff carrier')
    editor.updateShape<TLArrowShape>({ id: arrow.id, type: 'arrow', meta: withHandoffCarrier(arrow.meta, next), props: handoffArrowStyle(next) })
  }
  const hints: Record<Carrier, string> = { personen: t.moreCards.handoff.personenHint, etatene: t.moreCards.handoff.etateneHint }
  return (
    <DetailsPanel label={t.moreCards.handoff.label}>
      <DetailsTitle>{t.moreCards.handoff.label}</DetailsTitle>
      <dl className="card-details__ends">
        <dt>{t.moreCards.handoff.from}</dt>
        <dd>{describeStep(link.start as StepCardShape, boardAgencies, t.moreCards.untitledCard)}</dd>
        <dt>{t.moreCards.handoff.to}</dt>
        <dd>{describeStep(link.end as StepCardShape, boardAgencies, t.moreCards.untitledCard)}</dd>
      </dl>
      <fieldset className="card-details__choice" data-testid="handoff-carrier">
        <legend>{t.moreCards.handoff.carrier}</legend>
        {carrier === null && (
          <p className="card-details__empty" data-testid="handoff-carrier-not-chosen">
            {t.moreCards.handoff.carrierNotChosen}
          </p>
        )}
        {CARRIERS.map((option) => (
          <label key={option} className="card-details__option" data-carrier={option}>
            <input type="radio" name={groupName} value={option} checked={carrier === option} onChange={() => setCarrier(option)} />
            <span>
              <span className="card-details__option-name">{t.moreCards.handoff[option]}</span>
              <span className="card-details__option-hint">{hints[option]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField label={t.moreCards.handoff.information} hint={t.moreCards.handoff.informationHint} value={label} onCommit={setLabel} />
      {items.length === 0 ? (
        <p className="card-details__empty">{t.moreCards.handoff.noInformation}</p>
      ) : (
        <ul className="card-details__items" aria-label={t.moreCards.handoff.information}>
          {items.map((item, index) => (
            <li key={`${index}-${item}`}>{item}</li>
          ))}
        </ul>
      )}
    </DetailsPanel>
  )
}

function describeStep(step: StepCardShape, boardAgencies: BoardAgencies, untitled: string): string {
  const agency = agencyDisplay(step.props.agencyId, boardAgencies)
  const text = step.props.text.trim() || untitled
  return agency ? `${text} (${agency.shortName})` : text
}

function RelationDetails({ link }: { link: ArrowLink }) {
  const t = useT()
  const [label, setLabel] = useArrowLabel(link.arrow)
  const boardAgencies = useBoardAgencies()
  const name = (actor: ActorShape) => actor.props.name.trim() || agencyDisplay(actor.props.agencyId, boardAgencies)?.name || t.moreCards.untitledCard
  return (
    <DetailsPanel label={t.moreCards.relation.label}>
      <DetailsTitle>{t.moreCards.relation.label}</DetailsTitle>
      <dl className="card-details__ends">
        <dt>{t.moreCards.handoff.from}</dt>
        <dd>{name(link.start as ActorShape)}</dd>
        <dt>{t.moreCards.handoff.to}</dt>
        <dd>{name(link.end as ActorShape)}</dd>
      </dl>
      <TextField label={t.moreCards.relation.text} hint={t.moreCards.relation.textHint} value={label} onCommit={setLabel} />
    </DetailsPanel>
  )
}

function OpportunityLinkDetails({ link }: { link: ArrowLink }) {
  const t = useT()
  const [opportunity, painPoint] = (link.start.type === 'opportunity' ? [link.start, link.end] : [link.end, link.start]) as [OpportunityShape, PainPointShape]
  const text = (card: OpportunityShape | PainPointShape) => card.props.text.trim() || t.moreCards.untitledCard
  return (
    <DetailsPanel label={t.moreCards.opportunityLink.label}>
      <DetailsTitle>{t.moreCards.opportunityLink.label}</DetailsTitle>
      <p className="card-details__sentence">{t.moreCards.opportunityLink.addresses(text(opportunity), text(painPoint))}</p>
    </DetailsPanel>
  )
}
