import { createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { agencyIdValidator, cardSideValidator } from '../agencyIdValidator'

export const OPPORTUNITY_TYPE = 'opportunity'

/**
 * An idea for making the journey better ("mulighet"). The pain points it would remove are linked with arrows from
 * the opportunity to the pain point cards (bindings, so the links follow the cards), not stored here.
 */
export interface OpportunityProps {
  w: number
  h: number
  text: string
  /** The agencies that must act together to make it happen (may be empty while the idea is young). */
  agencyIds: string[]
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [OPPORTUNITY_TYPE]: OpportunityProps
  }
}

export type OpportunityShape = TLShape<typeof OPPORTUNITY_TYPE>

export const opportunityProps: RecordProps<OpportunityShape> = {
  w: cardSideValidator,
  h: cardSideValidator,
  text: T.string,
  agencyIds: T.arrayOf(agencyIdValidator),
}

export const OPPORTUNITY_DEFAULT_PROPS: OpportunityProps = { w: 240, h: 148, text: '', agencyIds: [] }

/** Version 0 is the props above; see stepCardSchema.ts for how to add a migration. */
export const opportunityMigrations = createShapePropsMigrationSequence({ sequence: [] })
