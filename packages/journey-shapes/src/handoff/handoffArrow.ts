import { carrierSchema, type Carrier } from '@sammen/journey-model'

/**
 * Arrow `meta` for a handoff between two step cards: who carries the information. A handoff arrow without it is
 * carried by the agencies (the default: the person carrying it is the finding, so it has to be said).
 */
export const HANDOFF_META_KEY = 'carriedBy'

export function readHandoffCarrier(arrowMeta: unknown): Carrier {
  const raw = arrowMeta && typeof arrowMeta === 'object' ? (arrowMeta as Record<string, unknown>)[HANDOFF_META_KEY] : undefined
  const parsed = carrierSchema.safeParse(raw)
  return parsed.success ? parsed.data : 'etatene'
}

/** The information items of a handoff: its arrow's label split at commas, semicolons and line breaks. */
export function handoffInformationItems(label: string): string[] {
  return label
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

/** Arrows are listed together when versions are compared: most of them are handoffs between steps. */
export const ARROW_DIFF_PLACE = { group: 'handoffs' } as const
