import { forwardRef, useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useT } from '../i18n'

interface FloatingPanelProps {
  title: string
  /** Shown next to the title, also while collapsed (a count, the filter state). */
  summary?: ReactNode
  onClose: () => void
  children: ReactNode
  testId: string
}

/**
 * A small panel floating over the canvas: a region with a heading, a collapse toggle (the heading stays, the
 * body folds away) and a close button. Key presses inside stay inside (but undo/redo), so Delete or a letter
 * typed here never reaches tldraw's shortcuts and changes the board.
 */
export const FloatingPanel = forwardRef<HTMLHeadingElement, FloatingPanelProps>(function FloatingPanel(
  { title, summary, onClose, children, testId },
  headingRef,
) {
  const t = useT()
  const ids = { title: useId(), body: useId() }
  const [collapsed, setCollapsed] = useState(false)
  return (
    <section
      className="agency-panel"
      aria-labelledby={ids.title}
      data-testid={testId}
      data-collapsed={collapsed}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
        if (!isUndoOutsideTextField(event)) event.stopPropagation()
      }}
    >
      <header className="agency-panel__header">
        <h2 ref={headingRef} id={ids.title} className="agency-panel__title" tabIndex={-1}>
          {title}
        </h2>
        {summary !== undefined && <span className="agency-panel__summary">{summary}</span>}
        <button
          type="button"
          className="agency-panel__icon-button"
          aria-expanded={!collapsed}
          aria-controls={ids.body}
          aria-label={collapsed ? t.agencies.expand : t.agencies.collapse}
          title={collapsed ? t.agencies.expand : t.agencies.collapse}
          onClick={() => setCollapsed((value) => !value)}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d={collapsed ? 'M4 6l4 4 4-4' : 'M4 10l4-4 4 4'} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
        <button type="button" className="agency-panel__icon-button" aria-label={t.agencies.close} title={t.agencies.close} onClick={onClose}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div id={ids.body} className="agency-panel__body" hidden={collapsed}>
        {children}
      </div>
    </section>
  )
})

/** Undo and redo still reach the board from a button or checkbox here (right after "Legg til", say); text fields keep their own. */
function isUndoOutsideTextField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement
  const inText = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text') || target.isContentEditable
  return !inText && (event.ctrlKey || event.metaKey) && !event.altKey && (event.code === 'KeyZ' || event.code === 'KeyY')
}
