import type { Severity } from '@sammen/journey-model'
import { SEVERITIES } from '@sammen/journey-shapes'

/**
 * Three rising bars, as many filled as the severity: readable without colour. With a label it is an image for
 * screen readers; without one (next to a text that says the same) it is decoration.
 */
export function SeverityMarker({ severity, label }: { severity: Severity; label?: string }) {
  const semantics = label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': true }
  return (
    <span className="severity-marker" data-severity={severity} {...semantics}>
      {SEVERITIES.map((level) => (
        <span key={level} className="severity-marker__bar" data-filled={level <= severity} style={{ height: 4 + level * 3 }} />
      ))}
    </span>
  )
}
