import { z } from 'zod'

/**
 * A user-panel annotation: a citizen (or anyone with at least panel rights) says how a step or card felt,
 * in a few words. Annotations live in their own sync document per board, so panel members can write them
 * without being able to touch the journey itself.
 */

export const ANNOTATION_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/

export const annotationIdSchema = z
  .string()
  .regex(ANNOTATION_ID_PATTERN, 'An annotation id is 6–64 letters, digits, "_" or "-".')
  .brand<'AnnotationId'>()
export type AnnotationId = z.infer<typeof annotationIdSchema>

/** Five-point scale, worst first, so the number reads the same way as the faces in the panel view. */
export const FEELINGS = [1, 2, 3, 4, 5] as const
export const feelingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
export type Feeling = z.infer<typeof feelingSchema>

/** What the domain calls each point (bokmål); UIs translate through their own dictionaries. */
export const FEELING_NAMES: Record<Feeling, string> = {
  1: 'veldig dårlig',
  2: 'dårlig',
  3: 'både og',
  4: 'bra',
  5: 'veldig bra',
}

export const ANNOTATION_TEXT_MAX = 500

export const annotationTextSchema = z
  .string()
  .trim()
  .min(1, 'Write a few words.')
  .max(ANNOTATION_TEXT_MAX, `At most ${ANNOTATION_TEXT_MAX} characters.`)

/** Panel members without an agency take part as citizens. */
export const CITIZEN = 'innbygger'

export const annotationAuthorSchema = z.object({
  /** Display name or pseudonym; never checked against anything. */
  name: z.string().trim().min(1).max(80),
  /** The agency's name, or `'innbygger'` for a member of the user panel. */
  affiliation: z.string().trim().min(1).max(120),
})
export type AnnotationAuthor = z.infer<typeof annotationAuthorSchema>

export const annotationHandledSchema = z.object({
  /** Display name of whoever marked it as handled. */
  by: z.string().trim().min(1).max(80),
  /** Milliseconds since the epoch. */
  at: z.number().int().nonnegative(),
})
export type AnnotationHandled = z.infer<typeof annotationHandledSchema>

export const annotationSchema = z.object({
  id: annotationIdSchema,
  /** The tldraw shape (step card, pain point, …) the annotation is pinned to. Kept as a plain string so the
   * domain does not depend on tldraw's id format; a deleted shape leaves an orphan the UI lists apart. */
  targetShapeId: z.string().min(1).max(200),
  feeling: feelingSchema,
  text: annotationTextSchema,
  author: annotationAuthorSchema,
  /** Milliseconds since the epoch, from the writer's clock. */
  createdAt: z.number().int().nonnegative(),
  handled: annotationHandledSchema.nullable(),
})
export type Annotation = z.infer<typeof annotationSchema>
export type AnnotationInput = z.input<typeof annotationSchema>

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A new random annotation id (16 characters, about 93 bits), safe to create offline. */
export function createAnnotationId(): AnnotationId {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length]
  return id as AnnotationId
}
