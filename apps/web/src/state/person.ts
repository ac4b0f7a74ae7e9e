import type { PresenceUser } from '@sammen/sync'
import { z } from 'zod'

/**
 * Cursor colours for people on a board: saturated enough to tell apart on a white canvas,
 * dark enough for white name labels (WCAG AA for large text).
 */
export const PERSON_COLORS = [
  '#1f6fd1',
  '#c2410c',
  '#15803d',
  '#9333ea',
  '#be123c',
  '#0e7490',
  '#a16207',
  '#4338ca',
] as const

/** Neutral, friendly default names so nobody shows up as "Anonymous" next to their colleagues. */
const DEFAULT_NAMES = ['Elg', 'Rev', 'Ugle', 'Oter', 'Gaupe', 'Lundefugl', 'Hare', 'Ekorn', 'Rein', 'Jerv']

function randomIndex(length: number): number {
  const bytes = new Uint32Array(1)
  globalThis.crypto.getRandomValues(bytes)
  return (bytes[0] ?? 0) % length
}

/**
 * A random id. `crypto.randomUUID` exists only in secure contexts, and Sammen may be served
 * over plain http on an internal network, so build it from `getRandomValues`.
 */
export function randomId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export function createPerson(): PresenceUser {
  return {
    id: randomId(),
    name: DEFAULT_NAMES[randomIndex(DEFAULT_NAMES.length)] ?? 'Elg',
    color: PERSON_COLORS[randomIndex(PERSON_COLORS.length)] ?? PERSON_COLORS[0],
  }
}

/**
 * A person as stored in localStorage (user-editable, so never trusted). `agencyId` is absent until the
 * person has chosen (the first-visit dialog asks), null for a citizen / user panel member.
 */
const storedPersonSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  agencyId: z.string().min(1).max(100).nullable().optional().catch(undefined),
})

export function parseStoredPerson(value: unknown): PresenceUser | null {
  const parsed = storedPersonSchema.safeParse(value)
  if (!parsed.success) return null
  const { agencyId, ...person } = parsed.data
  return agencyId === undefined ? person : { ...person, agencyId }
}

/** Whether the person has said which agency they take part for (a citizen counts as an answer). */
export function hasChosenAgency(person: PresenceUser): boolean {
  return person.agencyId !== undefined
}
