import { z } from 'zod'
import { actorRelationSchema, actorSchema } from './actor'
import { agencySchema } from './agency'
import { benefitSchema } from './benefit'
import { handoffSchema } from './handoff'
import { findJourneyProblems } from './journeyProblems'
import { laneSchema } from './lane'
import { lifeEventSchema, situationSchema } from './lifeEvent'
import { opportunitySchema } from './opportunity'
import { painPointSchema } from './painPoint'
import { phaseSchema } from './phase'
import { stepSchema } from './step'

/** The journey's fields, each item checked on its own. Collections other than the core ones default to empty. */
export const journeyFieldsSchema = z.object({
  lifeEvent: lifeEventSchema,
  situation: situationSchema,
  agencies: z.array(agencySchema),
  phases: z.array(phaseSchema),
  lanes: z.array(laneSchema),
  steps: z.array(stepSchema).default([]),
  painPoints: z.array(painPointSchema).default([]),
  opportunities: z.array(opportunitySchema).default([]),
  handoffs: z.array(handoffSchema).default([]),
  benefits: z.array(benefitSchema).default([]),
  actors: z.array(actorSchema).default([]),
  relations: z.array(actorRelationSchema).default([]),
})

/** A whole journey, with every cross reference checked (see `findJourneyProblems`). */
export const journeySchema = journeyFieldsSchema.superRefine((journey, ctx) => {
  for (const problem of findJourneyProblems(journey)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message })
})

export type Journey = z.infer<typeof journeySchema>
/** What a caller writes: plain strings for ids, defaults not yet filled in. */
export type JourneyInput = z.input<typeof journeySchema>

/** Parses a journey or throws one error listing every problem, each with the path of the offending item. */
export function parseJourney(value: unknown): Journey {
  const result = journeySchema.safeParse(value)
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => `- ${issue.path.join('.') || '(journey)'}: ${issue.message}`)
  throw new Error(`Invalid journey:\n${lines.join('\n')}`)
}
