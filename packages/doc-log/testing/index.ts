// Test code only: the conformance suite and the harness it runs on. Imported by adapters' *.test.ts files.
export { docFromStored, runDocumentLogSuite } from './documentLogSuite'
export { harnessSession, sameBytes, type HarnessSession, type StoreHarness } from './harness'
