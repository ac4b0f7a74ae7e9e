import { agencySchema, type Agency } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { groupPainPointsByOwner, type PainPointEntry } from './painPointGroups'

const own: Agency = agencySchema.parse({ id: 'egen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', level: 'privat', colour: '#7a3b00' })
const board = new Map<string, Agency>([[own.id, own]])

let counter = 0
const pain = (ownerAgencyId: string, severity: 1 | 2 | 3, text = `problem ${++counter}`): PainPointEntry => ({
  shapeId: `shape:${text}`,
  ownerAgencyId,
  text,
  severity,
  category: 'annet',
})

describe('groupPainPointsByOwner', () => {
  it('groups by owner, the owner with most pain points first, most severe first within a group', () => {
    const groups = groupPainPointsByOwner(
      [pain('nav', 1, 'a'), pain('kommunen', 2, 'b'), pain('nav', 3, 'c'), pain('egen-solsikken', 2, 'd'), pain('nav', 2, 'e')],
      board,
    )
    expect(groups.map((group) => [group.agency.id, group.items.map((item) => item.text), group.severitySum])).toEqual([
      ['nav', ['c', 'e', 'a'], 6],
      ['egen-solsikken', ['d'], 2],
      ['kommunen', ['b'], 2],
    ])
    expect(groups[1]?.agency).toMatchObject({ name: 'Barnehagen Solsikken', source: 'board' })
  })

  it('breaks a tie in count by the sum of severities', () => {
    const groups = groupPainPointsByOwner([pain('nav', 1), pain('kartverket', 3)], board)
    expect(groups.map((group) => group.agency.id)).toEqual(['kartverket', 'nav'])
  })

  it('keeps the given order among pain points of the same severity', () => {
    const groups = groupPainPointsByOwner([pain('nav', 2, 'first'), pain('nav', 2, 'second'), pain('nav', 2, 'third')], board)
    expect(groups[0]?.items.map((item) => item.text)).toEqual(['first', 'second', 'third'])
  })

  it('is empty without pain points', () => {
    expect(groupPainPointsByOwner([], board)).toEqual([])
  })
})
