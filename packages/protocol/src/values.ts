import { z } from 'zod'

/**
 * The values the journey document holds outside its records, as both sides read them: browsers skip a value that
 * fails its schema, and the server refuses an update that writes one (apps/server/src/auth/rules.ts).
 */

/** A person as presence knows them (`PresenceUser.id`): random, stable per browser. */
export const personIdSchema = z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/).brand<'PersonId'>()
export type PersonId = z.infer<typeof personIdSchema>

/** A tldraw shape id (`shape:…`) of a card on the board. */
export const cardIdSchema = z.string().regex(/^shape:[^/]{1,100}$/).brand<'CardId'>()
export type CardId = z.infer<typeof cardIdSchema>

export const displayNameSchema = z.string().max(80)

/** "Alle følger meg" (`facilitation.follow`): who leads, and a new session id every time someone starts. */
export const followStateSchema = z.object({
  leaderId: personIdSchema,
  leaderName: displayNameSchema,
  sessionId: z.string().min(1).max(64),
  startedAt: z.number().finite(),
})
export type FollowState = z.infer<typeof followStateSchema>

/** Longest countdown a facilitator can set: a long workshop session. */
export const MAX_TIMER_MS = 3 * 60 * 60 * 1000
const durationSchema = z.number().int().min(0).max(MAX_TIMER_MS)

/** The shared countdown (`facilitation.timer`); see @sammen/sync's timer.ts for how readers anchor it. */
export const timerStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), durationMs: durationSchema, remainingMs: durationSchema, writtenAt: z.number().finite() }),
  z.object({ status: z.literal('paused'), durationMs: durationSchema, remainingMs: durationSchema }),
])
export type TimerState = z.infer<typeof timerStateSchema>

export const MAX_COMMENT_LENGTH = 2000

/** One comment on a card (`comments[<id>]`); `mentions` are agency ids chosen with `@`. */
export const commentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/),
  cardId: cardIdSchema,
  authorId: personIdSchema,
  authorName: displayNameSchema,
  text: z.string().min(1).max(MAX_COMMENT_LENGTH),
  mentions: z.array(z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/)).max(20),
  createdAt: z.number().finite(),
})
export type Comment = z.infer<typeof commentSchema>

/** A thread's state (`threads[<cardId>]`); no entry means open. */
export const threadStatusSchema = z.object({
  resolved: z.boolean(),
  by: displayNameSchema,
  at: z.number().finite(),
})
export type ThreadStatus = z.infer<typeof threadStatusSchema>

/** The board's title (`meta.title`). */
export const MAX_TITLE_LENGTH = 200
export const boardTitleSchema = z.string().max(MAX_TITLE_LENGTH)

/** The record schema the board was written with (`meta.schema`, a tldraw SerializedSchema), as far as a reader needs. */
export const serializedSchemaSchema = z.looseObject({
  schemaVersion: z.number().int(),
  sequences: z.record(z.string(), z.number().int()),
})
