// Test helpers other packages' and apps' tests may use (exported as '@sammen/sync/testing').
export { createTestStore, documentSnapshot, makeGeoShape, richText, seedDocumentRecords, TEST_PAGE_ID } from './createTestStore'
export { createRandom, type Random } from './random'
