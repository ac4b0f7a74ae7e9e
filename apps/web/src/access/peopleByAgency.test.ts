import { describe, expect, it } from 'vitest'
import { groupPeopleByAgency, type PersonHere } from './peopleByAgency'

const person = (id: string, name: string, agencyId: string | null, extra: Partial<PersonHere> = {}): PersonHere => ({
  id,
  name,
  color: '#000000',
  agencyId,
  citizen: false,
  isSelf: false,
  ...extra,
})

describe('groupPeopleByAgency', () => {
  it('groups agencies by name, then citizens, then people who did not say; self first in its group', () => {
    const groups = groupPeopleByAgency(
      [
        person('1', 'Ola', 'skatteetaten'),
        person('2', 'Siri', null, { citizen: true }),
        person('3', 'Anne', 'nav'),
        person('4', 'Per', null),
        person('5', 'Kari', 'nav', { isSelf: true }),
      ],
      { citizen: 'Innbygger / brukerpanel', unknown: 'Uten etat' },
      'nb',
    )
    expect(groups.map((group) => [group.name, group.people.map((p) => p.name)])).toEqual([
      ['Arbeids- og velferdsetaten (NAV)', ['Kari', 'Anne']],
      ['Skatteetaten', ['Ola']],
      ['Innbygger / brukerpanel', ['Siri']],
      ['Uten etat', ['Per']],
    ])
    expect(groups[0]!.colour).toBe('#c00000')
    expect(groups[2]!.colour).toBeNull()
  })
})
