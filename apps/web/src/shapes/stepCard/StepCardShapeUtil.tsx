import {
  STEP_CARD_DEFAULT_PROPS,
  STEP_CARD_TYPE,
  stepCardMigrations,
  stepCardProps,
  type StepCardShape,
} from '@sammen/journey-shapes'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import type { SvgExportContext } from 'tldraw'
import { TextCardShapeUtil } from '../cardFit/TextCardShapeUtil'
import { embedCardFonts } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { StepCardSvg } from './StepCardSvg'
import { StepCardView } from './StepCardView'

/** A step in the journey; props and migrations come from @sammen/journey-shapes so the server validates the same. */
export class StepCardShapeUtil extends TextCardShapeUtil<StepCardShape> {
  static override type = STEP_CARD_TYPE
  static override props = stepCardProps
  static override migrations = stepCardMigrations

  override getDefaultProps(): StepCardShape['props'] {
    return { ...STEP_CARD_DEFAULT_PROPS }
  }

  /** What a screen reader announces when the card gets focus on the canvas. */
  override getAriaDescriptor(shape: StepCardShape): string {
    const t = currentDictionary()
    const agency = agencyDisplay(shape.props.agencyId, boardAgenciesOf(this.editor))
    const duration = shape.props.duration.trim()
    return [t.cards.step, shape.props.text, agency?.name ?? t.cards.noAgency, t.cards.channels[shape.props.channel], duration && t.cards.durationLabel(duration)]
      .filter(Boolean)
      .join('. ')
  }

  override component(shape: StepCardShape) {
    return <StepCardView shape={shape} />
  }

  /** Drawn in SVG for export, at the height the canvas draws it (cardSvg.tsx says why). */
  override toSvg(shape: StepCardShape, ctx: SvgExportContext) {
    embedCardFonts(this.editor, ctx)
    return <StepCardSvg editor={this.editor} shape={shape} h={this.cardHeight(shape)} />
  }
}
