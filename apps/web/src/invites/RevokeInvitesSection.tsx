import type { BoardId } from '@sammen/journey-model'
import { useId, useState } from 'react'
import { BOARD_ROLES, type BoardRole } from '../access/boardAccess'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useT } from '../i18n'
import { InviteApiError, revokeInvites } from './inviteApiClient'

/** Stop every link of one role, after a confirmation that says who is cut off. */
export function RevokeInvitesSection({ boardId, facilitatorToken }: { boardId: BoardId; facilitatorToken: string }) {
  const t = useT().access
  const [role, setRole] = useState<BoardRole>('viewer')
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()
  const roleId = useId()

  const revoke = async () => {
    setConfirming(false)
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const revoked = await revokeInvites(boardId, facilitatorToken, role)
      // The server counts connections, not people (one person may have several tabs or rooms open).
      setResult(t.invite.revoked(t.roles[revoked.role], revoked.disconnected > 0))
    } catch (caught) {
      setError(t.invite.errors[caught instanceof InviteApiError ? caught.kind : 'generic'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="invite-section invite-section--revoke" aria-labelledby={headingId}>
      <h3 id={headingId} className="invite-section__title">
        {t.invite.revokeHeading}
      </h3>
      <p className="access-form__hint">{t.invite.revokeIntro}</p>
      <div className="access-form invite-revoke">
        <div className="access-form__field">
          <label htmlFor={roleId} className="access-form__label">
            {t.invite.roleLabel}
          </label>
          <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as BoardRole)} data-testid="revoke-role">
            {BOARD_ROLES.map((option) => (
              <option key={option} value={option}>
                {t.roles[option]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)} data-testid="revoke-invites">
            {t.invite.revokeButton(t.roles[role])}
          </button>
        </div>
        <p className="access-form__hint" role="status" data-testid="revoke-result">
          {result ?? ''}
        </p>
        {error && (
          <p className="access-form__error" role="alert">
            {error}
          </p>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t.invite.revokeConfirmTitle(t.roles[role])}
          confirmLabel={t.invite.revokeConfirm}
          cancelLabel={t.person.cancel}
          onConfirm={() => void revoke()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t.invite.revokeConfirmBody}</p>
          {role === 'facilitator' && <p className="dialog__warning">{t.invite.revokeFacilitatorWarning}</p>}
        </ConfirmDialog>
      )}
    </section>
  )
}
