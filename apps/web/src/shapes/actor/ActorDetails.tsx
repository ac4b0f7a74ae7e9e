import { LEVELS_OF_STAKE, type LevelOfStake } from '@sammen/journey-model'
import { ACTOR_TYPE, type ActorProps, type ActorShape } from '@sammen/journey-shapes'
import { useEditor } from 'tldraw'
import { useT } from '../../i18n'
import { AgencyOptions } from '../AgencyOptions'
import { DetailsPanel, SelectField, TextField } from '../details/DetailsFields'

/** The stakeholder register's fields of an actor: agency or own name, interest, influence, information needs, follow-up. */
export function ActorDetails({ card }: { card: ActorShape }) {
  const t = useT()
  const editor = useEditor()
  const update = (props: Partial<ActorProps>) => {
    editor.markHistoryStoppingPoint('change actor')
    editor.updateShape({ id: card.id, type: ACTOR_TYPE, props })
  }
  const stakeOptions = LEVELS_OF_STAKE.map((level) => (
    <option key={level} value={level}>
      {t.moreCards.stakes[level]}
    </option>
  ))
  return (
    <DetailsPanel label={t.cards.details.label}>
      <SelectField label={t.moreCards.details.actorAgency} value={card.props.agencyId} onChange={(agencyId) => update({ agencyId })}>
        <option value="">{t.moreCards.details.noActorAgency}</option>
        <AgencyOptions currentId={card.props.agencyId} />
      </SelectField>
      <TextField
        label={t.moreCards.details.actorName}
        value={card.props.name}
        hint={card.props.agencyId === '' ? undefined : t.moreCards.details.actorNameHint}
        onCommit={(name) => update({ name: name.trim() })}
      />
      <SelectField label={t.moreCards.interest} value={card.props.interest} onChange={(value) => update({ interest: value as LevelOfStake })}>
        {stakeOptions}
      </SelectField>
      <SelectField label={t.moreCards.influence} value={card.props.influence} onChange={(value) => update({ influence: value as LevelOfStake })}>
        {stakeOptions}
      </SelectField>
      <TextField label={t.moreCards.details.informationNeeds} value={card.props.informationNeeds} multiline onCommit={(informationNeeds) => update({ informationNeeds: informationNeeds.trim() })} />
      <TextField label={t.moreCards.details.followUp} value={card.props.followUp} multiline onCommit={(followUp) => update({ followUp: followUp.trim() })} />
    </DetailsPanel>
  )
}
