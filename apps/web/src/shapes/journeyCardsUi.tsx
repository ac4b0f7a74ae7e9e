import { PAIN_POINT_TYPE, STEP_CARD_TYPE } from '@sammen/journey-shapes'
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
import { PainPointToolIcon, StepCardToolIcon } from './ToolIcons'

/**
 * Shortcuts that tldraw 4.5 leaves free: S for "steg" (step), P for "problem". tldraw's own single letters are
 * v h d b x e a t n f r o l k q g z.
 */
export const STEP_CARD_KBD = 's'
export const PAIN_POINT_KBD = 'p'

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
      return tools
    },
  }
}

/**
 * tldraw's toolbar with the journey cards right after select and hand (they are what a journey board is made of),
 * then the everyday tools; tldraw's many geo variants stay reachable through the rectangle's style panel.
 */
export function JourneyToolbar() {
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      <ToolbarItem tool={STEP_CARD_TYPE} />
      <ToolbarItem tool={PAIN_POINT_TYPE} />
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
