import { byggeHusTemplate } from '../src/templates/byggeHus'
import { journeyFromTemplate } from '../src/templates/journeyFromTemplate'
import type { Journey } from '../src/journey/journey'

/*
 * "Bygge hus" with all its agencies, worked out by hand from packages/journey-model/src/templates/byggeHus.ts:
 * pain points: kommunen ×3 in "Jeg søker om å få bygge" (severity 2 + 3 + 3), ansvarlig søker ×1 there (1),
 * Husbanken ×1 in "Jeg finner tomt og finansiering" (2). Handoffs: bank→husbanken (person), kommunen→ansvarlig
 * søker (person), vegvesen→ansvarlig søker (person), ansvarlig søker→kommunen (agencies), kommunen→folkeregisteret
 * (person). Plus two benefits added here.
 */
const template = journeyFromTemplate(byggeHusTemplate)
export const byggeHusWithBenefits: Journey = {
  ...template,
  benefits: [
    { id: 'b1' as never, text: 'Raskere byggesak', landsWith: 'personen' as never, contributors: ['kommunen', 'statens-vegvesen'] as never },
    { id: 'b2' as never, text: 'Færre mangelfulle søknader', landsWith: 'kommunen' as never, contributors: ['ansvarlig-soker'] as never },
  ],
}
