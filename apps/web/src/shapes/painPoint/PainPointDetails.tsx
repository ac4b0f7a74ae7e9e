import { PAIN_POINT_CATEGORIES, type PainPointCategory } from '@sammen/journey-model'
import { PAIN_POINT_TYPE, SEVERITIES, type PainPointProps, type PainPointShape } from '@sammen/journey-shapes'
import type { Editor } from 'tldraw'
import { useT } from '../../i18n'
import { AgencyOptions } from '../AgencyOptions'
import { DetailsPanel, SelectField } from '../details/DetailsFields'

/** The selected pain point's details: owner, severity and category. Each change is one undo step. */
export function PainPointDetails({ editor, card }: { editor: Editor; card: PainPointShape }) {
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
