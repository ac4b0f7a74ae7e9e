import { describe, expect, it } from 'vitest'
import { highlightMatches } from './highlightMatches'

const marked = (text: string, query: string) =>
  highlightMatches(text, query)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('')

describe('highlightMatches', () => {
  it('marks every word of the query, whatever the case, also inside compounds', () => {
    expect(highlightMatches('Sender byggesøknad og Søknad om lån', 'søknad')).toEqual([
      { text: 'Sender bygge', match: false },
      { text: 'søknad', match: true },
      { text: ' og ', match: false },
      { text: 'Søknad', match: true },
      { text: ' om lån', match: false },
    ])
  })

  it('matches as the card search does: Norwegian letters and accents folded', () => {
    expect(marked('Byggesøknad til kommunen', 'sok')).toBe('Bygge[søk]nad til kommunen')
    expect(marked('Særkullsbarn og kafé', 'saerkull cafe kafe')).toBe('[Særkull]sbarn og [kafé]')
    // A word that ends inside a folded letter marks the whole letter.
    expect(marked('Ærlig', 'a')).toBe('[Æ]rlig')
  })

  it('marks overlapping words as one run', () => {
    expect(marked('Byggesøknad sendt', 'bygge byggesøknad')).toBe('[Byggesøknad] sendt')
    expect(marked('abcd', 'abc bcd')).toBe('[abcd]')
  })

  it('takes the query as words, never as a pattern', () => {
    expect(marked('a.b (c)', '(c) .*')).toBe('a.b ([c])')
    expect(highlightMatches('Ingen treff her', 'søknad')).toEqual([{ text: 'Ingen treff her', match: false }])
    expect(highlightMatches('Tekst', '   ')).toEqual([{ text: 'Tekst', match: false }])
    expect(highlightMatches('', 'x')).toEqual([])
  })

  it('keeps characters outside the basic plane whole', () => {
    expect(marked('Søknad 👍 sendt', 'sendt')).toBe('Søknad 👍 [sendt]')
  })
})
