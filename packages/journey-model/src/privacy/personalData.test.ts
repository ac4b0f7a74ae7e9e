import { describe, expect, it } from 'vitest'
import { findPersonalData, isNationalIdentityNumber } from './personalData'

// Check digits worked out by hand (weights k1 = 3 7 6 1 8 9 4 5 2, k2 = 5 4 3 2 7 6 5 4 3 2; digit = 11 − sum mod 11,
// 11 → 0, 10 → the number does not exist):
// 17056498702: k1 sum 3+49+0+5+48+36+36+40+14 = 231, 231 mod 11 = 0 → 0; k2 sum 5+28+0+10+42+24+45+32+21+0 = 207,
//              207 mod 11 = 9 → 2.
// 01010750160: k1 sum 0+7+0+1+0+63+20+0+2 = 93, 93 mod 11 = 5 → 6; k2 sum 0+4+0+2+0+42+25+0+3+12 = 88, 88 mod 11 = 0 → 0.
// 45058732161 (D-number, day 05 + 40): k1 sum 12+35+0+5+64+63+12+10+2 = 203, 203 mod 11 = 5 → 6; k2 sum
//              20+20+0+10+56+42+15+8+3+12 = 186, 186 mod 11 = 10 → 1.
const VALID_FODSELSNUMMER = ['17056498702', '01010750160', '29020010027', '15079876574', '31129949980']
const VALID_D_NUMBER = '45058732161'

describe('isNationalIdentityNumber', () => {
  it.each(VALID_FODSELSNUMMER)('accepts the valid fødselsnummer %s', (value) => {
    expect(isNationalIdentityNumber(value)).toBe(true)
  })

  it('accepts a D-number (day + 40) and a number written with a space after the date', () => {
    expect(isNationalIdentityNumber(VALID_D_NUMBER)).toBe(true)
    expect(isNationalIdentityNumber('170564 98702')).toBe(true)
  })

  it('accepts H-numbers (month + 40) and Tenor test numbers (month + 80) with valid check digits', () => {
    const hNumber = withCheckDigits('174564987')
    const tenor = withCheckDigits('178564987')
    expect(hNumber && isNationalIdentityNumber(hNumber)).toBe(true)
    expect(tenor && isNationalIdentityNumber(tenor)).toBe(true)
  })

  it('rejects a wrong first or second check digit', () => {
    expect(isNationalIdentityNumber('17056498712')).toBe(false) // k1 should be 0
    expect(isNationalIdentityNumber('17056498703')).toBe(false) // k2 should be 2
    expect(isNationalIdentityNumber('01010750161')).toBe(false)
  })

  it('rejects numbers whose check digit would be 10, impossible dates and wrong lengths', () => {
    // 010190123: k1 sum 0+7+0+1+72+0+4+10+6 = 100, 100 mod 11 = 1 → 10: no such number, whatever follows.
    for (let last = 0; last < 100; last++) {
      expect(isNationalIdentityNumber(`010190123${String(last).padStart(2, '0')}`)).toBe(false)
    }
    expect(isNationalIdentityNumber('32056498702')).toBe(false) // day 32
    expect(isNationalIdentityNumber('17136498702')).toBe(false) // month 13
    expect(isNationalIdentityNumber('1705649870')).toBe(false)
    expect(isNationalIdentityNumber('170564987020')).toBe(false)
    expect(isNationalIdentityNumber('1705649870a')).toBe(false)
  })

  it('flags only a small share of random 11-digit numbers (the check digits do their job)', () => {
    let accepted = 0
    // A deterministic sweep instead of Math.random, so the figure is the same on every run.
    for (let n = 0; n < 20_000; n++) {
      const candidate = String(10000000000 + ((n * 7919 * 104729) % 89999999999)).slice(0, 11)
      if (isNationalIdentityNumber(candidate)) accepted++
    }
    expect(accepted / 20_000).toBeLessThan(0.01)
  })
})

describe('findPersonalData', () => {
  it('finds a fødselsnummer with its position, also with a space after the date', () => {
    const text = 'Fnr 17056498702 står i brevet'
    expect(findPersonalData(text)).toEqual([{ kind: 'nationalId', start: 4, end: 15 }])
    const spaced = 'Oppgi 170564 98702.'
    const [hit] = findPersonalData(spaced)
    expect(hit).toEqual({ kind: 'nationalId', start: 6, end: 18 })
    expect(spaced.slice(hit?.start, hit?.end)).toBe('170564 98702')
  })

  it('does not flag ordinary 11-digit numbers such as account or case numbers', () => {
    expect(findPersonalData('Kontonummer 12345678903 og saksnummer 98765432109')).toEqual([])
    expect(findPersonalData('17056498703')).toEqual([])
  })

  it('does not flag an identity number inside a longer run of digits', () => {
    expect(findPersonalData('9170564987021')).toEqual([])
  })

  it.each([
    ['Ring 91234567', 5, 13],
    ['Ring 912 34 567', 5, 15],
    ['Ring 91 23 45 67', 5, 16],
    ['Ring 2212 3456', 5, 14],
    ['Ring +47 912 34 567', 5, 19],
    ['Ring +4791234567', 5, 16],
    ['Ring 0047 91234567', 5, 18],
  ])('finds the phone number in %j', (text, start, end) => {
    expect(findPersonalData(text)).toEqual([{ kind: 'phone', start, end }])
  })

  it('does not flag numbers that are not Norwegian phone numbers', () => {
    expect(findPersonalData('Postnummer 0150, år 2026, 1234567, 123456789')).toEqual([])
    expect(findPersonalData('Kode 01234567 og 11223344')).toEqual([]) // 0 and 1 are not subscriber numbers
    expect(findPersonalData('Beløp 25 000 000 kroner')).toEqual([])
  })

  it('finds e-mail addresses, including Norwegian letters', () => {
    const text = 'Skriv til kari.nordmann@nav.no eller ærlig@bøker.no.'
    const hits = findPersonalData(text)
    expect(hits.map((hit) => [hit.kind, text.slice(hit.start, hit.end)])).toEqual([
      ['email', 'kari.nordmann@nav.no'],
      ['email', 'ærlig@bøker.no'],
    ])
  })

  it('does not flag an @ without a domain', () => {
    expect(findPersonalData('@NAV svarer på mandag; møte kl. 10@rommet')).toEqual([])
  })

  it('returns several hits in text order without overlaps', () => {
    const text = 'ola@example.no 91234567 01010750160'
    expect(findPersonalData(text).map((hit) => hit.kind)).toEqual(['email', 'phone', 'nationalId'])
    expect(findPersonalData('12345678@example.no')).toEqual([{ kind: 'email', start: 0, end: 19 }])
  })

  it('finds nothing in ordinary journey text', () => {
    expect(findPersonalData('Søker om gravferdsstønad hos NAV innen 6 måneder')).toEqual([])
  })
})

/** The test's own check-digit calculation, used only for H- and test numbers; the hand-checked ones are above. */
function withCheckDigits(nine: string): string | null {
  const digits = [...nine].map(Number)
  const digit = (weights: number[]) => {
    const rest = 11 - (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11)
    return rest === 11 ? 0 : rest
  }
  const k1 = digit([3, 7, 6, 1, 8, 9, 4, 5, 2])
  if (k1 === 10) return null
  digits.push(k1)
  const k2 = digit([5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
  return k2 === 10 ? null : `${nine}${k1}${k2}`
}
