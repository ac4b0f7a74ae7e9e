import { agencyCatalogue } from '@sammen/journey-model'
import { useT } from '../i18n'
import { agencyDisplay } from './agencyDisplay'
import { filterAgencies } from './painPoint/filterAgencies'

/** The catalogue as `<option>`s grouped by level, plus the current id when the catalogue does not know it. */
export function AgencyOptions({ currentId }: { currentId: string }) {
  const t = useT()
  const unknown = currentId !== '' && !agencyCatalogue.some((agency) => agency.id === currentId)
  return (
    <>
      {unknown && <option value={currentId}>{agencyDisplay(currentId)?.name}</option>}
      {filterAgencies(agencyCatalogue, '', 'all').map((group) => (
        <optgroup key={group.level} label={group.level ? t.cards.agencyLevels[group.level] : ''}>
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
