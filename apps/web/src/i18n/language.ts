/** The languages Sammen speaks. Kept apart from the dictionaries so the app store can import it without a cycle. */
export type Language = 'nb' | 'nn' | 'en'

export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en']

export function isLanguage(value: unknown): value is Language {
  return value === 'nb' || value === 'nn' || value === 'en'
}

/**
 * tldraw's translation for our language. tldraw ships Norwegian only as `no` (bokmål),
 * so nynorsk readers get bokmål inside the canvas UI, which they read without trouble.
 */
export function tldrawLocale(language: Language): string {
  return language === 'en' ? 'en' : 'no'
}
