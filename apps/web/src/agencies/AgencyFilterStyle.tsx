import { agencyFilterCss } from './agencyFilterCss'
import { useAgencyFilter } from './agencyPanelsStore'

/** The filter as one style rule for this board's canvas (see agencyFilterCss): no card re-renders when it changes. */
export function AgencyFilterStyle({ boardId }: { boardId: string }) {
  const css = agencyFilterCss(useAgencyFilter(boardId), '.board-canvas .tl-canvas')
  return css ? <style data-testid="agency-filter-style">{css}</style> : null
}
