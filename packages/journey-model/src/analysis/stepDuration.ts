/**
 * Reading a step's free-text duration ("3 dager", "2–6 uker", "1 måned") as a number of days, so the durations of a
 * phase or a journey can be added up and compared before and after. Workshops write durations roughly, so only what
 * says a length of time plainly is read; anything else ("Flere uker", "Innen 6 måneder", "Hver 14. dag") is
 * unreadable and counted as such, never guessed.
 *
 * Read (bokmål and nynorsk, any case):
 * - a number and a unit: "3 dager", "45 minutter", "1,5 uker", "to uker" (number words one to twelve);
 * - a range: "1-2 uker", "2–6 uker", "1 til 2 uker", "mellom 2 og 4 uker", "3 dager–2 uker";
 * - "ca.", "cirka", "omtrent", "rundt", "omkring" or "om lag" before it;
 * - after it only "til …" ("4–8 uker til vedtak": how long until) or a remark in brackets;
 * - "samme dag": within a day, the range 0–1 day.
 * Units: minutt, time, døgn, dag, virkedag/arbeidsdag (7/5 of a day: five of them make a week), uke/veke, måned/månad
 * (30 days), år (365 days).
 */

/** How a range counts: its upper end ("1–2 uker" = 2 weeks; what the person must plan for) or its middle (1,5 weeks). */
export type DurationMode = 'upper' | 'mean'

/** A duration read from text, in days; `fromDays === toDays` when it is no range. */
export interface DurationRange {
  fromDays: number
  toDays: number
}

const MINUTE = 1 / (24 * 60)
const UNIT_DAYS: Readonly<Record<string, number>> = {
  min: MINUTE,
  'min.': MINUTE,
  minutt: MINUTE,
  minutter: MINUTE,
  minuttar: MINUTE,
  time: 1 / 24,
  timer: 1 / 24,
  timar: 1 / 24,
  døgn: 1,
  dag: 1,
  dager: 1,
  dagar: 1,
  virkedag: 7 / 5,
  virkedager: 7 / 5,
  virkedagar: 7 / 5,
  arbeidsdag: 7 / 5,
  arbeidsdager: 7 / 5,
  arbeidsdagar: 7 / 5,
  uke: 7,
  uker: 7,
  veke: 7,
  veker: 7,
  måned: 30,
  måneder: 30,
  månad: 30,
  månader: 30,
  mnd: 30,
  'mnd.': 30,
  år: 365,
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1,
  én: 1,
  ett: 1,
  ei: 1,
  ein: 1,
  eitt: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`
const UNIT = String.raw`(${Object.keys(UNIT_DAYS)
  .map((unit) => unit.replace('.', String.raw`\.`))
  .sort((a, b) => b.length - a.length)
  .join('|')})`
const DASH = String.raw`\s*[-–—]\s*`
const APPROXIMATELY = String.raw`(?:(?:ca\.?|cirka|omtrent|rundt|omkring|om lag)\s+)?`
/** What may follow the duration: "til …" (but not "til 2 uker", which is a range) or a remark in brackets. */
const TAIL = String.raw`(?:\s+til\s+(?!${NUMBER}\s)\S.*|\s*\(.*\))?`

const SINGLE = new RegExp(String.raw`^${APPROXIMATELY}${NUMBER}\s*${UNIT}${TAIL}$`, 'u')
const RANGE = new RegExp(String.raw`^${APPROXIMATELY}${NUMBER}(?:${DASH}|\s+til\s+)${NUMBER}\s*${UNIT}${TAIL}$`, 'u')
const BETWEEN = new RegExp(String.raw`^${APPROXIMATELY}mellom\s+${NUMBER}\s+og\s+${NUMBER}\s*${UNIT}${TAIL}$`, 'u')
const MIXED_RANGE = new RegExp(String.raw`^${APPROXIMATELY}${NUMBER}\s*${UNIT}(?:${DASH}|\s+til\s+)${NUMBER}\s*${UNIT}${TAIL}$`, 'u')
const SAME_DAY = /^(?:samme|same)\s+dag(?:en)?$/u

function amount(text: string): number {
  const word = NUMBER_WORDS[text]
  return word ?? Number(text.replace(',', '.'))
}

function unitDays(text: string): number {
  return UNIT_DAYS[text] ?? Number.NaN
}

/** The duration `text` states, in days, or null when it does not state one plainly (see the module comment). */
export function parseDuration(text: string): DurationRange | null {
  const normalised = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')
  if (normalised === '') return null
  if (SAME_DAY.test(normalised)) return { fromDays: 0, toDays: 1 }
  let range: DurationRange | null = null
  const mixed = MIXED_RANGE.exec(normalised)
  const between = BETWEEN.exec(normalised)
  const plainRange = RANGE.exec(normalised)
  const single = SINGLE.exec(normalised)
  if (mixed) {
    range = { fromDays: amount(mixed[1]!) * unitDays(mixed[2]!), toDays: amount(mixed[3]!) * unitDays(mixed[4]!) }
  } else if (between ?? plainRange) {
    const match = (between ?? plainRange)!
    const days = unitDays(match[3]!)
    range = { fromDays: amount(match[1]!) * days, toDays: amount(match[2]!) * days }
  } else if (single) {
    const days = amount(single[1]!) * unitDays(single[2]!)
    range = { fromDays: days, toDays: days }
  }
  if (range === null || !Number.isFinite(range.fromDays) || !Number.isFinite(range.toDays)) return null
  // "5–2 uker" says nothing we could trust.
  return range.fromDays <= range.toDays ? range : null
}

/** The days a range counts as in `mode`. */
export function durationDays(range: DurationRange, mode: DurationMode): number {
  return mode === 'upper' ? range.toDays : (range.fromDays + range.toDays) / 2
}

/** Durations of several steps added up: how many could be read, how many could not, how many have none. */
export interface DurationTotal {
  /** The sum of the readable durations, in days. */
  days: number
  /** Steps whose duration was read (and is in `days`). */
  read: number
  /** Steps with a duration text that could not be read (not in `days`). */
  unreadable: number
  /** Steps without a duration. */
  missing: number
}

export const emptyDurationTotal = (): DurationTotal => ({ days: 0, read: 0, unreadable: 0, missing: 0 })

/** Adds one step's duration text (or its absence) to a total. */
export function addDuration(total: DurationTotal, text: string | undefined, mode: DurationMode): void {
  if (text === undefined || text.trim() === '') {
    total.missing += 1
    return
  }
  const range = parseDuration(text)
  if (range === null) {
    total.unreadable += 1
    return
  }
  total.days += durationDays(range, mode)
  total.read += 1
}
