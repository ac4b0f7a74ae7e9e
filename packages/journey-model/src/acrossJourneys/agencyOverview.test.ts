import { describe, expect, it } from 'vitest'
import { agencyOverview } from './agencyOverview'
import { onceOnlyAcrossJourneys } from './onceOnlyAcrossJourneys'
import { boardA, boardB, boardC } from './threeJourneys.fixture'

const refA = { boardId: 'board-a1', boardTitle: 'Fødsel i Nordby', lifeEvent: { id: 'fa-barn', name: 'Få barn' } }
const refB = { boardId: 'board-b1', boardTitle: 'Arbeidsledig i Sørby', lifeEvent: { id: 'miste-og-finne-jobb', name: 'Miste og finne jobb' } }
const refC = { boardId: 'board-c1', boardTitle: 'Fødsel i Østby', lifeEvent: { id: 'fa-barn', name: 'Få barn' } }
const NAV = { id: 'nav', name: 'Arbeids- og velferdsetaten (NAV)', shortName: 'NAV', colour: '#c00000' }

describe('agencyOverview', () => {
  // Boards in title order: "Arbeidsledig i Sørby" (B), "Fødsel i Nordby" (A), "Fødsel i Østby" (C: Ø after N).
  const nav = agencyOverview([boardA, boardC, boardB], 'nav')!

  it('names the agency from the catalogue and lists every board that names it, in title order', () => {
    expect(nav.agency).toEqual(NAV)
    expect(nav.boards).toEqual([refB, refA, refC])
  })

  it('lists the pain points it owns, most severe first, then by board, with their phase', () => {
    // B: b-pp1 (3, step b-s1 in "Jeg mister jobben"); A: a-pp1 (2, step a-s1 in "Før fødselen"), a-pp3 (3, phase a-p2).
    // a-pp2 and b-pp2 belong to other agencies; C has none.
    expect(nav.painPoints.map(({ shapeId, severity, phaseName, boardId }) => ({ shapeId, severity, phaseName, boardId }))).toEqual([
      { shapeId: 'b-pp1', severity: 3, phaseName: 'Jeg mister jobben', boardId: 'board-b1' },
      { shapeId: 'a-pp3', severity: 3, phaseName: 'Etter fødselen', boardId: 'board-a1' },
      { shapeId: 'a-pp1', severity: 2, phaseName: 'Før fødselen', boardId: 'board-a1' },
    ])
    expect(nav.painPoints[0]).toEqual({ ...refB, shapeId: 'b-pp1', text: 'Lang ventetid på dagpenger', severity: 3, category: 'venting', phaseName: 'Jeg mister jobben' })
  })

  it('lists the handoffs from and to it with the other agency and the carrier', () => {
    // a-h2 (skatteetaten → Nordby) does not touch NAV.
    expect(nav.handoffs).toEqual([
      { ...refB, shapeId: 'b-h1', direction: 'from', otherAgencyId: 'sorby-kommune', carriedBy: 'personen', information: ['inntekt', 'vedtak'] },
      { ...refB, shapeId: 'b-h2', direction: 'to', otherAgencyId: 'sorby-kommune', carriedBy: 'personen', information: ['husleie'] },
      { ...refA, shapeId: 'a-h1', direction: 'from', otherAgencyId: 'skatteetaten', carriedBy: 'personen', information: ['Inntekt', 'termindato'] },
      { ...refA, shapeId: 'a-h3', direction: 'to', otherAgencyId: 'nordby-kommune', carriedBy: 'personen', information: ['inntekt'] },
      { ...refC, shapeId: 'c-h1', direction: 'to', otherAgencyId: 'skatteetaten', carriedBy: 'personen', information: ['Termindato'] },
    ])
  })

  it('keeps as once-only candidates only what is carried in more than one life event', () => {
    // "inntekt": b-h1 (Miste og finne jobb), a-h1 "Inntekt" and a-h3 "inntekt " (Få barn) = 3 handoffs, 2 life events.
    // "termindato": a-h1 and c-h1, both Få barn: one life event, left out. "vedtak", "husleie": B only.
    expect(nav.onceOnly).toEqual([
      { information: 'inntekt', lifeEvents: [refB.lifeEvent, refA.lifeEvent], boards: [refB, refA], count: 3 },
    ])
  })

  it('counts a board without a life event as a situation of its own', () => {
    const withoutLifeEvent = { ...boardC, lifeEvent: null }
    // "termindato" is now in Få barn (A) and in C's own situation: 2, with 2 handoffs; "inntekt" still comes first (3).
    expect(onceOnlyAcrossJourneys([boardA, boardB, withoutLifeEvent], 'nav')).toEqual([
      { information: 'inntekt', lifeEvents: [refB.lifeEvent, refA.lifeEvent], boards: [refB, refA], count: 3 },
      { information: 'termindato', lifeEvents: [refA.lifeEvent], boards: [refA, { ...refC, lifeEvent: null }], count: 2 },
    ])
    // Carried by the agencies does not count: skatteetaten's only kasteball items are termindato (A, C) and Inntekt (A).
    expect(onceOnlyAcrossJourneys([boardA, boardB, boardC], 'skatteetaten')).toEqual([])
  })

  it('lists the benefits it contributes to and those that land with it', () => {
    expect(nav.benefitsContributed).toEqual([{ ...refA, shapeId: 'a-b1', text: 'Pengene kommer i tide', landsWith: 'personen' }])
    expect(nav.benefitsReceived).toEqual([
      { ...refB, shapeId: 'b-b1', text: 'Riktig utbetaling', contributorIds: ['sorby-kommune'] },
      { ...refA, shapeId: 'a-b2', text: 'Færre henvendelser', contributorIds: ['skatteetaten'] },
    ])
  })

  it('lists the actor cards that stand for it and the relations touching them, by name', () => {
    expect(nav.actors).toEqual([
      { ...refB, shapeId: 'b-a1', interest: 'stor', influence: 'middels', informationNeeds: '', followUp: '' },
      { ...refA, shapeId: 'a-a1', interest: 'stor', influence: 'stor', informationNeeds: 'Tall på søknader', followUp: 'Kvartalsvis' },
    ])
    expect(nav.relations).toEqual([{ ...refA, shapeId: 'a-r1', fromName: 'Barne- og familiedepartementet', toName: NAV.name, label: 'styrer' }])
  })

  it('names every agency it mentions: the catalogue first, then the board that knows it', () => {
    expect(nav.agencyNames).toEqual({
      nav: NAV,
      'sorby-kommune': { id: 'sorby-kommune', name: 'Sørby kommune', shortName: 'Sørby', colour: '#6a3a8b' },
      skatteetaten: { id: 'skatteetaten', name: 'Skatteetaten', shortName: 'Skatteetaten', colour: '#183858' },
      'nordby-kommune': { id: 'nordby-kommune', name: 'Nordby kommune', shortName: 'Nordby', colour: '#2a7a3b' },
    })
  })

  it('answers for a board’s own agency and for a catalogue agency on no board, and null for an id nobody knows', () => {
    const sorby = agencyOverview([boardA, boardB, boardC], 'sorby-kommune')!
    expect(sorby.agency).toEqual({ id: 'sorby-kommune', name: 'Sørby kommune', shortName: 'Sørby', colour: '#6a3a8b' })
    expect(sorby.boards).toEqual([refB])
    expect(sorby.painPoints.map((painPoint) => painPoint.shapeId)).toEqual(['b-pp2'])
    expect(sorby.benefitsContributed.map((benefit) => benefit.shapeId)).toEqual(['b-b1'])

    const politiet = agencyOverview([boardA, boardB], 'politiet')!
    expect(politiet.agency.name).toBe('Politiet')
    expect([politiet.boards, politiet.painPoints, politiet.handoffs, politiet.onceOnly, politiet.actors]).toEqual([[], [], [], [], []])

    expect(agencyOverview([boardA, boardB, boardC], 'finnes-ikke')).toBeNull()
    expect(agencyOverview([], 'sorby-kommune')).toBeNull()
  })

  it('takes the agencies a board names beyond its journey when given', () => {
    const unknown = { id: 'ukjent-etat', name: 'ukjent-etat', shortName: 'ukjent-etat', colour: '#5b6675' }
    const named = { ...boardC, agencies: [...boardC.journey.agencies, unknown] }
    const overview = agencyOverview([boardA, named], 'ukjent-etat')!
    expect(overview.agency).toEqual(unknown)
    expect(overview.boards).toEqual([refC])
  })
})
