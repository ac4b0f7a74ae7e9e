import { compareBoards, type BoardRef } from './libraryJourney'

/** A card as search reads it: its text, and optionally that text already folded (`foldForSearch`) to save the work. */
export interface SearchableCard {
  shapeId: string
  /** The shape type (`step-card`, `pain-point`, …, or a tldraw type such as `note`). */
  cardType: string
  text: string
  agencyIds: readonly string[]
  searchText?: string
}

export interface SearchableBoard extends BoardRef {
  cards: readonly SearchableCard[]
  /**
   * Optionally, every card's folded text joined by line breaks: a board where a word of the query does not occur at
   * all is then skipped without looking at its cards.
   */
  searchText?: string
}

export interface CardHit extends BoardRef {
  shapeId: string
  cardType: string
  text: string
  agencyIds: string[]
}

export interface CardSearchResult {
  /** Every card that matches. */
  total: number
  /** The best `limit` of them. */
  hits: CardHit[]
}

export const DEFAULT_SEARCH_LIMIT = 200

/**
 * Text as search compares it: lower case (bokmål rules), accents dropped (é → e), and the Norwegian letters folded
 * to what a keyboard without them types (å → a, ø → o, æ → ae), so "sok" finds "søk" and "Ås" finds "as". Folding
 * both sides the same way keeps every exact match a match.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
}

/** The words of a query, folded, each once; punctuation and spaces separate words. */
export function searchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ''))]
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** Whether `word` occurs in `text` (both folded) at the start of a word of `text`. */
function occursAtWordStart(text: string, word: string, first: number): boolean {
  for (let at = first; at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) return true
  }
  return false
}

/**
 * Cards whose text holds every word of the query, case- and accent-insensitively (`foldForSearch`). Cards where more
 * of the words begin a word come first ("bygg" ranks "byggesøknad" above "nybygg"), then by board (`compareBoards`),
 * then in the board's card order. A query without words finds nothing.
 */
export function searchCards(boards: readonly SearchableBoard[], query: string, limit = DEFAULT_SEARCH_LIMIT): CardSearchResult {
  const words = searchWords(query)
  if (words.length === 0) return { total: 0, hits: [] }
  const matches: { board: SearchableBoard; boardRank: number; card: SearchableCard; cardIndex: number; atWordStart: number }[] = []
  const sorted = [...boards].sort(compareBoards)
  sorted.forEach((board, boardRank) => {
    if (board.searchText !== undefined && words.some((word) => !board.searchText!.includes(word))) return
    board.cards.forEach((card, cardIndex) => {
      const text = card.searchText ?? foldForSearch(card.text)
      let atWordStart = 0
      for (const word of words) {
        const first = text.indexOf(word)
        if (first === -1) return
        if (occursAtWordStart(text, word, first)) atWordStart++
      }
      matches.push({ board, boardRank, card, cardIndex, atWordStart })
    })
  })
  matches.sort((a, b) => b.atWordStart - a.atWordStart || a.boardRank - b.boardRank || a.cardIndex - b.cardIndex)
  const hits = matches.slice(0, Math.max(0, limit)).map(({ board, card }) => ({
    boardId: board.boardId,
    boardTitle: board.boardTitle,
    lifeEvent: board.lifeEvent ? { id: board.lifeEvent.id, name: board.lifeEvent.name } : null,
    shapeId: card.shapeId,
    cardType: card.cardType,
    text: card.text,
    agencyIds: [...card.agencyIds],
  }))
  return { total: matches.length, hits }
}
