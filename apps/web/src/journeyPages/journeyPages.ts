import { PageRecordType, type TLPageId } from 'tldraw'

/**
 * The actor map and benefit map pages have fixed ids, so two people who open a board at the same time create the
 * same two records (the later write of an identical record changes nothing) instead of two pages each.
 */
export const ACTORS_PAGE_ID: TLPageId = PageRecordType.createId('actors')
export const BENEFITS_PAGE_ID: TLPageId = PageRecordType.createId('benefits')

/** What a page of a journey board is for; every page but the two maps is journey space. */
export type JourneyPageKind = 'journey' | 'actors' | 'benefits'

export function journeyPageKind(pageId: TLPageId): JourneyPageKind {
  if (pageId === ACTORS_PAGE_ID) return 'actors'
  if (pageId === BENEFITS_PAGE_ID) return 'benefits'
  return 'journey'
}

export interface JourneyPageNames {
  journey: string
  actors: string
  benefits: string
}

interface PageSummary {
  id: TLPageId
  name: string
}

/** What `ensureJourneyPages` does to a board, decided from its pages alone (so it can be tested without an editor). */
export interface JourneyPagesPlan {
  /** The first page gets the journey's name (only while it still has a default name nobody chose). */
  renameFirst: { id: TLPageId; name: string } | null
  create: { id: TLPageId; name: string }[]
}

/**
 * The plan for a board's pages: name the first page "Reise" if it still has a default name, and add the actor
 * map and the benefit map if they are missing. A page someone renamed keeps its name, and an existing map page
 * is never touched.
 */
export function planJourneyPages(pages: readonly PageSummary[], names: JourneyPageNames, defaultNames: readonly string[]): JourneyPagesPlan {
  const [first] = pages
  const isMap = (id: TLPageId) => id === ACTORS_PAGE_ID || id === BENEFITS_PAGE_ID
  const renameFirst =
    first && !isMap(first.id) && first.name !== names.journey && defaultNames.includes(first.name) ? { id: first.id, name: names.journey } : null
  const create: JourneyPagesPlan['create'] = []
  if (!pages.some((page) => page.id === ACTORS_PAGE_ID)) create.push({ id: ACTORS_PAGE_ID, name: names.actors })
  if (!pages.some((page) => page.id === BENEFITS_PAGE_ID)) create.push({ id: BENEFITS_PAGE_ID, name: names.benefits })
  return { renameFirst, create }
}
