import { getDictionary, type Dictionary } from '../i18n'
import { useAppStore } from '../state/appStore'

/** The dictionary outside React (ShapeUtil methods such as `getAriaDescriptor` are not components). */
export function currentDictionary(): Dictionary {
  return getDictionary(useAppStore.getState().language)
}
