import type { SchemaPropsInfo, TLShape } from '@tldraw/tlschema'
import { actorShape } from './actor/actorShape'
import { benefitShape } from './benefit/benefitShape'
import { journeyFrameShape } from './journeyFrame/journeyFrameShape'
import { opportunityShape } from './opportunity/opportunityShape'
import { painPointShape } from './painPoint/painPointShape'
import type { SammenShapeDefinition } from './shapeDefinition'
import { stepCardShape } from './stepCard/stepCardShape'

/** Every shape Sammen adds to tldraw's own, each defined whole in its folder. */
export const SAMMEN_SHAPES = [stepCardShape, painPointShape, journeyFrameShape, opportunityShape, benefitShape, actorShape] as const

export type SammenShapeType = (typeof SAMMEN_SHAPES)[number]['type']

const byType = new Map<string, SammenShapeDefinition<SammenShapeType>>(
  SAMMEN_SHAPES.map((shape) => [shape.type, shape as unknown as SammenShapeDefinition<SammenShapeType>]),
)

/** The definition of a Sammen shape type, or undefined for tldraw's own shapes (arrows, notes, geo …). */
export function sammenShapeOf(type: string): SammenShapeDefinition<SammenShapeType> | undefined {
  return byType.get(type)
}

export function isSammenShape(shape: { type: string }): shape is TLShape<SammenShapeType> {
  return byType.has(shape.type)
}

/**
 * Sammen's shapes as tldraw schema entries, for
 * `createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas } })` (a server or a test) and, through
 * the web app's ShapeUtils, for the browser's store: both read the same validators and migrations.
 */
export const sammenShapeSchemas = {
  [stepCardShape.type]: schemaOf(stepCardShape),
  [painPointShape.type]: schemaOf(painPointShape),
  [journeyFrameShape.type]: schemaOf(journeyFrameShape),
  [opportunityShape.type]: schemaOf(opportunityShape),
  [benefitShape.type]: schemaOf(benefitShape),
  [actorShape.type]: schemaOf(actorShape),
} satisfies Record<SammenShapeType, SchemaPropsInfo>

function schemaOf<Type extends TLShape['type']>(shape: SammenShapeDefinition<Type>): SchemaPropsInfo {
  return { props: shape.props, migrations: shape.migrations }
}
