/** Layout-independent shortcuts (the key's position, as for Alt+Shift+V for versions): E for "etater", P for "problemer". */
export const LEGEND_SHORTCUT = 'Alt+Shift+E'
export const PAIN_POINTS_SHORTCUT = 'Alt+Shift+P'

const withAltShift = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey
export const isLegendShortcut = (event: KeyboardEvent) => withAltShift(event) && event.code === 'KeyE'
export const isPainPointsShortcut = (event: KeyboardEvent) => withAltShift(event) && event.code === 'KeyP'

/** The top bar buttons, so focus can go back to them when a panel closes. */
export const LEGEND_BUTTON_TEST_ID = 'open-agency-legend'
export const PAIN_POINTS_BUTTON_TEST_ID = 'open-pain-point-panel'
