import { PAIN_POINT_CATEGORIES, type PainPointCategory, type Severity } from '@sammen/journey-model'
import { createShapePropsMigrationSequence, type RecordProps, type TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { agencyIdValidator, cardSideValidator } from '../agencyIdValidator'

export const PAIN_POINT_TYPE = 'pain-point'

export const SEVERITIES = [1, 2, 3] as const satisfies readonly Severity[]

/**
 * Something that goes wrong for the person. The owner is required, as in journey-model's `painPointSchema`: a
 * pain point nobody owns is the "kasteball" problem itself, so a record without one is rejected everywhere.
 */
export interface PainPointProps {
  w: number
  h: number
  text: string
  ownerAgencyId: string
  /** 1 = irritating, 2 = costly for the person, 3 = the person may lose a right or give up. */
  severity: Severity
  category: PainPointCategory
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    [PAIN_POINT_TYPE]: PainPointProps
  }
}

export type PainPointShape = TLShape<typeof PAIN_POINT_TYPE>

export const painPointProps: RecordProps<PainPointShape> = {
  w: cardSideValidator,
  h: cardSideValidator,
  text: T.string,
  ownerAgencyId: agencyIdValidator,
  severity: T.literalEnum(...SEVERITIES),
  category: T.literalEnum(...PAIN_POINT_CATEGORIES),
}

/**
 * Everything but the owner, which has no sensible default: the UI asks for it before a pain point is created, and
 * a pain point created without one fails validation.
 */
export const PAIN_POINT_DEFAULT_PROPS: Omit<PainPointProps, 'ownerAgencyId'> = {
  w: 240,
  h: 148,
  text: '',
  severity: 2,
  category: 'annet',
}

/** Version 0 is the props above; see `stepCardMigrations` for how to add a version. */
export const painPointMigrations = createShapePropsMigrationSequence({ sequence: [] })
