import { agencyCatalogue, toJourneyAgency, type Agency } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { ACTOR_CARD_SIZE, planActorMap, type Box } from './actorMapLayout'

const agency = (id: string): Agency => {
  const known = agencyCatalogue.find((entry) => entry.id === id)
  if (!known) throw new Error(`${id} is not in the catalogue`)
  return toJourneyAgency(known)
}
const own = (id: string, level: Agency['level']): Agency => ({ id, name: id, shortName: id, level, colour: '#1f4e79' } as Agency)

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const centreX = (box: Box) => box.x + box.w / 2

describe('planActorMap', () => {
  it('groups agencies by level in the order stat, fylkeskommune, kommune, privat, frivillig, leaving empty levels out', () => {
    const plan = planActorMap([agency('kommunen'), agency('nav'), own('huseierne', 'frivillig'), agency('kartverket'), own('banken', 'privat')])
    expect(plan.groups.map((group) => group.level)).toEqual(['stat', 'kommune', 'privat', 'frivillig'])
    expect(plan.groups[0]!.cards.map((card) => card.agencyId)).toEqual(['nav', 'kartverket'])
    expect(plan.groups.flatMap((group) => group.cards)).toHaveLength(5)
  })

  it('puts half the groups above the person and the rest below, the person centred between them', () => {
    const plan = planActorMap([agency('nav'), agency('kommunen'), own('banken', 'privat'), own('lag', 'frivillig')])
    const [stat, kommune, privat, frivillig] = plan.groups
    const bottomOf = (box: Box) => box.y + box.h
    for (const top of [stat!, kommune!]) for (const card of top.cards) expect(bottomOf(card)).toBeLessThan(plan.person.y)
    for (const below of [privat!, frivillig!]) {
      expect(below.label.y).toBeGreaterThan(bottomOf(plan.person))
      for (const card of below.cards) expect(card.y).toBeGreaterThan(bottomOf(plan.person))
    }
    const everything = plan.groups.flatMap((group) => [group.label, ...group.cards])
    const left = Math.min(...everything.map((box) => box.x))
    const right = Math.max(...everything.map((box) => box.x + box.w))
    expect(centreX(plan.person)).toBeCloseTo((left + right) / 2, 5)
  })

  it('labels each group above its own cards, and no two boxes overlap', () => {
    const many = ['nav', 'skatteetaten', 'kartverket', 'husbanken', 'bronnoysundregistrene', 'lanekassen', 'udi'].map(agency)
    const plan = planActorMap([...many, agency('kommunen'), own('banken', 'privat')])
    const boxes: Box[] = [plan.person]
    for (const group of plan.groups) {
      for (const card of group.cards) {
        expect(card.y).toBeGreaterThanOrEqual(group.label.y + group.label.h)
        expect(card.x).toBeGreaterThanOrEqual(group.label.x)
        expect(card.x + card.w).toBeLessThanOrEqual(group.label.x + group.label.w)
      }
      boxes.push(group.label, ...group.cards)
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false)
    // A big group grows columns of at most three cards instead of one long column.
    const stat = plan.groups.find((group) => group.level === 'stat')!
    expect(new Set(stat.cards.map((card) => card.y)).size).toBeLessThanOrEqual(3)
  })

  it('with no agencies, has only the person, in view of a new page', () => {
    const plan = planActorMap([])
    expect(plan.groups).toEqual([])
    expect(plan.person).toMatchObject({ w: ACTOR_CARD_SIZE.w, h: ACTOR_CARD_SIZE.h })
    expect(plan.person.x).toBeGreaterThanOrEqual(0)
    expect(plan.person.y).toBeGreaterThanOrEqual(0)
  })
})
