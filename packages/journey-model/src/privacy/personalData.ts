/**
 * Finds text that looks like personal data, so the writer can be warned before it is shared: boards are
 * working documents for agencies and must not hold a citizen's identity number, phone number or e-mail.
 * Pure and synchronous: it runs on every keystroke.
 */

export type PersonalDataKind = 'nationalId' | 'phone' | 'email'

export interface PersonalDataHit {
  kind: PersonalDataKind
  /** UTF-16 offsets into the text, `end` exclusive, as `String.prototype.slice` takes them. */
  start: number
  end: number
}

// 11 digits, optionally with one space after the birth date (DDMMYY IIIKK), not inside a longer number.
const NATIONAL_ID = /(?<![\d])(\d{6}) ?(\d{5})(?![\d])/g
// +47 / 0047, then 8 digits in the groupings people write: 12345678, 123 45 678, 12 34 56 78, 1234 5678.
const PHONE = /(?<![\d+])(?:(?:\+|00)47 ?)?(?:\d{8}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})(?![\d])/g
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2]
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

function checkDigit(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits[i] ?? 0)
  const rest = 11 - (sum % 11)
  if (rest === 11) return 0
  return rest === 10 ? null : rest // 10 is never issued: such a number cannot exist
}

/**
 * A Norwegian fødselsnummer or D-number: a plausible birth date (D-numbers add 40 to the day, H-numbers 40
 * and the Tenor test register 80 to the month) and both mod-11 check digits right. An ordinary 11-digit
 * number passes both checks by chance only about once in 150, which keeps false alarms rare.
 */
export function isNationalIdentityNumber(value: string): boolean {
  const compact = value.replace(/ /g, '')
  if (!/^\d{11}$/.test(compact)) return false
  const digits = [...compact].map(Number)
  const day = (digits[0] ?? 0) * 10 + (digits[1] ?? 0)
  const month = (digits[2] ?? 0) * 10 + (digits[3] ?? 0)
  const dayOfMonth = day > 40 ? day - 40 : day
  const monthOfYear = month > 80 ? month - 80 : month > 40 ? month - 40 : month
  if (dayOfMonth < 1 || dayOfMonth > 31 || monthOfYear < 1 || monthOfYear > 12) return false
  const k1 = checkDigit(digits, K1_WEIGHTS)
  if (k1 === null || k1 !== digits[9]) return false
  const k2 = checkDigit(digits, K2_WEIGHTS)
  return k2 !== null && k2 === digits[10]
}

/** Norwegian subscriber numbers start with 2–9; 0 and 1 are prefixes and short codes. */
function isPhoneNumber(match: string): boolean {
  const digits = match.replace(/^(?:\+|00)47/, '').replace(/ /g, '')
  return /^[2-9]\d{7}$/.test(digits)
}

/** Every hit, ordered by position, never overlapping (an identity number is not also a phone number). */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = []
  const overlaps = (start: number, end: number) => hits.some((hit) => start < hit.end && hit.start < end)
  for (const match of text.matchAll(EMAIL)) {
    hits.push({ kind: 'email', start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(NATIONAL_ID)) {
    const end = match.index + match[0].length
    if (isNationalIdentityNumber(match[0]) && !overlaps(match.index, end)) {
      hits.push({ kind: 'nationalId', start: match.index, end })
    }
  }
  for (const match of text.matchAll(PHONE)) {
    const end = match.index + match[0].length
    if (isPhoneNumber(match[0]) && !overlaps(match.index, end)) hits.push({ kind: 'phone', start: match.index, end })
  }
  return hits.sort((a, b) => a.start - b.start)
}
