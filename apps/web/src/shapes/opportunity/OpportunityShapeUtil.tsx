import {
  OPPORTUNITY_DEFAULT_PROPS,
  OPPORTUNITY_TYPE,
  opportunityMigrations,
  opportunityProps,
  type OpportunityShape,
} from '@sammen/journey-shapes'
import { agencyDisplay, boardAgenciesOf } from '../agencyDisplay'
import { TextCardShapeUtil } from '../cardFit/TextCardShapeUtil'
import { currentDictionary } from '../currentDictionary'
import { OpportunityView } from './OpportunityView'

/** An improvement idea ("mulighet"); props and migrations come from @sammen/journey-shapes. */
export class OpportunityShapeUtil extends TextCardShapeUtil<OpportunityShape> {
  static override type = OPPORTUNITY_TYPE
  static override props = opportunityProps
  static override migrations = opportunityMigrations

  override getDefaultProps(): OpportunityShape['props'] {
    return { ...OPPORTUNITY_DEFAULT_PROPS, agencyIds: [] }
  }

  override getAriaDescriptor(shape: OpportunityShape): string {
    const t = currentDictionary()
    const boardAgencies = boardAgenciesOf(this.editor)
    const agencies = shape.props.agencyIds.map((id) => agencyDisplay(id, boardAgencies)?.name ?? id).join(', ')
    return [t.moreCards.opportunity, shape.props.text, agencies || t.moreCards.noAgencies].filter(Boolean).join('. ')
  }

  override component(shape: OpportunityShape) {
    return <OpportunityView shape={shape} />
  }
}
