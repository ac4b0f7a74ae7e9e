import type { CatalogueAgencyId } from '../catalogue/agencies'
import type { Carrier } from '../journey/handoff'
import type { PainPointCategory, Severity } from '../journey/painPoint'
import type { Channel, Emotion } from '../journey/step'

/*
 * A template is data only: the starting journey for one life event. Items refer to each other by short keys
 * (`phase: 'venter'`), which `journeyFromTemplate` turns into ids; agencies are catalogue ids, so a typo in an
 * agency fails to compile and a typo in a key fails the template test.
 */

export interface TemplatePhase {
  key: string
  /** In the person's words: "Jeg venter barn", not "Svangerskapsoppfølging". */
  name: string
}

export interface TemplateLane {
  key: string
  name: string
}

export interface TemplateStep {
  key: string
  text: string
  phase: string
  lane: string
  agency: CatalogueAgencyId
  channel: Channel
  duration?: string
  emotion?: Emotion
}

export interface TemplatePainPoint {
  text: string
  agency: CatalogueAgencyId
  severity: Severity
  category: PainPointCategory
  step?: string
  phase?: string
}

export interface TemplateHandoff {
  from: string
  to: string
  carriedBy: Carrier
  information: string[]
}

export interface JourneyTemplate {
  /** Also the life event's id; stable, as boards may record which template they started from. */
  id: string
  /** The life event's name as in the national digitalisation strategy. */
  name: string
  description: string
  /** The person's situation in the first person. */
  situation: string
  phases: TemplatePhase[]
  lanes: TemplateLane[]
  /** Agencies usually involved, in the order they appear on the board. */
  agencyIds: CatalogueAgencyId[]
  steps: TemplateStep[]
  painPoints: TemplatePainPoint[]
  handoffs: TemplateHandoff[]
}
