import { z } from 'zod'
import { agencyIdSchema, laneIdSchema, phaseIdSchema, stepIdSchema } from './ids'
import { noteTextSchema } from './text'

export const CHANNELS = ['digital', 'telefon', 'brev', 'oppmøte', 'annet'] as const
export const channelSchema = z.enum(CHANNELS)
export type Channel = z.infer<typeof channelSchema>

/** How the person feels at a step, from −2 (very bad) to +2 (very good): the emotion curve of the journey. */
export const emotionSchema = z.number().int().min(-2).max(2)
export type Emotion = z.infer<typeof emotionSchema>

/** Something the person does or experiences, owned by one agency, placed in one phase and one lane. */
export const stepSchema = z.object({
  id: stepIdSchema,
  text: noteTextSchema,
  channel: channelSchema,
  agencyId: agencyIdSchema,
  phaseId: phaseIdSchema,
  laneId: laneIdSchema,
  /** Free text because durations in workshops are rough: "2–6 uker", "samme dag". */
  duration: z.string().trim().min(1).max(100).optional(),
  emotion: emotionSchema.optional(),
})

export type Step = z.infer<typeof stepSchema>
