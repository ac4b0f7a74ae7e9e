import { describe, expect, it } from 'vitest'
import { fitLine, wrapText } from './cardSvg'

// A monospace stand-in for the canvas: every character 10 units wide, so the expected lines can be counted by hand.
const mono = (text: string) => text.length * 10
const style = { fontSize: 17 }

describe('wrapText', () => {
  it('breaks at spaces, as many words per line as fit', () => {
    expect(wrapText('Banken og Husbanken vil ha den samme dokumentasjonen', 200, style, mono)).toEqual([
      'Banken og Husbanken',
      'vil ha den samme',
      'dokumentasjonen',
    ])
  })

  it('breaks a word longer than the line between characters, and keeps the rest with what follows', () => {
    expect(wrapText('byggesaksavdelingen i kommunen', 100, style, mono)).toEqual(['byggesaksa', 'vdelingen', 'i kommunen'])
  })

  it('starts a new line at each newline, and keeps an empty line', () => {
    expect(wrapText('Ett\n\nTo tre', 200, style, mono)).toEqual(['Ett', '', 'To tre'])
  })

  it('gives no lines for an empty or blank text', () => {
    expect(wrapText('', 200, style, mono)).toEqual([])
    expect(wrapText('  ', 200, style, mono)).toEqual([])
  })
})

describe('fitLine', () => {
  it('keeps a line that fits and cuts one that does not with an ellipsis inside the width', () => {
    expect(fitLine('Kommunen', 100, style, mono)).toBe('Kommunen')
    const cut = fitLine('Statens vegvesen', 100, style, mono)
    expect(cut).toBe('Statens v…')
    expect(mono(cut)).toBeLessThanOrEqual(100)
  })
})
