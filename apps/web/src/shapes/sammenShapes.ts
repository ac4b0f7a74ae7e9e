import { ActorShapeUtil } from './actor/ActorShapeUtil'
import { ActorTool } from './actor/ActorTool'
import { BenefitShapeUtil } from './benefit/BenefitShapeUtil'
import { BenefitTool } from './benefit/BenefitTool'
import { JourneyFrameShapeUtil } from './journeyFrame/JourneyFrameShapeUtil'
import { OpportunityShapeUtil } from './opportunity/OpportunityShapeUtil'
import { OpportunityTool } from './opportunity/OpportunityTool'
import { PainPointShapeUtil } from './painPoint/PainPointShapeUtil'
import { PainPointTool } from './painPoint/PainPointTool'
import { StepCardShapeUtil } from './stepCard/StepCardShapeUtil'
import { StepCardTool } from './stepCard/StepCardTool'

/** Every Sammen shape, for `createTLStore` and `<Tldraw shapeUtils>` (the two must agree, or records fail validation). */
export const sammenShapeUtils = [JourneyFrameShapeUtil, StepCardShapeUtil, PainPointShapeUtil, OpportunityShapeUtil, BenefitShapeUtil, ActorShapeUtil]

export const sammenTools = [StepCardTool, PainPointTool, OpportunityTool, BenefitTool, ActorTool]
