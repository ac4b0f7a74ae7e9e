import { LANGUAGES, useT } from '../i18n'
import { useAppStore } from '../state/appStore'

/**
 * Radio buttons styled as a segmented control: native radios give arrow-key navigation
 * and the right screen-reader semantics for free.
 */
export function LanguageSwitch() {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const setLanguage = useAppStore((state) => state.setLanguage)
  return (
    <fieldset className="segmented" data-testid="language-switch">
      <legend className="visually-hidden">{t.language.label}</legend>
      {LANGUAGES.map((option) => (
        <label key={option} className="segmented__option">
          <input
            type="radio"
            name="language"
            value={option}
            checked={language === option}
            onChange={() => setLanguage(option)}
          />
          {/* Each language is named in itself, so people find their own language whatever is selected. */}
          <span lang={option}>{t.language[option]}</span>
        </label>
      ))}
    </fieldset>
  )
}
