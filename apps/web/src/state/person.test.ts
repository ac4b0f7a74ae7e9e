import { describe, expect, it } from 'vitest'
import { hasChosenAgency, parseStoredPerson } from './person'

describe('the stored person', () => {
  const base = { id: 'abc', name: 'Kari', color: '#1f6fd1' }

  it('keeps the agency, a citizen (null) and "not chosen yet" (absent) apart', () => {
    expect(parseStoredPerson({ ...base, agencyId: 'nav' })).toEqual({ ...base, agencyId: 'nav' })
    expect(parseStoredPerson({ ...base, agencyId: null })).toEqual({ ...base, agencyId: null })
    expect(parseStoredPerson(base)).toEqual(base)
    expect(hasChosenAgency(parseStoredPerson({ ...base, agencyId: null })!)).toBe(true)
    expect(hasChosenAgency(parseStoredPerson(base)!)).toBe(false)
  })

  it('drops a broken agency but keeps the person; rejects a broken person', () => {
    expect(parseStoredPerson({ ...base, agencyId: 42 })).toEqual(base)
    expect(parseStoredPerson({ ...base, id: '' })).toBeNull()
    expect(parseStoredPerson({ ...base, color: 'red; background: url(x)' })).toBeNull()
    expect(parseStoredPerson('Kari')).toBeNull()
  })
})
