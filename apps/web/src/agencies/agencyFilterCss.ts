/**
 * Escapes an id for use inside a quoted CSS attribute value. CSS.escape is meant for identifiers, but its escapes
 * mean the same inside a string; the fallback (for tests outside a browser) covers what breaks a quoted string.
 */
function escapeForCss(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (text: string) => string } }).CSS
  return css?.escape ? css.escape(value) : value.replace(/["\\\n]/g, (character) => `\\${character}`)
}

export const DIMMED_CARD_OPACITY = 0.22

/**
 * The style rule that dims every card whose `data-agency-ids` names none of the chosen agencies (`~=` matches one
 * word of a space-separated list). Dimmed, not hidden: people keep their bearings and can still pick a card.
 * Empty when nothing is chosen.
 */
export function agencyFilterCss(selectedIds: readonly string[], scope: string): string {
  if (selectedIds.length === 0) return ''
  const notChosen = selectedIds.map((id) => `:not([data-agency-ids~="${escapeForCss(id)}"])`).join('')
  return `${scope} [data-agency-ids]${notChosen} { opacity: ${DIMMED_CARD_OPACITY}; filter: saturate(0.3); }`
}
