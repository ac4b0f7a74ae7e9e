import { useEffect } from 'react'
import { useAppStore } from '../state/appStore'
import { en } from './en'
import { nb, type Dictionary } from './nb'
import { nn } from './nn'
import type { Language } from '../state/language'

export { LANGUAGES, isLanguage, type Language } from '../state/language'
export { tldrawLocale } from './tldrawNynorsk'
export type { Dictionary }

const DICTIONARIES: Record<Language, Dictionary> = { nb, nn, en }

/** BCP 47 tag for Intl formatters and `<html lang>`. */
export function languageTag(language: Language): string {
  return language
}

export function getDictionary(language: Language): Dictionary {
  return DICTIONARIES[language]
}

/** The dictionary for the person's chosen language. */
export function useT(): Dictionary {
  return DICTIONARIES[useAppStore((state) => state.language)]
}

/** Keeps `<html lang>` in step with the chosen language (screen readers pick their voice from it). */
export function useDocumentLanguage(): void {
  const language = useAppStore((state) => state.language)
  useEffect(() => {
    document.documentElement.lang = languageTag(language)
  }, [language])
}
