import { ACTOR_TYPE, BENEFIT_TYPE, JOURNEY_FRAME_TYPE, OPPORTUNITY_TYPE, PAIN_POINT_TYPE, STEP_CARD_TYPE } from '@sammen/journey-shapes'
import {
  ArrowToolbarItem,
  AssetToolbarItem,
  DefaultToolbar,
  DrawToolbarItem,
  EllipseToolbarItem,
  EraserToolbarItem,
  FrameToolbarItem,
  HandToolbarItem,
  HighlightToolbarItem,
  LaserToolbarItem,
  LineToolbarItem,
  NoteToolbarItem,
  RectangleToolbarItem,
  SelectToolbarItem,
  TextToolbarItem,
  ToolbarItem,
  type TLUiOverrides,
} from 'tldraw'
import type { Dictionary } from '../i18n'
import { useJourneyPageKind } from '../journeyPages/useJourneyPageKind'
import { ActorToolIcon, BenefitToolIcon, OpportunityToolIcon, PainPointToolIcon, StepCardToolIcon } from './ToolIcons'
import { insertJourneyFrame } from './journeyFrame/insertJourneyFrame'
import { JourneyFrameToolIcon } from './journeyFrame/JourneyFrameToolIcon'

/**
 * Shortcuts that tldraw 4.5 leaves free: S for "steg" (step), P for "problem". tldraw's own single letters are
 * v h d b x e a t n f r o l k q g z.
 */
export const STEP_CARD_KBD = 's'
export const PAIN_POINT_KBD = 'p'
/** M for "mulighet", U for "utbytte" (gain; G is tldraw's), I for "interessent" (stakeholder; A is the arrow). */
export const OPPORTUNITY_KBD = 'm'
export const BENEFIT_KBD = 'u'
export const ACTOR_KBD = 'i'

/**
 * tldraw's translation keys for our shapes, in the person's language. tldraw looks some labels up by key with no
 * way to pass a string: its screen-reader status names a selected shape by `tool.<shape type>` ("Steg. 1 av 4"),
 * and shows the key itself when the translation has none.
 */
export function journeyCardTranslations(t: Dictionary): Record<string, string> {
  return {
    [`tool.${STEP_CARD_TYPE}`]: t.cards.stepTool,
    [`tool.${PAIN_POINT_TYPE}`]: t.cards.painPointTool,
    [`tool.${JOURNEY_FRAME_TYPE}`]: t.journeyFrame.tool,
    [`tool.${OPPORTUNITY_TYPE}`]: t.moreCards.opportunityTool,
    [`tool.${BENEFIT_TYPE}`]: t.moreCards.benefitTool,
    [`tool.${ACTOR_TYPE}`]: t.moreCards.actorTool,
  }
}

/** Adds the journey card tools to tldraw's tool list; labels are already translated (tldraw shows unknown keys as is). */
export function journeyCardOverrides(t: Dictionary): TLUiOverrides {
  return {
    tools(editor, tools) {
      tools[STEP_CARD_TYPE] = {
        id: STEP_CARD_TYPE,
        label: t.cards.stepTool,
        icon: <StepCardToolIcon />,
        kbd: STEP_CARD_KBD,
        onSelect: () => editor.setCurrentTool(STEP_CARD_TYPE),
      }
      tools[PAIN_POINT_TYPE] = {
        id: PAIN_POINT_TYPE,
        label: t.cards.painPointTool,
        icon: <PainPointToolIcon />,
        kbd: PAIN_POINT_KBD,
        onSelect: () => editor.setCurrentTool(PAIN_POINT_TYPE),
      }
      // Not a tool to draw with: one press inserts an empty frame in view (the grid has no free size to drag out).
      tools[JOURNEY_FRAME_TYPE] = {
        id: JOURNEY_FRAME_TYPE,
        label: t.journeyFrame.tool,
        icon: <JourneyFrameToolIcon />,
        onSelect: () => insertJourneyFrame(editor, t),
      }
      tools[OPPORTUNITY_TYPE] = {
        id: OPPORTUNITY_TYPE,
        label: t.moreCards.opportunityTool,
        icon: <OpportunityToolIcon />,
        kbd: OPPORTUNITY_KBD,
        onSelect: () => editor.setCurrentTool(OPPORTUNITY_TYPE),
      }
      tools[BENEFIT_TYPE] = {
        id: BENEFIT_TYPE,
        label: t.moreCards.benefitTool,
        icon: <BenefitToolIcon />,
        kbd: BENEFIT_KBD,
        onSelect: () => editor.setCurrentTool(BENEFIT_TYPE),
      }
      tools[ACTOR_TYPE] = {
        id: ACTOR_TYPE,
        label: t.moreCards.actorTool,
        icon: <ActorToolIcon />,
        kbd: ACTOR_KBD,
        onSelect: () => editor.setCurrentTool(ACTOR_TYPE),
      }
      return tools
    },
  }
}

/**
 * tldraw's toolbar with the journey cards right after select and hand (they are what a journey board is made of),
 * then the everyday tools; tldraw's many geo variants stay reachable through the rectangle's style panel.
 */
export function JourneyToolbar() {
  const page = useJourneyPageKind()
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      {/* The cards that belong on this page (journey, actor map, benefit map); their shortcuts work everywhere. */}
      {page === 'journey' && (
        <>
          <ToolbarItem tool={STEP_CARD_TYPE} />
          <ToolbarItem tool={PAIN_POINT_TYPE} />
          <ToolbarItem tool={OPPORTUNITY_TYPE} />
          <ToolbarItem tool={JOURNEY_FRAME_TYPE} />
        </>
      )}
      {page === 'actors' && <ToolbarItem tool={ACTOR_TYPE} />}
      {page === 'benefits' && <ToolbarItem tool={BENEFIT_TYPE} />}
      <NoteToolbarItem />
      <TextToolbarItem />
      <ArrowToolbarItem />
      <DrawToolbarItem />
      <EraserToolbarItem />
      <RectangleToolbarItem />
      <EllipseToolbarItem />
      <LineToolbarItem />
      <FrameToolbarItem />
      <HighlightToolbarItem />
      <AssetToolbarItem />
      <LaserToolbarItem />
    </DefaultToolbar>
  )
}
