import { agencySchema, type Agency } from '@sammen/journey-model'
import { describe, expect, it } from 'vitest'
import { agencyIdsInUse, legendEntries } from './legendEntries'

const own: Agency = agencySchema.parse({ id: 'egen-solsikken', name: 'Barnehagen Solsikken', shortName: 'Solsikken', level: 'privat', colour: '#7a3b00' })
const nav: Agency = agencySchema.parse({ id: 'nav', name: 'Arbeids- og velferdsetaten', shortName: 'NAV', level: 'stat', colour: '#c30000' })
const board = new Map<string, Agency>([
  [nav.id, nav],
  [own.id, own],
])

const step = (agencyId: string) => ({ type: 'step-card', props: { agencyId } })
const pain = (ownerAgencyId: string) => ({ type: 'pain-point', props: { ownerAgencyId } })

describe('legendEntries', () => {
  it('lists the board\'s agencies in their order with card counts, also unused ones', () => {
    const entries = legendEntries(board, [step('nav'), pain('nav'), step(''), { type: 'arrow', props: {} }])
    expect(entries.map((entry) => [entry.agency.id, entry.cardCount, entry.onBoardList])).toEqual([
      ['nav', 2, true],
      ['egen-solsikken', 0, true],
    ])
  })

  it('adds agencies only cards name after them, most used first, unknown ids in grey', () => {
    const entries = legendEntries(board, [step('kartverket'), step('kommunen'), pain('kommunen'), step('ukjent-etat')])
    expect(entries.map((entry) => [entry.agency.id, entry.cardCount, entry.onBoardList, entry.agency.source])).toEqual([
      ['nav', 0, true, 'board'],
      ['egen-solsikken', 0, true, 'board'],
      ['kommunen', 2, false, 'catalogue'],
      ['kartverket', 1, false, 'catalogue'],
      ['ukjent-etat', 1, false, 'unknown'],
    ])
  })

  it('is empty for an empty board', () => {
    expect(legendEntries(new Map(), [])).toEqual([])
  })
})

describe('agencyIdsInUse', () => {
  it('collects the agencies cards name, without cards that name none', () => {
    expect(agencyIdsInUse([step('nav'), pain('kommunen'), step(''), { type: 'benefit', props: { landsWith: 'personen', contributorIds: ['nav'] } }])).toEqual(
      new Set(['nav', 'kommunen']),
    )
  })
})
