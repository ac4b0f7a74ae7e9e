export {
  applyDocumentState,
  encodeDocumentState,
  type DocumentLog,
  type StateEncoding,
  type StoredDocument,
} from './documentLog'
