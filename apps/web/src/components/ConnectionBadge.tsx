import type { BoardRoomStatus } from '@sammen/sync'
import { useT } from '../i18n'

/**
 * Always visible: people must be able to trust that their work is safe, online or not.
 * `role="status"` makes screen readers announce changes without stealing focus.
 */
export function ConnectionBadge({ status }: { status: BoardRoomStatus }) {
  const t = useT()
  const label =
    status.phase === 'online'
      ? t.connection.online
      : status.phase === 'syncing'
        ? t.connection.syncing
        : status.hasUnsyncedChanges
          ? t.connection.offlineUnsynced
          : t.connection.offline
  return (
    <div
      className={`connection-badge connection-badge--${status.phase}`}
      role="status"
      data-testid="connection-status"
      data-phase={status.phase}
      data-unsynced={String(status.hasUnsyncedChanges)}
    >
      <span className="connection-badge__dot" aria-hidden="true" />
      <span className="connection-badge__label">{label}</span>
    </div>
  )
}
