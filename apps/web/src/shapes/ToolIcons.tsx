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

export function OpportunityToolIcon() {
  return (
    <div className="sammen-tool-icon" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 18 18">
        <path
          d="M6.75 14h4.5M7.4 16.25h3.2M9 1.75a5.1 5.1 0 0 0-3 9.25c.55.42.85.95.85 1.6v.15h4.3v-.15c0-.65.3-1.18.85-1.6A5.1 5.1 0 0 0 9 1.75z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </div>
  )
}

export function BenefitToolIcon() {
  return (
    <div className="sammen-tool-icon" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 18 18">
        <rect x="2.25" y="3" width="13.5" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M5 12 8 9l2 2 3-3.5M10.75 7.5H13v2.25" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  )
}

export function ActorToolIcon() {
  return (
    <div className="sammen-tool-icon" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 18 18">
        <circle cx="9" cy="6" r="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M3.25 15.5c0-3.2 2.55-5.5 5.75-5.5s5.75 2.3 5.75 5.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </div>
  )
}
