import type { Language } from '../i18n'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "for 5 minutter siden", "i går" … for the last week; older dates read better as a date. */
export function formatRelativeDate(timestamp: number, language: Language, justNow: string, now = Date.now()): string {
  const elapsed = now - timestamp
  if (elapsed < MINUTE) return justNow
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day')
  return formatAbsoluteDate(timestamp, language)
}

/** "3. mars 2025 kl. 14:05": the full date for tooltips and `<time>` titles. */
export function formatAbsoluteDate(timestamp: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(timestamp)
}
