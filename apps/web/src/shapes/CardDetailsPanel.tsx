import { CHANNELS, PAIN_POINT_CATEGORIES, type Channel, type PainPointCategory } from '@sammen/journey-model'
import {
  EMOTIONS,
  PAIN_POINT_TYPE,
  SEVERITIES,
  STEP_CARD_TYPE,
  type PainPointProps,
  type PainPointShape,
  type StepCardEmotion,
  type StepCardProps,
  type StepCardShape,
} from '@sammen/journey-shapes'
import { useId, type ReactNode } from 'react'
import { DefaultStylePanel, useEditor, useValue, type Editor, type TLUiStylePanelProps } from 'tldraw'
import { useT } from '../i18n'
import { AgencyOptions } from './AgencyOptions'

/**
 * In tldraw's style panel slot: when one journey card is selected, its details (agency, channel, emotion; owner,
 * severity, category) as plain labelled selects; otherwise tldraw's own style panel. Each change is one undo step.
 */
export function JourneyStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const card = useValue(
    'selected journey card',
    () => {
      const shape = editor.getOnlySelectedShape()
      return shape && (shape.type === STEP_CARD_TYPE || shape.type === PAIN_POINT_TYPE) ? (shape as StepCardShape | PainPointShape) : null
    },
    [editor],
  )
  if (!card) return <DefaultStylePanel {...props} />
  return card.type === STEP_CARD_TYPE ? <StepCardDetails editor={editor} card={card} /> : <PainPointDetails editor={editor} card={card as PainPointShape} />
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

function DetailsPanel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="tlui-style-panel tlui-style-panel__wrapper card-details" aria-label={label} data-testid="card-details">
      {children}
    </section>
  )
}

function SelectField({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId()
  return (
    <div className="card-details__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  )
}
