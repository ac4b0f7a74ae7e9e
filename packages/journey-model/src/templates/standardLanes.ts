import type { TemplateLane } from './journeyTemplate'

/**
 * The lanes every template starts with: what the person does, the digital services they meet, and the agency
 * work they do not see. Keys are what template steps refer to.
 */
export const standardLanes = [
  { key: 'person', name: 'Det personen gjør' },
  { key: 'digital', name: 'Digitale tjenester' },
  { key: 'etat', name: 'Etatene bak' },
] as const satisfies readonly TemplateLane[]
