import { describe, expect, it } from 'vitest'
import { hasBoardFilters, libraryFiltersSearch, NO_FILTERS, readLibraryFilters } from './libraryFilters'

describe('library filters in the address', () => {
  it('round-trip through the query string', () => {
    const filters = { lifeEventId: 'fa-barn', agencyId: 'egen-vår etat', text: 'barnehage plass', query: 'søknad & skjema' }
    const search = libraryFiltersSearch(filters)
    expect(search).toBe('?livshendelse=fa-barn&etat=egen-v%C3%A5r+etat&tekst=barnehage+plass&sok=s%C3%B8knad+%26+skjema')
    expect(readLibraryFilters(search)).toEqual(filters)
  })

  it('leaves out what is not set, and reads a missing or bare address as no filters', () => {
    expect(libraryFiltersSearch(NO_FILTERS)).toBe('')
    expect(libraryFiltersSearch({ ...NO_FILTERS, text: '   ' })).toBe('')
    expect(readLibraryFilters('')).toEqual(NO_FILTERS)
    expect(readLibraryFilters('?annet=1')).toEqual(NO_FILTERS)
    expect(hasBoardFilters(NO_FILTERS)).toBe(false)
    expect(hasBoardFilters({ ...NO_FILTERS, query: 'x' })).toBe(false)
    expect(hasBoardFilters({ ...NO_FILTERS, agencyId: 'nav' })).toBe(true)
  })

  it('cuts a hand-made parameter at 200 characters', () => {
    expect(readLibraryFilters(`?sok=${'a'.repeat(500)}`).query).toHaveLength(200)
  })
})
