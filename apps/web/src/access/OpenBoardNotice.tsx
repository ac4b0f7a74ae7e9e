import { useT } from '../i18n'
import { useBoardAccess, useServerExposed } from './boardAccess'
import { AccessBadge } from './AccessBadge'

/**
 * Always there while the server runs in open mode (no invite tokens): anyone who reaches the server can change
 * every board. Stronger when the server listens beyond this machine (started with SAMMEN_OPEN_MODE=1).
 */
export function OpenBoardNotice() {
  const t = useT().access
  const { mode } = useBoardAccess()
  const exposed = useServerExposed()
  if (mode !== 'open') return null
  const hint = exposed ? t.openBoard.exposedHint : t.openBoard.hint
  return (
    <AccessBadge variant={exposed ? 'access-badge--open access-badge--exposed' : 'access-badge--open'} hint={hint} icon={<UnlockIcon />} testId="open-board-notice">
      {exposed ? t.openBoard.exposedBadge : t.openBoard.badge}
    </AccessBadge>
  )
}

function UnlockIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 7.8-1.2" />
    </svg>
  )
}
