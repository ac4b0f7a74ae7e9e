import { CITIZEN, type AnnotationAuthor } from '@sammen/journey-model'
import type { PresenceUser } from '@sammen/sync'
import { agencyDisplay } from '../shapes/agencyDisplay'

/** Who an annotation (or a "handled" mark) is from: the person's name, and their agency or "innbygger". */
export function annotationAuthorFor(person: PresenceUser, fallbackName: string): AnnotationAuthor {
  const name = person.name.trim().slice(0, 80) || fallbackName
  const agency = person.agencyId ? agencyDisplay(person.agencyId) : null
  return { name, affiliation: agency?.shortName ?? CITIZEN }
}

/** "Kari (NAV)", with "innbygger" in the reader's language. */
export function describeAuthor(author: AnnotationAuthor, citizenLabel: string, by: (name: string, affiliation: string) => string): string {
  return by(author.name, author.affiliation === CITIZEN ? citizenLabel : author.affiliation)
}
