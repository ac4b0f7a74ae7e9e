import { defaultShapeUtils } from 'tldraw'
import { ActorShapeUtil } from './actor/ActorShapeUtil'
import { ActorTool } from './actor/ActorTool'
import { SammenArrowShapeUtil } from './arrowLink/SammenArrowShapeUtil'
import { BenefitShapeUtil } from './benefit/BenefitShapeUtil'
import { BenefitTool } from './benefit/BenefitTool'
import { JourneyFrameShapeUtil } from './journeyFrame/JourneyFrameShapeUtil'
import { OpportunityShapeUtil } from './opportunity/OpportunityShapeUtil'
import { OpportunityTool } from './opportunity/OpportunityTool'
import { PainPointShapeUtil } from './painPoint/PainPointShapeUtil'
import { PainPointTool } from './painPoint/PainPointTool'
import { StepCardShapeUtil } from './stepCard/StepCardShapeUtil'
import { StepCardTool } from './stepCard/StepCardTool'

/**
 * Every Sammen shape, and tldraw's arrow with its export in SVG, for `<Tldraw shapeUtils>` (which replaces tldraw's
 * own util of the same type).
 */
export const sammenShapeUtils = [
  JourneyFrameShapeUtil,
  StepCardShapeUtil,
  PainPointShapeUtil,
  OpportunityShapeUtil,
  BenefitShapeUtil,
  ActorShapeUtil,
  SammenArrowShapeUtil,
]

/** The board's shape utils for `createTLStore`: tldraw's defaults with Sammen's in place of any of the same type. */
export const boardShapeUtils = [...defaultShapeUtils.filter((util) => !sammenShapeUtils.some((own) => own.type === util.type)), ...sammenShapeUtils]

export const sammenTools = [StepCardTool, PainPointTool, OpportunityTool, BenefitTool, ActorTool]
