import { PainPointShapeUtil } from './painPoint/PainPointShapeUtil'
import { PainPointTool } from './painPoint/PainPointTool'
import { StepCardShapeUtil } from './stepCard/StepCardShapeUtil'
import { StepCardTool } from './stepCard/StepCardTool'

/** Every Sammen shape, for `createTLStore` and `<Tldraw shapeUtils>` (the two must agree, or records fail validation). */
export const sammenShapeUtils = [StepCardShapeUtil, PainPointShapeUtil]

export const sammenTools = [StepCardTool, PainPointTool]
