import { CHANNELS, PAIN_POINT_CATEGORIES, type Channel, type PainPointCategory } from '@sammen/journey-model'
import {
  ACTOR_TYPE,
  BENEFIT_TYPE,
  EMOTIONS,
  OPPORTUNITY_TYPE,
  PAIN_POINT_TYPE,
  SEVERITIES,
  STEP_CARD_TYPE,
  type ActorShape,
  type BenefitShape,
  type OpportunityShape,
  type PainPointProps,
  type PainPointShape,
  type StepCardEmotion,
  type StepCardProps,
  type StepCardShape,
} from '@sammen/journey-shapes'
import { DefaultStylePanel, DefaultStylePanelContent, useEditor, useValue, type Editor, type TLArrowShape, type TLUiStylePanelProps } from 'tldraw'
import { useT } from '../i18n'
import { AgencyOptions } from './AgencyOptions'
import { arrowEnds } from './arrowLinks'
import { ActorDetails } from './details/ActorDetails'
import { arrowLinkKind } from './details/arrowLink'
import { ArrowLinkDetails, type ArrowLink } from './details/ArrowLinkDetails'
import { BenefitDetails } from './details/BenefitDetails'
import { DetailsPanel, SelectField, TextField } from './details/DetailsFields'
import { OpportunityDetails } from './details/OpportunityDetails'
import { isJourneyFrame } from './journeyFrame/frameCells'
import { JourneyFramePanel } from './journeyFrame/JourneyFramePanel'

const CARD_TYPES: ReadonlySet<string> = new Set([STEP_CARD_TYPE, PAIN_POINT_TYPE, OPPORTUNITY_TYPE, BENEFIT_TYPE, ACTOR_TYPE])
type JourneyCard = StepCardShape | PainPointShape | OpportunityShape | BenefitShape | ActorShape

/**
 * In tldraw's style panel slot: when one journey card is selected, its details as plain labelled fields; when an
 * arrow links two journey cards (a handoff, an actor relation, an opportunity and a pain point), what the link
 * means above tldraw's own arrow styles; otherwise tldraw's style panel. Each change is one undo step.
 */
export function JourneyStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const card = useValue(
    'selected journey card',
    () => {
      const shape = editor.getOnlySelectedShape()
      return shape && CARD_TYPES.has(shape.type) ? (shape as JourneyCard) : null
    },
    [editor],
  )
  const link = useValue('selected arrow link', () => selectedArrowLink(editor), [editor])
  const frame = useValue('selected journey frame', () => {
    const shape = editor.getOnlySelectedShape()
    return isJourneyFrame(shape) ? shape : null
  }, [editor])
  // key: another frame is another panel (an open "remove?" question must not carry over to it).
  if (frame) return <JourneyFramePanel key={frame.id} editor={editor} frame={frame} />
  if (link) {
    return (
      <div className="card-details__stack">
        <ArrowLinkDetails link={link} />
        <DefaultStylePanel {...props}>
          <DefaultStylePanelContent />
        </DefaultStylePanel>
      </div>
    )
  }
  if (!card) return <DefaultStylePanel {...props} />
  switch (card.type) {
    case STEP_CARD_TYPE:
      return <StepCardDetails editor={editor} card={card} />
    case PAIN_POINT_TYPE:
      return <PainPointDetails editor={editor} card={card} />
    case OPPORTUNITY_TYPE:
      return <OpportunityDetails card={card} />
    case BENEFIT_TYPE:
      return <BenefitDetails card={card} />
    case ACTOR_TYPE:
      return <ActorDetails card={card} />
  }
}

function selectedArrowLink(editor: Editor): ArrowLink | null {
  const shape = editor.getOnlySelectedShape()
  if (!shape || shape.type !== 'arrow') return null
  const arrow = shape as TLArrowShape
  const { start, end } = arrowEnds(editor, arrow)
  const kind = arrowLinkKind(start?.type, end?.type)
  return kind && start && end ? { kind, arrow, start, end } : null
}

function StepCardDetails({ editor, card }: { editor: Editor; card: StepCardShape }) {
  const t = useT()
  const update = (props: Partial<StepCardProps>) => {
    editor.markHistoryStoppingPoint('change step card')
    editor.updateShape({ id: card.id, type: STEP_CARD_TYPE, props })
  }
  return (
    <DetailsPanel label={t.cards.details.label}>
      <SelectField label={t.cards.details.agency} value={card.props.agencyId} onChange={(agencyId) => update({ agencyId })}>
        <option value="">{t.cards.noAgency}</option>
        <AgencyOptions currentId={card.props.agencyId} />
      </SelectField>
      <SelectField label={t.cards.details.channel} value={card.props.channel} onChange={(value) => update({ channel: value as Channel })}>
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t.cards.channels[channel]}
          </option>
        ))}
      </SelectField>
      <TextField label={t.cards.details.duration} hint={t.cards.details.durationHint} value={card.props.duration} onCommit={(duration) => update({ duration: duration.trim() })} />
      <SelectField
        label={t.cards.details.emotion}
        value={card.props.emotion === null ? '' : String(card.props.emotion)}
        onChange={(value) => update({ emotion: value === '' ? null : (Number(value) as StepCardEmotion) })}
      >
        <option value="">{t.cards.details.notRated}</option>
        {EMOTIONS.map((emotion) => (
          <option key={emotion} value={emotion}>
            {`${emotion > 0 ? '+' : ''}${emotion} ${t.cards.emotionLevels[emotion]}`}
          </option>
        ))}
      </SelectField>
    </DetailsPanel>
  )
}

function PainPointDetails({ editor, card }: { editor: Editor; card: PainPointShape }) {
  const t = useT()
  const update = (props: Partial<PainPointProps>) => {
    editor.markHistoryStoppingPoint('change pain point')
    editor.updateShape({ id: card.id, type: PAIN_POINT_TYPE, props })
  }
  return (
    <DetailsPanel label={t.cards.details.label}>
      {/* No empty option: a pain point always has an owner. */}
      <SelectField label={t.cards.details.owner} value={card.props.ownerAgencyId} onChange={(ownerAgencyId) => update({ ownerAgencyId })}>
        <AgencyOptions currentId={card.props.ownerAgencyId} />
      </SelectField>
      <SelectField
        label={t.cards.details.severity}
        value={String(card.props.severity)}
        onChange={(value) => update({ severity: Number(value) as PainPointProps['severity'] })}
      >
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>{`${severity} ${t.cards.severityLevels[severity]}`}</option>
        ))}
      </SelectField>
      <SelectField label={t.cards.details.category} value={card.props.category} onChange={(value) => update({ category: value as PainPointCategory })}>
        {PAIN_POINT_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t.cards.categories[category]}
          </option>
        ))}
      </SelectField>
    </DetailsPanel>
  )
}
