import { describe, expect, it } from 'vitest'
import { getDictionary } from '../i18n'
import { agencyTableCsv } from './agencyCsv'
import type { AgencyView } from './chooseAgencyView'

const board = { boardId: 'tavle-hus', boardTitle: 'Bygge hus i Nordby', lifeEvent: { id: 'bygge-hus', name: 'Bygge hus' } }
const view: AgencyView = {
  agency: { id: 'kommunen', name: 'Kommunen', shortName: 'Kommunen', colour: '#1f4e79' },
  boards: [board],
  painPoints: [{ ...board, shapeId: 'shape:p1', text: 'Ingen svarer', severity: 3, category: 'venting', phaseName: null }],
  handoffs: [{ ...board, shapeId: 'shape:h1', direction: 'to', otherAgencyId: 'kartverket', carriedBy: 'personen', information: ['kart', 'gårdsnummer'] }],
  onceOnly: [{ information: 'inntekt', lifeEvents: [board.lifeEvent, { id: 'fa-barn', name: 'Få barn' }], boards: [board, { ...board, boardId: 'tavle-barn', boardTitle: 'Barn' }], count: 3 }],
  benefitsContributed: [{ ...board, shapeId: 'shape:b1', text: 'Raskere byggesak', landsWith: 'personen' }],
  benefitsReceived: [{ ...board, shapeId: 'shape:b2', text: 'Færre klager', contributorIds: ['kartverket', 'egen-ukjent'] }],
  actors: [{ ...board, shapeId: 'shape:a1', interest: 'stor', influence: 'middels', informationNeeds: 'Tegninger', followUp: 'Møte' }],
  relations: [{ ...board, shapeId: 'shape:r1', fromName: 'Kommunen', toName: 'Kartverket', label: 'bestiller kart' }],
  agencyNames: {
    kommunen: { id: 'kommunen', name: 'Kommunen', shortName: 'Kommunen', colour: '#1f4e79' },
    kartverket: { id: 'kartverket', name: 'Kartverket', shortName: 'Kartverket', colour: '#00594f' },
  },
}

describe('the agency page as CSV', () => {
  const nb = getDictionary('nb')

  it('gives each table the rows the page shows, with names instead of ids', () => {
    expect(agencyTableCsv('painPoints', view, nb)).toEqual({
      header: ['Problem', 'Alvorlighet (1–3)', 'Type problem', 'Livshendelse', 'Tavle', 'Fase'],
      rows: [['Ingen svarer', 3, 'Venting', 'Bygge hus', 'Bygge hus i Nordby', 'Uten fase']],
    })
    expect(agencyTableCsv('handoffs', view, nb).rows).toEqual([['Til etaten', 'Kartverket', 'Personen', 'kart, gårdsnummer', 'Bygge hus', 'Bygge hus i Nordby']])
    expect(agencyTableCsv('onceOnly', view, nb).rows).toEqual([['inntekt', 3, 'Bygge hus, Få barn', 'Bygge hus i Nordby, Barn']])
    expect(agencyTableCsv('benefitsContributed', view, nb).rows).toEqual([['Raskere byggesak', 'Personen', 'Bygge hus', 'Bygge hus i Nordby']])
    // An agency the answer does not name is shown by its id.
    expect(agencyTableCsv('benefitsReceived', view, nb).rows).toEqual([['Færre klager', 'Kartverket, egen-ukjent', 'Bygge hus', 'Bygge hus i Nordby']])
    expect(agencyTableCsv('actors', view, nb).rows).toEqual([['Bygge hus i Nordby', 'Bygge hus', 'Stor', 'Middels', 'Tegninger', 'Møte']])
    expect(agencyTableCsv('relations', view, nb).rows).toEqual([['Kommunen', 'bestiller kart', 'Kartverket', 'Bygge hus', 'Bygge hus i Nordby']])
  })

  it('speaks the chosen language', () => {
    const en = getDictionary('en')
    expect(agencyTableCsv('handoffs', view, en).header[0]).toBe('Direction')
    expect(agencyTableCsv('handoffs', view, en).rows[0]?.[0]).toBe('To the agency')
  })
})
