import { describe, expect, it } from 'vitest'
import { presenceUserFor } from './personPresence'

const person = { id: 'p1', name: '  Kari ', color: '#1f6fd1' }

describe('presenceUserFor', () => {
  it('labels the cursor with the agency short name and takes the agency colour', () => {
    expect(presenceUserFor({ ...person, agencyId: 'nav' }, 'Gjest', 'Innbygger')).toEqual({
      id: 'p1',
      name: 'Kari',
      color: '#c00000',
      agencyId: 'nav',
      label: 'Kari (NAV)',
    })
  })

  it('keeps the own colour for a citizen and for an agency this build does not know', () => {
    expect(presenceUserFor({ ...person, agencyId: null }, 'Gjest', 'Innbygger')).toMatchObject({
      color: '#1f6fd1',
      agencyId: null,
      label: 'Kari (Innbygger)',
    })
    expect(presenceUserFor({ ...person, agencyId: 'ny-etat' }, 'Gjest', 'Innbygger')).toMatchObject({
      color: '#1f6fd1',
      label: 'Kari (ny-etat)',
    })
  })

  it('falls back to the guest name and no label before an agency is chosen', () => {
    expect(presenceUserFor({ ...person, name: ' ' }, 'Gjest', 'Innbygger')).toEqual({ id: 'p1', name: 'Gjest', color: '#1f6fd1' })
  })
})
