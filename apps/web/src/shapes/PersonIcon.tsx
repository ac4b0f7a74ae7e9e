/** A small person (16 px grid, currentColor) for "personen": the citizen, not an agency. */
export function PersonIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="4.6" r="2.9" fill="currentColor" />
      <path d="M2.4 15c0-3.3 2.5-5.8 5.6-5.8s5.6 2.5 5.6 5.8z" fill="currentColor" />
    </svg>
  )
}
