import { describe, expect, it } from 'vitest'
import { foldForSearch, searchCards, searchWords, type SearchableBoard } from './searchCards'

const card = (shapeId: string, text: string, cardType = 'step-card', agencyIds: string[] = []) => ({ shapeId, cardType, text, agencyIds })
const lifeEvent = { id: 'fa-barn', name: 'Få barn' }
// Given out of order: search sorts boards by title ("Arbeidsledig …" before "Fødsel …").
const boards: SearchableBoard[] = [
  {
    boardId: 'board-a1',
    boardTitle: 'Fødsel i Nordby',
    lifeEvent,
    cards: [card('shape:a1', 'Byggesøknad for tilbygg', 'note'), card('shape:a2', 'Søknad om foreldrepenger', 'step-card', ['nav']), card('shape:a3', 'Skjemaet er på engelsk')],
  },
  { boardId: 'board-b1', boardTitle: 'Arbeidsledig i Sørby', lifeEvent: null, cards: [card('shape:b1', 'Søker sosialhjelp'), card('shape:b2', 'Nybygg og byggesøknad')] },
]
const ids = (query: string, limit?: number) => searchCards(boards, query, limit).hits.map((hit) => hit.shapeId)

describe('foldForSearch', () => {
  it('folds case, accents and the Norwegian letters', () => {
    expect(foldForSearch('Søknad ÆRE Åsane Kafé Über')).toBe('soknad aere asane kafe uber')
    expect(searchWords(' Søker,  søker; HJELP!  ')).toEqual(['soker', 'hjelp'])
  })
})

describe('searchCards', () => {
  it('finds every card holding the word, word starts first, then by board title and card order', () => {
    // "sok" begins a word in "Søker sosialhjelp" (B) and "Søknad om foreldrepenger" (A); it sits inside
    // "byggesøknad" in B's and A's other cards.
    expect(searchCards(boards, 'sok').total).toBe(4)
    expect(ids('sok')).toEqual(['shape:b1', 'shape:a2', 'shape:b2', 'shape:a1'])
  })

  it('needs every word of the query, in any case and with or without accents', () => {
    expect(ids('SØKNAD tilbygg')).toEqual(['shape:a1'])
    expect(ids('søker hjelp')).toEqual(['shape:b1'])
    expect(ids('soknad pa engelsk')).toEqual([])
    expect(ids('skjemaet pa engelsk')).toEqual(['shape:a3'])
  })

  it('ranks by how many words begin a word', () => {
    // "bygg" begins "byggesøknad"/"Byggesøknad" in both; "søknad" begins no word in either: one each, board order.
    expect(ids('bygg søknad')).toEqual(['shape:b2', 'shape:a1'])
    // "for" begins a word in A's first two cards ("for", "foreldrepenger"), "tilbygg" adds one in the first.
    expect(ids('for')).toEqual(['shape:a1', 'shape:a2'])
    expect(ids('tilbygg for')).toEqual(['shape:a1'])
  })

  it('returns the total and the first hits only, with the board and the card', () => {
    const result = searchCards(boards, 'sok', 1)
    expect(result).toEqual({
      total: 4,
      hits: [{ boardId: 'board-b1', boardTitle: 'Arbeidsledig i Sørby', lifeEvent: null, shapeId: 'shape:b1', cardType: 'step-card', text: 'Søker sosialhjelp', agencyIds: [] }],
    })
    expect(searchCards(boards, 'foreldrepenger').hits[0]).toEqual({
      boardId: 'board-a1',
      boardTitle: 'Fødsel i Nordby',
      lifeEvent,
      shapeId: 'shape:a2',
      cardType: 'step-card',
      text: 'Søknad om foreldrepenger',
      agencyIds: ['nav'],
    })
  })

  it('finds nothing for a query without words, and uses text folded ahead when given', () => {
    expect(searchCards(boards, ' ,; ')).toEqual({ total: 0, hits: [] })
    const folded: SearchableBoard[] = [{ ...boards[1]!, cards: [{ ...card('shape:x', 'Vises'), searchText: 'noe annet' }] }]
    expect(searchCards(folded, 'annet').total).toBe(1)
    expect(searchCards(folded, 'vises').total).toBe(0)
    // A board whose joined text lacks a word is skipped whole.
    const skipped: SearchableBoard[] = [{ ...boards[1]!, searchText: 'ingenting her' }]
    expect(searchCards(skipped, 'sosialhjelp').total).toBe(0)
    expect(searchCards([{ ...boards[1]!, searchText: 'soker sosialhjelp\nnybygg og byggesoknad' }], 'sosialhjelp').total).toBe(1)
  })
})
