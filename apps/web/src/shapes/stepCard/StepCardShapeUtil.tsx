import {
  STEP_CARD_DEFAULT_PROPS,
  STEP_CARD_TYPE,
  stepCardMigrations,
  stepCardProps,
  type StepCardShape,
} from '@sammen/journey-shapes'
import { BaseBoxShapeUtil, type TLFontFace } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { CARD_RADIUS } from '../cardGeometry'
import { CARD_FONT_FACES } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { StepCardSvg } from './StepCardSvg'
import { StepCardView } from './StepCardView'

/** A step in the journey; props and migrations come from @sammen/journey-shapes so the server validates the same. */
export class StepCardShapeUtil extends BaseBoxShapeUtil<StepCardShape> {
  static override type = STEP_CARD_TYPE
  static override props = stepCardProps
  static override migrations = stepCardMigrations

  override getDefaultProps(): StepCardShape['props'] {
    return { ...STEP_CARD_DEFAULT_PROPS }
  }

  override canEdit(): boolean {
    return true
  }

  override getText(shape: StepCardShape): string {
    return shape.props.text
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

  /** Drawn in SVG for export: far faster than tldraw's HTML fallback, and the same in PNG, SVG and the poster. */
  override toSvg(shape: StepCardShape) {
    return <StepCardSvg editor={this.editor} shape={shape} />
  }

  override getFontFaces(): TLFontFace[] {
    return CARD_FONT_FACES
  }

  override indicator(shape: StepCardShape) {
    return <rect width={shape.props.w} height={shape.props.h} rx={CARD_RADIUS} ry={CARD_RADIUS} />
  }
}
