import type { Language } from '../i18n'

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB']

/** Bytes for people: "3,2 MB", "1,2 GB" (decimal units, one decimal, the language's number format). */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)
  return `${number} ${UNITS[unit]}`
}
