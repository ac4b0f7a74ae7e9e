import {
  PAIN_POINT_DEFAULT_PROPS,
  PAIN_POINT_TYPE,
  painPointMigrations,
  painPointProps,
  type PainPointShape,
} from '@sammen/journey-shapes'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import type { SvgExportContext } from 'tldraw'
import { TextCardShapeUtil } from '../cardFit/TextCardShapeUtil'
import { embedCardFonts } from '../cardSvg'
import { currentDictionary } from '../currentDictionary'
import { PainPointSvg } from './PainPointSvg'
import { PainPointView } from './PainPointView'

/**
 * A pain point, coloured by the agency that owns it. There is no default owner on purpose: the schema rejects
 * `ownerAgencyId: ''`, so a pain point can only be created through the owner dialog (or by code that names one).
 */
export class PainPointShapeUtil extends TextCardShapeUtil<PainPointShape> {
  static override type = PAIN_POINT_TYPE
  static override props = painPointProps
  static override migrations = painPointMigrations

  override getDefaultProps(): PainPointShape['props'] {
    return { ...PAIN_POINT_DEFAULT_PROPS, ownerAgencyId: '' }
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

  /** Drawn in SVG for export, at the height the canvas draws it (cardSvg.tsx says why). */
  override toSvg(shape: PainPointShape, ctx: SvgExportContext) {
    embedCardFonts(this.editor, ctx)
    return <PainPointSvg editor={this.editor} shape={shape} h={this.cardHeight(shape)} />
  }
}
