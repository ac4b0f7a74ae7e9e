import { words } from './libraryFilters'

export interface TextPart {
  text: string
  match: boolean
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A search hit's text in parts, the parts that match a word of the query marked (`<mark>` in the page), ignoring
 * case, also inside a longer word ("søknad" in "Byggesøknad"). Longer words first, so "byggesøknad" is marked whole
 * rather than as "bygge" + "søknad".
 */
export function highlightMatches(text: string, query: string): TextPart[] {
  const wanted = [...new Set(words(query))].sort((a, b) => b.length - a.length)
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }]
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu')
  const parts: TextPart[] = []
  let last = 0
  for (const found of text.matchAll(pattern)) {
    const start = found.index
    if (start > last) parts.push({ text: text.slice(last, start), match: false })
    parts.push({ text: found[0], match: true })
    last = start + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
