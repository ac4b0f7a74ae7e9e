/** Toolbar icons drawn like tldraw's own (18 px, 1.5 px strokes in currentColor), so the toolbar looks like one set. */
export function StepCardToolIcon() {
  return (
    <div className="sammen-tool-icon" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 18 18">
        <rect x="2.25" y="3.75" width="13.5" height="10.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M5 3.75v10.5" stroke="currentColor" strokeWidth="2.5" />
        <path d="M8 7.5h5M8 10.5h3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </div>
  )
}

export function PainPointToolIcon() {
  return (
    <div className="sammen-tool-icon" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 18 18">
        <path d="M9 2.5 16.25 15H1.75z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        <path d="M9 7v3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="9" cy="12.75" r="0.95" fill="currentColor" />
      </svg>
    </div>
  )
}
