import type { BoardId } from '@sammen/journey-model'
import { useId, useRef, useState, type FormEvent } from 'react'
import { BOARD_ROLES, type BoardRole } from '../access/boardAccess'
import { formatAbsoluteDate } from '../format/formatDate'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { copyText } from './copyText'
import { createInvite, InviteApiError, type CreatedInvite } from './inviteApiClient'
import { INVITE_EXPIRIES, INVITE_EXPIRY_HOURS, type InviteExpiry } from './inviteExpiry'

/** Choose a role and how long the link works, make it, copy it. */
export function CreateInviteSection({ boardId, facilitatorToken }: { boardId: BoardId; facilitatorToken: string }) {
  const t = useT().access
  const [role, setRole] = useState<BoardRole>('editor')
  const [expiry, setExpiry] = useState<InviteExpiry>('week')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [invite, setInvite] = useState<CreatedInvite | null>(null)
  const headingId = useId()
  const expiryId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      setInvite(await createInvite(boardId, facilitatorToken, role, INVITE_EXPIRY_HOURS[expiry]))
    } catch (caught) {
      setInvite(null)
      setError(t.invite.errors[caught instanceof InviteApiError ? caught.kind : 'generic'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="invite-section" aria-labelledby={headingId}>
      <p id={headingId} className="access-form__hint">
        {t.invite.intro}
      </p>
      <form className="access-form" onSubmit={(event) => void submit(event)}>
        <fieldset className="invite-roles">
          <legend className="access-form__label">{t.invite.roleLabel}</legend>
          {BOARD_ROLES.map((option) => (
            <label key={option} className="invite-roles__option">
              <input
                type="radio"
                name="invite-role"
                value={option}
                checked={role === option}
                onChange={() => setRole(option)}
                data-testid={`invite-role-${option}`}
              />
              <span>
                <span className="invite-roles__name">{t.roles[option]}</span>
                <span className="invite-roles__hint">{t.roleHints[option]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="access-form__field">
          <label htmlFor={expiryId} className="access-form__label">
            {t.invite.expiryLabel}
          </label>
          <select id={expiryId} value={expiry} onChange={(event) => setExpiry(event.target.value as InviteExpiry)} data-testid="invite-expiry">
            {INVITE_EXPIRIES.map((option) => (
              <option key={option} value={option}>
                {t.invite.expiry[option]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="create-invite">
            {busy ? t.invite.creating : t.invite.create}
          </button>
        </div>
        {error && (
          <p className="access-form__error" role="alert" data-testid="invite-error">
            {error}
          </p>
        )}
      </form>
      {invite && <CreatedInviteLink key={invite.url} invite={invite} />}
    </section>
  )
}

function CreatedInviteLink({ invite }: { invite: CreatedInvite }) {
  const t = useT().access
  const language = useAppStore((state) => state.language)
  const fieldRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  const fieldId = useId()
  const hintId = useId()
  return (
    <div className="invite-link" data-testid="created-invite" data-role={invite.role}>
      <label htmlFor={fieldId} className="access-form__label">
        {t.invite.linkLabel(t.roles[invite.role])}
      </label>
      <div className="invite-link__row">
        <input
          ref={fieldRef}
          id={fieldId}
          type="url"
          readOnly
          value={invite.url}
          aria-describedby={hintId}
          data-testid="invite-url"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--primary"
          data-testid="copy-invite"
          onClick={() => void copyText(invite.url, fieldRef.current).then(setCopied)}
        >
          {t.invite.copy}
        </button>
      </div>
      <p id={hintId} className="access-form__hint">
        {t.invite.expiresAt(formatAbsoluteDate(invite.expiresAt.getTime(), language))}. {t.invite.keepSafe}
      </p>
      <p className={`invite-link__status${copied === false ? ' invite-link__status--failed' : ''}`} role="status" data-testid="copy-status">
        {copied === true ? t.invite.copied : copied === false ? t.invite.copyFailed : ''}
      </p>
    </div>
  )
}
