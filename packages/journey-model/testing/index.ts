// Journeys for tests in other packages and apps (`@sammen/journey-model/testing`); test code, so not under src/.
export { byggeHusWithBenefits } from './byggeHusWithBenefits'
