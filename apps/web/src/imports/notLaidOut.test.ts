import { byggeHusTemplate, journeyFromTemplate, type Actor, type Journey } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { nb } from '../i18n/nb'
import { nn } from '../i18n/nn'
import { countNotLaidOut, notLaidOutLines } from './notLaidOut'

const PERSON_NAMES = [nb.moreCards.person, nn.moreCards.person, en.moreCards.person]
const template = journeyFromTemplate(byggeHusTemplate)

const actor = (id: string, fields: Partial<Actor>): Actor =>
  ({ id, interest: 'middels', influence: 'middels', informationNeeds: '', followUp: '', ...fields }) as Actor
/** The actor map a new board gets for the template's agencies, as an export of that board would hold it. */
const seededActors = (): Actor[] => [
  ...template.agencies.map((agency) => actor(`seed-${agency.id}`, { agencyId: agency.id })),
  actor('seed-person', { name: 'Personen', interest: 'stor', influence: 'liten' }),
]

describe('countNotLaidOut', () => {
  it('finds nothing lost in a journey of steps, pain points and handoffs', () => {
    expect(countNotLaidOut(template, PERSON_NAMES)).toEqual({ opportunities: 0, benefits: 0, actors: 0, relations: 0 })
  })

  it('does not count the actors the new board recreates, so a plain round trip warns about nothing', () => {
    expect(countNotLaidOut({ ...template, actors: seededActors() }, PERSON_NAMES).actors).toBe(0)
    const english = seededActors().map((one) => (one.name ? { ...one, name: 'The person' } : one))
    expect(countNotLaidOut({ ...template, actors: english }, PERSON_NAMES).actors).toBe(0)
  })

  it('counts every opportunity, benefit and relation, and each actor the new actor map would not have as it is', () => {
    const [first, second, third] = template.agencies
    const painPointId = template.painPoints[0]!.id
    const journey: Journey = {
      ...template,
      opportunities: [
        { id: 'o1', text: 'Én søknad', painPointIds: [painPointId], agencyIds: [first!.id] },
        { id: 'o2', text: 'Ferdig utfylt', painPointIds: [], agencyIds: [] },
        { id: 'o3', text: 'Varsel', painPointIds: [], agencyIds: [] },
      ] as Journey['opportunities'],
      benefits: [
        { id: 'b1', text: 'Raskere byggesak', landsWith: 'personen', contributors: [first!.id] },
        { id: 'b2', text: 'Færre feil', landsWith: first!.id, contributors: [second!.id] },
      ] as Journey['benefits'],
      actors: [
        ...seededActors(),
        actor('rated', { agencyId: first!.id, influence: 'stor' }),
        actor('noted', { agencyId: second!.id, followUp: 'Ring dem' }),
        actor('named', { name: 'Naboen' }),
        actor('second-person', { name: 'Personen', interest: 'stor', influence: 'liten' }),
        actor('own-rating', { agencyId: third!.id, interest: 'liten' }),
      ],
      relations: [{ id: 'r1', fromActorId: 'named', toActorId: 'seed-person', label: 'hjelper' }] as Journey['relations'],
    }
    expect(countNotLaidOut(journey, PERSON_NAMES)).toEqual({ opportunities: 3, benefits: 2, actors: 5, relations: 1 })
  })

  it('counts an agency actor with ratings of its own even when it is the only one for that agency', () => {
    const actors = seededActors().map((one) => (one.agencyId === template.agencies[0]!.id ? { ...one, interest: 'stor' as const } : one))
    expect(countNotLaidOut({ ...template, actors }, PERSON_NAMES).actors).toBe(1)
  })
})

describe('notLaidOutLines', () => {
  const counts = { opportunities: 3, benefits: 1, actors: 0, relations: 2 }

  it('names what is lost, in a fixed order, leaving out what is not', () => {
    expect(notLaidOutLines(counts, nb.reports.importJourney.notLaidOut.kinds)).toEqual(['3 muligheter', '1 gevinst', '2 piler mellom aktører'])
  })

  it('speaks every language', () => {
    expect(notLaidOutLines(counts, nn.reports.importJourney.notLaidOut.kinds)).toEqual(['3 moglegheiter', '1 gevinst', '2 piler mellom aktørar'])
    expect(notLaidOutLines(counts, en.reports.importJourney.notLaidOut.kinds)).toEqual(['3 opportunities', '1 benefit', '2 arrows between actors'])
  })

  it('is empty when nothing is lost', () => {
    expect(notLaidOutLines({ opportunities: 0, benefits: 0, actors: 0, relations: 0 }, nb.reports.importJourney.notLaidOut.kinds)).toEqual([])
  })
})
