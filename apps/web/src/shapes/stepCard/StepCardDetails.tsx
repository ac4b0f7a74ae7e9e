import { CHANNELS, type Channel } from '@sammen/journey-model'
import { EMOTIONS, STEP_CARD_TYPE, type StepCardEmotion, type StepCardProps, type StepCardShape } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { useT } from '../../i18n'
import { AgencyOptions } from '../AgencyOptions'
import { DetailsPanel, SelectField, TextField } from '../details/DetailsFields'

/** The selected step card's details: agency, channel, duration and emotion. Each change is one undo step. */
export function StepCardDetails({ editor, card }: { editor: Editor; card: StepCardShape }) {
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
