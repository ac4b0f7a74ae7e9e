import { alvorligSyktBarnTemplate } from './alvorligSyktBarn'
import { byggeHusTemplate } from './byggeHus'
import { dodsfallOgArvTemplate } from './dodsfallOgArv'
import { faBarnTemplate } from './faBarn'
import { frivilligOrganisasjonTemplate } from './frivilligOrganisasjon'
import type { JourneyTemplate } from './journeyTemplate'
import { misteOgFinneJobbTemplate } from './misteOgFinneJobb'
import { nyINorgeTemplate } from './nyINorge'
import { starteBedriftTemplate } from './starteBedrift'

/** The seven life events prioritised in the national digitalisation strategy, in its order, then "Bygge hus". */
export const journeyTemplates: readonly JourneyTemplate[] = [
  faBarnTemplate,
  alvorligSyktBarnTemplate,
  misteOgFinneJobbTemplate,
  nyINorgeTemplate,
  dodsfallOgArvTemplate,
  frivilligOrganisasjonTemplate,
  starteBedriftTemplate,
  byggeHusTemplate,
]

export function findJourneyTemplate(id: string): JourneyTemplate | undefined {
  return journeyTemplates.find((template) => template.id === id)
}
