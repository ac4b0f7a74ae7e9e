import { describe, expect, it } from 'vitest'
import { handoffInformationItems, readHandoffCarrier } from './handoffArrow'

describe('handoffInformationItems', () => {
  it('splits the label into information items at commas, semicolons and line breaks', () => {
    expect(handoffInformationItems('inntekt, adresse;  skattemelding\nbarn ')).toEqual(['inntekt', 'adresse', 'skattemelding', 'barn'])
    expect(handoffInformationItems(' , ;\n')).toEqual([])
    expect(handoffInformationItems('')).toEqual([])
  })
})

describe('readHandoffCarrier', () => {
  it('reads who carries the information, and defaults to the agencies', () => {
    expect(readHandoffCarrier({ carriedBy: 'personen' })).toBe('personen')
    expect(readHandoffCarrier({ carriedBy: 'someone' })).toBe('etatene')
    expect(readHandoffCarrier(null)).toBe('etatene')
  })
})
