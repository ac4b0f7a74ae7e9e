import type { Actor, Journey } from '@sammen/journey-model'
import { ACTOR_DEFAULT_PROPS } from '@sammen/journey-shapes'

/** The parts of a journey the new board's layout has no place for: it draws steps, pain points and handoffs only. */
export const NOT_LAID_OUT_KINDS = ['opportunities', 'benefits', 'actors', 'relations'] as const
export type NotLaidOutKind = (typeof NOT_LAID_OUT_KINDS)[number]
export type NotLaidOut = Record<NotLaidOutKind, number>

/*
 * What seedActorMap puts on a new board: an untouched actor per agency and "Personen" with these stakes. An actor in
 * the file that is exactly one of those reappears on the board, so calling it lost would be wrong, and a plain
 * export → import round trip would warn about nothing.
 */
const SEEDED_PERSON_STAKES = { interest: 'stor', influence: 'liten' } as const

const isUntouched = (actor: Actor, stakes: Pick<Actor, 'interest' | 'influence'>) =>
  actor.interest === stakes.interest && actor.influence === stakes.influence && actor.informationNeeds.trim() === '' && actor.followUp.trim() === ''

/**
 * How many of a journey's items the new board will not have, by kind. Every opportunity, benefit and relation is
 * lost; an actor only when the seeded actor map does not recreate it as it is (a named actor, ratings or notes
 * of its own, or a second card for the same agency). `personNames` are the person's name in every language, since
 * the file may come from someone who used Sammen in another one.
 */
export function countNotLaidOut(journey: Journey, personNames: readonly string[]): NotLaidOut {
  const seededAgencies = new Set<string>(journey.agencies.map((agency) => agency.id))
  let personSeeded = true
  let lostActors = 0
  for (const actor of journey.actors) {
    const { agencyId, name } = actor
    if (agencyId !== undefined && name === undefined && seededAgencies.has(agencyId) && isUntouched(actor, ACTOR_DEFAULT_PROPS)) {
      seededAgencies.delete(agencyId)
    } else if (personSeeded && agencyId === undefined && name !== undefined && personNames.includes(name) && isUntouched(actor, SEEDED_PERSON_STAKES)) {
      personSeeded = false
    } else {
      lostActors++
    }
  }
  return { opportunities: journey.opportunities.length, benefits: journey.benefits.length, actors: lostActors, relations: journey.relations.length }
}

/** The kinds with something lost, in a fixed order, for the list the person sees. */
export function notLaidOutLines(counts: NotLaidOut, kinds: Record<NotLaidOutKind, (n: number) => string>): string[] {
  return NOT_LAID_OUT_KINDS.filter((kind) => counts[kind] > 0).map((kind) => kinds[kind](counts[kind]))
}
