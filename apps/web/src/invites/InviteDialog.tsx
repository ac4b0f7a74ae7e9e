import type { BoardId } from '@sammen/journey-model'
import { useId, useRef, useState } from 'react'
import { useBoardAccess } from '../access/boardAccess'
import { useT } from '../i18n'
import { boardPath } from '../routing/router'
import { openModeViewHash } from '../access/openModeView'
import { copyText } from './copyText'
import { CreateInviteSection } from './CreateInviteSection'
import { RevokeInvitesSection } from './RevokeInvitesSection'
import { useModalDialog } from '../components/useModalDialog'
import '../access/access.css'
import './invites.css'

/** The share dialog: invite links per role (secured server) or the open-mode note with the plain link. */
export function InviteDialog({ boardId, onClose }: { boardId: BoardId; onClose: () => void }) {
  const t = useT().access
  const access = useBoardAccess()
  const { dialogRef, initialFocusRef } = useModalDialog<HTMLButtonElement>()
  const titleId = useId()
  // 'unknown' (not asked yet, or offline) with a facilitator token: offer invites; the server decides.
  const secured = access.mode !== 'open' && access.token !== null

  return (
    <dialog
      ref={dialogRef}
      className="dialog invite-dialog"
      aria-labelledby={titleId}
      data-testid="invite-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="invite-dialog__header">
        <h2 id={titleId} className="dialog__title">
          {t.invite.title}
        </h2>
        <button ref={initialFocusRef} type="button" className="button button--secondary" onClick={onClose}>
          {t.invite.close}
        </button>
      </div>
      {secured ? (
        <>
          <CreateInviteSection boardId={boardId} facilitatorToken={access.token!} />
          <RevokeInvitesSection boardId={boardId} facilitatorToken={access.token!} />
        </>
      ) : (
        <OpenModeShare boardId={boardId} />
      )}
    </dialog>
  )
}

/**
 * Open mode has no roles, so one link would let everyone edit. The user panel and people who only look still get
 * their own links: they open the user panel's page or the board read-only. Only the app holds to them (the server
 * lets everyone edit in open mode), and the dialog says so.
 */
function OpenModeShare({ boardId }: { boardId: BoardId }) {
  const t = useT().access
  const url = `${location.origin}${boardPath(boardId)}`
  return (
    <div className="access-form" data-testid="open-mode-note">
      <p className="invite-dialog__open-note">
        <strong>{t.openModeNote}</strong>
      </p>
      <p className="access-form__hint">{t.openModeHint}</p>
      <OpenModeLink testId="open-link-edit" label={t.invite.openModeCopy} url={url} />
      <OpenModeLink testId="open-link-panel" label={t.invite.openModeLinks.panel} hint={t.invite.openModeLinks.panelHint} url={`${url}${openModeViewHash('panel')}`} />
      <OpenModeLink testId="open-link-viewer" label={t.invite.openModeLinks.viewer} hint={t.invite.openModeLinks.viewerHint} url={`${url}${openModeViewHash('viewer')}`} />
      <p className="invite-dialog__not-enforced" data-testid="open-links-not-enforced">
        {t.invite.openModeLinks.notEnforced}
      </p>
    </div>
  )
}

function OpenModeLink({ label, hint, url, testId }: { label: string; hint?: string; url: string; testId: string }) {
  const t = useT().access
  const fieldRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  const fieldId = useId()
  const hintId = useId()
  return (
    <div className="access-form__field" data-testid={testId}>
      <label htmlFor={fieldId} className="access-form__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="access-form__hint">
          {hint}
        </p>
      )}
      <div className="invite-link__row">
        <input
          ref={fieldRef}
          id={fieldId}
          type="url"
          readOnly
          value={url}
          aria-describedby={hint ? hintId : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copyText(url, fieldRef.current).then(setCopied)}>
          {t.invite.copy}
        </button>
      </div>
      <p className="invite-link__status" role="status">
        {copied === true ? t.invite.copied : copied === false ? t.invite.copyFailed : ''}
      </p>
    </div>
  )
}
