import { PERSON } from '@sammen/journey-model'
import { BENEFIT_TYPE, type BenefitProps, type BenefitShape } from '@sammen/journey-shapes'
import { useEditor } from 'tldraw'
import { useT } from '../../i18n'
import { AgencyOptions } from '../AgencyOptions'
import { AgencyListField, DetailsPanel, SelectField } from '../details/DetailsFields'

/** Where the benefit lands (an agency or the person) and who contributes; each change is one undo step. */
export function BenefitDetails({ card }: { card: BenefitShape }) {
  const t = useT()
  const editor = useEditor()
  const update = (props: Partial<BenefitProps>) => {
    editor.markHistoryStoppingPoint('change benefit')
    editor.updateShape({ id: card.id, type: BENEFIT_TYPE, props })
  }
  const landsWithAgency = card.props.landsWith !== '' && card.props.landsWith !== PERSON
  return (
    <DetailsPanel label={t.cards.details.label}>
      <SelectField label={t.moreCards.details.landsWith} value={card.props.landsWith} onChange={(landsWith) => update({ landsWith })}>
        <option value="">{t.moreCards.nobodyYet}</option>
        <option value={PERSON}>{t.moreCards.person}</option>
        <AgencyOptions currentId={landsWithAgency ? card.props.landsWith : ''} />
      </SelectField>
      <AgencyListField label={t.moreCards.details.contributors} agencyIds={card.props.contributorIds} onChange={(contributorIds) => update({ contributorIds })} />
    </DetailsPanel>
  )
}
