// Boards for tests and benchmarks in other packages and apps (`@sammen/journey-shapes/testing`); test code, so not
// under src/.
export { journeyBoardRecords, type JourneyBoardOptions } from './journeyBoardRecords'
