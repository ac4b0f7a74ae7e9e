import type { DurationTotal } from '@sammen/journey-model'
import type { Dictionary, Language } from '../i18n'

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months'
const UNIT_DAYS: Readonly<Record<DurationUnit, number>> = { minutes: 1 / 1440, hours: 1 / 24, days: 1, weeks: 7, months: 30 }

/** The unit a length of time reads best in: minutes under an hour, hours under a day, days under two weeks … */
export function durationUnitFor(days: number): DurationUnit {
  if (days < 1 / 24) return 'minutes'
  if (days < 1) return 'hours'
  if (days < 14) return 'days'
  if (days < 91) return 'weeks'
  return 'months'
}

/** "3 uker", "1,5 dager": at most one decimal, in the person's language. */
export function formatDuration(days: number, unit: DurationUnit, language: Language, units: Dictionary['stages']['units']): string {
  const amount = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(days / UNIT_DAYS[unit])
  return units[unit](amount)
}

/**
 * A duration before and after, both in the unit the longer reads best in (so "12 uker → 17 dager" never hides that
 * the second is shorter); a side where no duration could be read says "ingen" instead of a misleading "0 dager".
 */
export function formatDurationPair(before: DurationTotal, after: DurationTotal, language: Language, t: Dictionary['stages']): [string, string] {
  const unit = durationUnitFor(Math.max(before.days, after.days))
  const format = (total: DurationTotal) => (total.read === 0 ? t.comparison.duration.none : formatDuration(total.days, unit, language, t.units))
  return [format(before), format(after)]
}
