import { byggeHusTemplate, faBarnTemplate, journeyFromTemplate } from '@sammen/journey-model'
import type { BoardIndexEntry } from '@sammen/journey-shapes'
import type { AgencyOverview } from '@sammen/protocol'
import { describe, expect, it } from 'vitest'
import { chooseAgencyView } from './chooseAgencyView'

function entry(boardId: string, template: typeof byggeHusTemplate): BoardIndexEntry {
  const journey = journeyFromTemplate(template)
  return {
    board: {
      boardId,
      title: template.name,
      lifeEvent: { id: journey.lifeEvent.id, name: journey.lifeEvent.name },
      situation: journey.situation,
      agencies: journey.agencies.map(({ id, name, shortName, colour }) => ({ id, name, shortName, colour })),
      counts: { steps: journey.steps.length, painPoints: 0, handoffs: 0, kasteball: 0, opportunities: 0, benefits: 0 },
      stage: 'as-is',
      asIsBoardId: null,
      toBeBoardIds: [],
      editedAt: 1,
      indexedAt: 1,
    },
    journey,
    cards: [],
    agencyNames: {},
    skippedRecords: 0,
  }
}

const local = { phase: 'read' as const, entries: [entry('tavle-hus', byggeHusTemplate), entry('tavle-barn', faBarnTemplate)], failed: 0 }
const serverOverview: AgencyOverview = {
  agency: { id: 'nav', name: 'NAV', shortName: 'NAV', colour: '#c30000' },
  boards: [],
  painPoints: [],
  handoffs: [],
  onceOnly: [],
  benefitsContributed: [],
  benefitsReceived: [],
  actors: [],
  relations: [],
  agencyNames: {},
  refusedTokens: 2,
}

describe('chooseAgencyView', () => {
  it("shows the server's answer when there is one", () => {
    const state = chooseAgencyView('nav', { phase: 'answered', value: serverOverview }, { phase: 'reading' })
    expect(state).toMatchObject({ kind: 'shown', source: 'server', problem: null, refusedTokens: 2, view: { agency: { id: 'nav' } } })
    expect(state.kind === 'shown' && 'refusedTokens' in state.view).toBe(false)
  })

  it('waits for the server, then for this browser when it must', () => {
    expect(chooseAgencyView('nav', { phase: 'asking' }, local)).toEqual({ kind: 'loading' })
    expect(chooseAgencyView('nav', { phase: 'failed', problem: { kind: 'unreachable' } }, { phase: 'reading' })).toEqual({ kind: 'loading' })
  })

  it("works the overview out from this browser's boards when the server cannot be reached, and says so", () => {
    const state = chooseAgencyView('kommunen', { phase: 'failed', problem: { kind: 'unreachable' } }, local)
    expect(state).toMatchObject({ kind: 'shown', source: 'local', problem: { kind: 'unreachable' } })
    if (state.kind !== 'shown') throw new Error('shown expected')
    expect(state.view.agency.id).toBe('kommunen')
    expect(state.view.boards.map((board) => board.boardId).sort()).toEqual(['tavle-barn', 'tavle-hus'])
    expect(state.view.painPoints.every((painPoint) => ['tavle-barn', 'tavle-hus'].includes(painPoint.boardId))).toBe(true)
  })

  it('is not found for an id that is no id, and for an agency neither the server nor this browser knows', () => {
    expect(chooseAgencyView('x', { phase: 'failed', problem: { kind: 'refused', status: 400, code: 'bad-agency-id' } }, { phase: 'reading' })).toEqual({
      kind: 'not-found',
      reason: 'bad-id',
      problem: null,
    })
    expect(chooseAgencyView('egen-ukjent', { phase: 'failed', problem: { kind: 'refused', status: 404, code: 'unknown-agency' } }, local)).toEqual({
      kind: 'not-found',
      reason: 'unknown',
      problem: null,
    })
    expect(chooseAgencyView('egen-ukjent', { phase: 'failed', problem: { kind: 'unreachable' } }, local)).toEqual({
      kind: 'not-found',
      reason: 'unknown',
      problem: { kind: 'unreachable' },
    })
  })
})
