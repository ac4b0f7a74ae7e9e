import type { SchemaPropsInfo } from '@tldraw/tlschema'
import { painPointMigrations, painPointProps, PAIN_POINT_TYPE } from './painPoint/painPointSchema'
import { stepCardMigrations, stepCardProps, STEP_CARD_TYPE } from './stepCard/stepCardSchema'

export { agencyIdValidator, optionalAgencyIdValidator } from './agencyIdValidator'
export {
  EMOTIONS,
  STEP_CARD_DEFAULT_PROPS,
  STEP_CARD_TYPE,
  stepCardMigrations,
  stepCardProps,
  type StepCardEmotion,
  type StepCardProps,
  type StepCardShape,
} from './stepCard/stepCardSchema'
export {
  PAIN_POINT_DEFAULT_PROPS,
  PAIN_POINT_TYPE,
  SEVERITIES,
  painPointMigrations,
  painPointProps,
  type PainPointProps,
  type PainPointShape,
} from './painPoint/painPointSchema'

/**
 * Sammen's shapes as tldraw schema entries, for
 * `createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas } })` (a server or a test) and, through
 * the web app's ShapeUtils, for the browser's store: both read the same validators and migrations.
 */
export const sammenShapeSchemas = {
  [STEP_CARD_TYPE]: { props: stepCardProps, migrations: stepCardMigrations },
  [PAIN_POINT_TYPE]: { props: painPointProps, migrations: painPointMigrations },
} as const satisfies Record<string, SchemaPropsInfo>
