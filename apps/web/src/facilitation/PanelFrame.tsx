import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n'
import { containedKeys } from './useContainedKeys'

/**
 * A non-modal side panel (the board stays usable beside it): a labelled dialog with a close button, focus on its
 * heading when it opens, Escape to close.
 */
export function PanelFrame({ title, testId, onClose, children }: { title: string; testId: string; onClose: () => void; children: ReactNode }) {
  const t = useT()
  const titleId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [])
  return (
    <section className="facilitation-panel" onKeyDown={containedKeys(onClose)} role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid={testId}>
      <header className="facilitation-panel__header">
        <h2 ref={headingRef} id={titleId} className="facilitation-panel__title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="facilitation-panel__close" aria-label={t.facilitation.close} title={t.facilitation.close} onClick={onClose}>
          <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="facilitation-panel__body">{children}</div>
    </section>
  )
}
