import type { Language } from '../i18n'

/** "23. nov. 14:05": short enough for a name field, precise enough to tell versions apart. */
export function versionTimestamp(at: number, language: Language): string {
  const date = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(at)
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at)
  return `${date} ${time}`
}
