import { describe, expect, it } from 'vitest'
import { csvField, toCsv, UTF8_BOM } from './csv'

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Kartverket')).toBe('Kartverket')
    expect(csvField('Søker om å få bygge')).toBe('Søker om å få bygge')
    expect(csvField(12)).toBe('12')
    expect(csvField(0)).toBe('0')
  })

  it('quotes separators, commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('inntekt; gjeld')).toBe('"inntekt; gjeld"')
    expect(csvField('inntekt, gjeld')).toBe('"inntekt, gjeld"')
    expect(csvField('Han sa "nei"')).toBe('"Han sa ""nei"""')
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"')
    expect(csvField(' mellomrom ')).toBe('" mellomrom "')
  })

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1:A3)')).toBe("'=SUM(A1:A3)")
    expect(csvField('-2 poeng')).toBe("'-2 poeng")
    expect(csvField('@navn')).toBe("'@navn")
    // A negative number is a number, not a formula.
    expect(csvField(-2)).toBe('-2')
  })

  it('writes nothing for numbers that are not finite', () => {
    expect(csvField(Number.NaN)).toBe('')
  })
})

describe('toCsv', () => {
  it('starts with a byte order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv({ header: ['Etat', 'Antall'], rows: [['Kommunen', 3], ['Statens vegvesen; region øst', 1]] })
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.slice(1)).toBe('Etat;Antall\r\nKommunen;3\r\n"Statens vegvesen; region øst";1\r\n')
  })

  it('writes only the header for an empty table', () => {
    expect(toCsv({ header: ['Etat'], rows: [] })).toBe(`${UTF8_BOM}Etat\r\n`)
  })
})
