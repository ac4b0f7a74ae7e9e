import {
  ACTOR_TYPE,
  BENEFIT_TYPE,
  OPPORTUNITY_TYPE,
  PAIN_POINT_TYPE,
  STEP_CARD_TYPE,
  type ActorShape,
  type BenefitShape,
  type JourneyFrameShape,
  type OpportunityShape,
  type PainPointShape,
  type StepCardShape,
} from '@sammen/journey-shapes'
import { DefaultStylePanel, DefaultStylePanelContent, useEditor, useValue, type Editor, type TLArrowShape, type TLUiStylePanelProps } from 'tldraw'
import { ActorDetails } from './actor/ActorDetails'
import { arrowLinkKind } from './arrowLink/arrowLink'
import { ArrowLinkDetails, type ArrowLink } from './arrowLink/ArrowLinkDetails'
import { arrowEnds } from './arrowLink/linkedCards'
import { BenefitDetails } from './benefit/BenefitDetails'
import { isJourneyFrame } from './journeyFrame/frameCells'
import { JourneyFramePanel } from './journeyFrame/JourneyFramePanel'
import { OpportunityDetails } from './opportunity/OpportunityDetails'
import { PainPointDetails } from './painPoint/PainPointDetails'
import { StepCardDetails } from './stepCard/StepCardDetails'
import { SidePanelSlot } from '../components/boardLayout'

const CARD_TYPES: ReadonlySet<string> = new Set([STEP_CARD_TYPE, PAIN_POINT_TYPE, OPPORTUNITY_TYPE, BENEFIT_TYPE, ACTOR_TYPE])
type JourneyCard = StepCardShape | PainPointShape | OpportunityShape | BenefitShape | ActorShape

/**
 * In tldraw's style panel slot: when one journey card is selected, its details as plain labelled fields (each
 * shape's form is in its folder, built from `details/DetailsFields`); when an arrow links two journey cards (a
 * handoff, an actor relation, an opportunity and a pain point), what the link means above tldraw's own arrow
 * styles (these in the board's side column, components/boardLayout); otherwise tldraw's style panel in its slot. Each
 * change is one undo step.
 */
export function JourneyStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const card = useValue(
    'selected journey card',
    () => {
      const shape = editor.getOnlySelectedShape()
      return shape && CARD_TYPES.has(shape.type) ? (shape as JourneyCard) : null
    },
    [editor],
  )
  const link = useValue('selected arrow link', () => selectedArrowLink(editor), [editor])
  const frame = useValue('selected journey frame', () => {
    const shape = editor.getOnlySelectedShape()
    return isJourneyFrame(shape) ? shape : null
  }, [editor])
  // Sammen's details take width from the canvas in the board's side column; tldraw's own style panel stays in its slot.
  if (!frame && !link && !card) return <DefaultStylePanel {...props} />
  return <SidePanelSlot>{journeyDetails(editor, props, { frame, link, card })}</SidePanelSlot>
}

function journeyDetails(
  editor: Editor,
  props: TLUiStylePanelProps,
  { frame, link, card }: { frame: JourneyFrameShape | null; link: ArrowLink | null; card: JourneyCard | null },
) {
  // key: another frame is another panel (an open "remove?" question must not carry over to it).
  if (frame) return <JourneyFramePanel key={frame.id} editor={editor} frame={frame} />
  if (link) {
    return (
      <div className="card-details__stack">
        <ArrowLinkDetails link={link} />
        <DefaultStylePanel {...props}>
          <DefaultStylePanelContent />
        </DefaultStylePanel>
      </div>
    )
  }
  switch (card?.type) {
    case STEP_CARD_TYPE:
      return <StepCardDetails editor={editor} card={card} />
    case PAIN_POINT_TYPE:
      return <PainPointDetails editor={editor} card={card} />
    case OPPORTUNITY_TYPE:
      return <OpportunityDetails card={card} />
    case BENEFIT_TYPE:
      return <BenefitDetails card={card} />
    case ACTOR_TYPE:
      return <ActorDetails card={card} />
  }
  return null
}

function selectedArrowLink(editor: Editor): ArrowLink | null {
  const shape = editor.getOnlySelectedShape()
  if (!shape || shape.type !== 'arrow') return null
  const arrow = shape as TLArrowShape
  const { start, end } = arrowEnds(editor, arrow)
  const kind = arrowLinkKind(start?.type, end?.type)
  return kind && start && end ? { kind, arrow, start, end } : null
}
