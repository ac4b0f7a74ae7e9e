import { foldForSearch, searchWords } from '@sammen/journey-model'

export interface TextPart {
  text: string
  match: boolean
}

/**
 * A search hit's text in parts, the parts that hold a word of the query marked (`<mark>` on the page). Matching is
 * the card search's own (journey-model `searchCards`): case and accents ignored and the Norwegian letters folded
 * (`foldForSearch`), anywhere in a word, so "sok" marks "søk" in "Byggesøknad" exactly where the search found it.
 * The text is folded one character at a time, remembering where each folded character came from, so a match is
 * marked on the original characters even where folding changed the length (æ → ae).
 */
export function highlightMatches(text: string, query: string): TextPart[] {
  if (text === '') return []
  const wanted = searchWords(query)
  if (wanted.length === 0) return [{ text, match: false }]

  let folded = ''
  // For each folded character: where its original character starts and ends in `text`.
  const starts: number[] = []
  const ends: number[] = []
  let index = 0
  for (const character of text) {
    const piece = foldForSearch(character)
    for (let k = 0; k < piece.length; k++) {
      starts.push(index)
      ends.push(index + character.length)
    }
    folded += piece
    index += character.length
  }

  const marked = new Array<boolean>(text.length).fill(false)
  for (const word of wanted) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      for (let position = starts[at]!; position < ends[at + word.length - 1]!; position++) marked[position] = true
    }
  }

  const parts: TextPart[] = []
  for (let position = 0; position < text.length; ) {
    const match = marked[position]!
    let end = position + 1
    while (end < text.length && marked[end] === match) end++
    parts.push({ text: text.slice(position, end), match })
    position = end
  }
  return parts
}
