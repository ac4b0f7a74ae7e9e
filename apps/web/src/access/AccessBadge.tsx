import type { ReactNode } from 'react'
import './access.css'

/** A badge in the top bar about what this browser may do here, with the explanation for screen readers too. */
export function AccessBadge({ variant, hint, icon, testId, children }: { variant: string; hint: string; icon: ReactNode; testId: string; children: ReactNode }) {
  return (
    <span className={`access-badge ${variant}`} title={hint} data-testid={testId}>
      {icon}
      {children}
      <span className="visually-hidden">: {hint}</span>
    </span>
  )
}
