import { z } from 'zod'
import { actorIdSchema, actorRelationIdSchema, agencyIdSchema } from './ids'
import { freeTextSchema, noteTextSchema } from './text'

/** Scale of a stakeholder register ("interessentregister"). */
export const LEVELS_OF_STAKE = ['ingen', 'liten', 'middels', 'stor'] as const
export const levelOfStakeSchema = z.enum(LEVELS_OF_STAKE)
export type LevelOfStake = z.infer<typeof levelOfStakeSchema>

/**
 * An entry in the shared actor map ("felles aktørkart"): an agency on the board, or an actor named on its own
 * (a ministry, a union, a user panel) that owns no steps.
 */
export const actorSchema = z
  .object({
    id: actorIdSchema,
    agencyId: agencyIdSchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    interest: levelOfStakeSchema,
    influence: levelOfStakeSchema,
    informationNeeds: freeTextSchema.default(''),
    followUp: freeTextSchema.default(''),
  })
  .refine((actor) => actor.agencyId !== undefined || actor.name !== undefined, {
    message: 'An actor needs an agencyId or a name.',
    path: ['name'],
  })

export type Actor = z.infer<typeof actorSchema>

/** A labelled arrow between two actors in the actor map, e.g. "finansierer", "leverer data til". */
export const actorRelationSchema = z.object({
  id: actorRelationIdSchema,
  fromActorId: actorIdSchema,
  toActorId: actorIdSchema,
  label: noteTextSchema,
})

export type ActorRelation = z.infer<typeof actorRelationSchema>
