/**
 * The languages Sammen speaks, and which one a first visit starts in. The person's choice is state (the app store
 * keeps it); the dictionaries in i18n/ read it from there, so this lives in state/ and i18n/ imports state/, never
 * the other way round.
 */
export type Language = 'nb' | 'nn' | 'en'

export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en']

export function isLanguage(value: unknown): value is Language {
  return value === 'nb' || value === 'nn' || value === 'en'
}

/** First visit: follow the browser's language when it is one we speak, else bokmål. */
export function initialLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0]
    if (primary === 'nn') return 'nn'
    if (primary === 'nb' || primary === 'no') return 'nb'
    if (primary === 'en') return 'en'
  }
  return 'nb'
}
