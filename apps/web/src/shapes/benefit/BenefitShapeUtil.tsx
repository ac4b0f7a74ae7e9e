import { PERSON } from '@sammen/journey-model'
import { BENEFIT_DEFAULT_PROPS, BENEFIT_TYPE, benefitMigrations, benefitProps, type BenefitShape } from '@sammen/journey-shapes'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { TextCardShapeUtil } from '../cardFit/TextCardShapeUtil'
import { currentDictionary } from '../currentDictionary'
import { BenefitView } from './BenefitView'

/** A gain ("gevinst") on the benefit map; props and migrations come from @sammen/journey-shapes. */
export class BenefitShapeUtil extends TextCardShapeUtil<BenefitShape> {
  static override type = BENEFIT_TYPE
  static override props = benefitProps
  static override migrations = benefitMigrations

  override getDefaultProps(): BenefitShape['props'] {
    return { ...BENEFIT_DEFAULT_PROPS, contributorIds: [] }
  }

  override getAriaDescriptor(shape: BenefitShape): string {
    const t = currentDictionary()
    const { landsWith, contributorIds } = shape.props
    const boardAgencies = boardAgenciesOf(this.editor)
    const nameOf = (id: string) => agencyDisplay(id, boardAgencies)?.name ?? id
    const beneficiary = landsWith === PERSON ? t.moreCards.person : landsWith === '' ? t.moreCards.nobodyYet : nameOf(landsWith)
    const contributors = contributorIds.map(nameOf).join(', ') || t.moreCards.nobodyYet
    return [t.moreCards.benefit, shape.props.text, `${t.moreCards.landsWith}: ${beneficiary}`, `${t.moreCards.contributors}: ${contributors}`]
      .filter(Boolean)
      .join('. ')
  }

  override component(shape: BenefitShape) {
    return <BenefitView shape={shape} />
  }
}
