/** A grid with a header row and a label column: the journey frame in the toolbar. */
export function JourneyFrameToolIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="1.75" y="2.75" width="14.5" height="12.5" rx="1.5" />
      <path d="M1.75 6.25h14.5M1.75 10.75h14.5M5.75 2.75v12.5M11 2.75v12.5" />
    </svg>
  )
}
