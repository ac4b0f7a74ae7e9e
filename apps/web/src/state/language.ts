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

/**
 * First visit: bokmål, whatever the browser's language. Sammen is a Norwegian public-sector service, and its
 * participants (caseworkers, citizens in a user panel) expect the service's own language, not their browser's: a
 * browser set to English is common among Norwegians and says little about the language they want a Norwegian
 * service in. Nynorsk and English are one click away on the start page, and the choice is remembered (app store).
 */
export const DEFAULT_LANGUAGE: Language = 'nb'
