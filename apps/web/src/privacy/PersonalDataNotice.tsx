import type { PersonalDataHit, PersonalDataKind } from '@sammen/journey-model'
import { forwardRef, useId } from 'react'
import { useT } from '../i18n'
import './privacy.css'

const KIND_ORDER: readonly PersonalDataKind[] = ['nationalId', 'phone', 'email']

/** The distinct kinds found, in a fixed order so the message does not jump around while typing. */
export function hitKinds(hits: readonly PersonalDataHit[]): PersonalDataKind[] {
  return KIND_ORDER.filter((kind) => hits.some((hit) => hit.kind === kind))
}

interface PersonalDataNoticeProps {
  hits: readonly PersonalDataHit[]
  /** "Send likevel" in a form, "Del likevel" on a card. */
  proceedLabel: string
  onEdit: () => void
  onProceed: () => void
  /** Extra sentence, e.g. that the card text is not shared yet. */
  detail?: string
  id?: string
}

/**
 * Tells the writer that the text looks like personal data, before it is shared, and lets them change it or share
 * it anyway (a false alarm must never block them). Focusable, so it can take focus when it appears after "Send".
 */
export const PersonalDataNotice = forwardRef<HTMLDivElement, PersonalDataNoticeProps>(function PersonalDataNotice(
  { hits, proceedLabel, onEdit, onProceed, detail, id },
  ref,
) {
  const t = useT()
  const texts = t.userPanel.personalData
  const messagesId = useId()
  // A named group: when it takes focus after "Send", a screen reader reads the warning itself.
  return (
    <div ref={ref} id={id} className="personal-data-notice" tabIndex={-1} role="group" aria-labelledby={messagesId} data-testid="personal-data-notice">
      <div id={messagesId}>
        {hitKinds(hits).map((kind) => (
          <p key={kind} className="personal-data-notice__message">
            <WarningIcon />
            <span>
              {texts[kind]} – {texts.rule}
            </span>
          </p>
        ))}
      </div>
      {detail && <p className="personal-data-notice__detail">{detail}</p>}
      <div className="personal-data-notice__actions">
        <button type="button" className="button button--primary" onClick={onEdit}>
          {texts.edit}
        </button>
        <button type="button" className="button button--secondary" onClick={onProceed}>
          {proceedLabel}
        </button>
      </div>
    </div>
  )
})

function WarningIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="personal-data-notice__icon">
      <path d="M10 2 19 18H1Z" fill="#b45309" />
      <path d="M10 8v4.5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      <circle cx="10" cy="15.2" r="1.2" fill="#fff" />
    </svg>
  )
}
