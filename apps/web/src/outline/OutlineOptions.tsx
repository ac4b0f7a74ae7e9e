import { agencyCatalogue, CHANNELS, PAIN_POINT_CATEGORIES, type Agency } from '@sammen/journey-model'
import { EMOTIONS, SEVERITIES } from '@sammen/journey-shapes'
import { useT } from '../i18n'
import { agencyGroupKey, filterAgencies, type SearchableAgency } from '../shapes/painPoint/filterAgencies'

/** The board's own agencies first, then the catalogue by level, plus the current id if neither knows it. */
export function AgencyOptionList({ boardAgencies, currentId }: { boardAgencies: readonly Agency[]; currentId: string }) {
  const t = useT()
  const groups = filterAgencies<SearchableAgency>(agencyCatalogue, '', 'all', boardAgencies)
  const known = currentId === '' || groups.some((group) => group.agencies.some((agency) => agency.id === currentId))
  return (
    <>
      {!known && <option value={currentId}>{currentId}</option>}
      {groups.map((group) => (
        <optgroup key={agencyGroupKey(group)} label={group.onBoard ? t.outlineView.boardAgencies : group.level ? t.cards.agencyLevels[group.level] : ''}>
          {group.agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  )
}

export function ChannelOptions() {
  const t = useT()
  return CHANNELS.map((channel) => (
    <option key={channel} value={channel}>
      {t.cards.channels[channel]}
    </option>
  ))
}

/** The scale in words as well as numbers: "+2 Svært god", not a face alone. */
export function EmotionOptions() {
  const t = useT()
  return (
    <>
      <option value="">{t.outlineView.notRated}</option>
      {[...EMOTIONS].reverse().map((emotion) => (
        <option key={emotion} value={emotion}>
          {`${emotion > 0 ? '+' : emotion < 0 ? '−' : ''}${Math.abs(emotion)} ${t.cards.emotionLevels[emotion]}`}
        </option>
      ))}
    </>
  )
}

export function SeverityOptions() {
  const t = useT()
  return SEVERITIES.map((severity) => <option key={severity} value={severity}>{`${severity} – ${t.cards.severityLevels[severity]}`}</option>)
}

export function CategoryOptions() {
  const t = useT()
  return PAIN_POINT_CATEGORIES.map((category) => (
    <option key={category} value={category}>
      {t.cards.categories[category]}
    </option>
  ))
}
