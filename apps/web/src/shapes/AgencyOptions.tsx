import { agencyCatalogue } from '@sammen/journey-model'
import { useT } from '../i18n'
import { agencyDisplay } from './agencyDisplay'
import { agencyGroupKey, filterAgencies } from './painPoint/filterAgencies'
import { useBoardAgencies, useBoardAgencyList } from './useBoardAgencies'

/**
 * `<option>`s for an agency select: the board's own agencies first ("På denne tavla"), then the catalogue grouped
 * by level, plus the current id when neither knows it (so a select never silently shows another agency).
 */
export function AgencyOptions({ currentId }: { currentId: string }) {
  const t = useT()
  const boardAgencies = useBoardAgencies()
  const onBoard = useBoardAgencyList()
  const unknown = currentId !== '' && agencyDisplay(currentId, boardAgencies)?.source === 'unknown'
  return (
    <>
      {unknown && <option value={currentId}>{currentId}</option>}
      {filterAgencies(agencyCatalogue, '', 'all', onBoard).map((group) => (
        <optgroup
          key={agencyGroupKey(group)}
          label={group.onBoard ? t.agencies.onThisBoard : group.level ? t.cards.agencyLevels[group.level] : ''}
        >
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
