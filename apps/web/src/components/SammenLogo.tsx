/** The Sammen mark: a journey line joining two points. Decorative wherever the name is also written. */
export function SammenLogo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1f4e79" />
      <path
        d="M14 40c6-14 14-14 18-6s12 8 18-6"
        fill="none"
        stroke="#fff"
        strokeWidth="5"
        strokeLinecap="round"
      />
      <circle cx="14" cy="40" r="5" fill="#7cc4ff" />
      <circle cx="50" cy="28" r="5" fill="#ffd166" />
    </svg>
  )
}
