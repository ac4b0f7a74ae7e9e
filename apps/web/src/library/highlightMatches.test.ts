import { describe, expect, it } from 'vitest'
import { highlightMatches } from './highlightMatches'

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

  it('prefers the longer word where two overlap', () => {
    expect(highlightMatches('Byggesøknad sendt', 'bygge byggesøknad')).toEqual([
      { text: 'Byggesøknad', match: true },
      { text: ' sendt', match: false },
    ])
  })

  it('takes the query as words, never as a pattern', () => {
    expect(highlightMatches('a.b (c)', '(c) .*')).toEqual([
      { text: 'a.b (', match: false },
      { text: 'c', match: true },
      { text: ')', match: false },
    ])
    expect(highlightMatches('Ingen treff her', 'søknad')).toEqual([{ text: 'Ingen treff her', match: false }])
    expect(highlightMatches('Tekst', '   ')).toEqual([{ text: 'Tekst', match: false }])
    expect(highlightMatches('', 'x')).toEqual([])
  })
})
