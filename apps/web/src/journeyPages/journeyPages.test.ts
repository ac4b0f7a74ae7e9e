import type { TLPageId } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { ACTORS_PAGE_ID, BENEFITS_PAGE_ID, journeyPageKind, planJourneyPages } from './journeyPages'

const names = { journey: 'Reise', actors: 'Aktørkart', benefits: 'Gevinstkart' }
const defaults = ['Page 1', 'Side 1']
const page = (id: string, name: string) => ({ id: id as TLPageId, name })

describe('planJourneyPages', () => {
  it('names a new board\'s first page "Reise" and adds both maps with their fixed ids', () => {
    expect(planJourneyPages([page('page:page', 'Page 1')], names, defaults)).toEqual({
      renameFirst: { id: 'page:page', name: 'Reise' },
      create: [
        { id: 'page:actors', name: 'Aktørkart' },
        { id: 'page:benefits', name: 'Gevinstkart' },
      ],
    })
    expect(planJourneyPages([page('page:page', 'Side 1')], names, defaults).renameFirst).toEqual({ id: 'page:page', name: 'Reise' })
  })

  it('never renames a first page someone named, nor map pages that exist (whatever their name)', () => {
    const pages = [page('page:page', 'Vår reise'), page('page:actors', 'Interessenter'), page('page:benefits', 'Page 1')]
    expect(planJourneyPages(pages, names, defaults)).toEqual({ renameFirst: null, create: [] })
  })

  it('adds only the missing map, and does nothing on a board that is already complete', () => {
    expect(planJourneyPages([page('page:page', 'Reise'), page('page:actors', 'Aktørkart')], names, defaults)).toEqual({
      renameFirst: null,
      create: [{ id: 'page:benefits', name: 'Gevinstkart' }],
    })
    const complete = [page('page:page', 'Reise'), page('page:actors', 'Aktørkart'), page('page:benefits', 'Gevinstkart')]
    expect(planJourneyPages(complete, names, defaults)).toEqual({ renameFirst: null, create: [] })
  })

  it('names the maps in the person\'s language', () => {
    const english = { journey: 'Journey', actors: 'Actor map', benefits: 'Benefit map' }
    expect(planJourneyPages([page('page:page', 'Side 1')], english, defaults)).toEqual({
      renameFirst: { id: 'page:page', name: 'Journey' },
      create: [
        { id: ACTORS_PAGE_ID, name: 'Actor map' },
        { id: BENEFITS_PAGE_ID, name: 'Benefit map' },
      ],
    })
  })
})

describe('journeyPageKind', () => {
  it('knows the two maps by their fixed ids; every other page is journey space', () => {
    expect(ACTORS_PAGE_ID).toBe('page:actors')
    expect(BENEFITS_PAGE_ID).toBe('page:benefits')
    expect(journeyPageKind(ACTORS_PAGE_ID)).toBe('actors')
    expect(journeyPageKind(BENEFITS_PAGE_ID)).toBe('benefits')
    expect(journeyPageKind('page:page' as TLPageId)).toBe('journey')
    expect(journeyPageKind('page:abc' as TLPageId)).toBe('journey')
  })
})
