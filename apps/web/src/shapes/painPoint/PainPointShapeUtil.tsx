import {
  PAIN_POINT_DEFAULT_PROPS,
  PAIN_POINT_TYPE,
  painPointMigrations,
  painPointProps,
  type PainPointShape,
} from '@sammen/journey-shapes'
import { BaseBoxShapeUtil, type TLFontFace } from 'tldraw'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { CARD_RADIUS } from '../cardGeometry'
import { CARD_FONT_FACES } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { PainPointSvg } from './PainPointSvg'
import { PainPointView } from './PainPointView'

/**
 * A pain point, coloured by the agency that owns it. There is no default owner on purpose: the schema rejects
 * `ownerAgencyId: ''`, so a pain point can only be created through the owner dialog (or by code that names one).
 */
export class PainPointShapeUtil extends BaseBoxShapeUtil<PainPointShape> {
  static override type = PAIN_POINT_TYPE
  static override props = painPointProps
  static override migrations = painPointMigrations

  override getDefaultProps(): PainPointShape['props'] {
    return { ...PAIN_POINT_DEFAULT_PROPS, ownerAgencyId: '' }
  }

  override canEdit(): boolean {
    return true
  }

  override getText(shape: PainPointShape): string {
    return shape.props.text
  }

  override getAriaDescriptor(shape: PainPointShape): string {
    const t = currentDictionary()
    const owner = agencyDisplay(shape.props.ownerAgencyId, boardAgenciesOf(this.editor))
    return [
      t.cards.painPoint,
      shape.props.text,
      `${t.cards.owner}: ${owner?.name ?? ''}`,
      t.cards.severity(shape.props.severity),
      t.cards.categories[shape.props.category],
    ]
      .filter(Boolean)
      .join('. ')
  }

  override component(shape: PainPointShape) {
    return <PainPointView shape={shape} />
  }

  /** Drawn in SVG for export (see cardSvg.tsx). */
  override toSvg(shape: PainPointShape) {
    return <PainPointSvg editor={this.editor} shape={shape} />
  }

  override getFontFaces(): TLFontFace[] {
    return CARD_FONT_FACES
  }

  override indicator(shape: PainPointShape) {
    return <rect width={shape.props.w} height={shape.props.h} rx={CARD_RADIUS} ry={CARD_RADIUS} />
  }
}
