// A Y.Doc that is a board as far as the server can tell: it carries the record schema the web app writes
// (tldraw's shapes and Sammen's, from @sammen/journey-shapes). The versions API only accepts such states.
import { sammenShapeSchemas } from '@sammen/journey-shapes'
import { createTLSchema, defaultBindingSchemas, defaultShapeSchemas } from '@tldraw/tlschema'
import * as Y from 'yjs'

export const boardSchema = createTLSchema({ shapes: { ...defaultShapeSchemas, ...sammenShapeSchemas }, bindings: defaultBindingSchemas })

export function boardDoc(): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('meta').set('schema', boardSchema.serialize())
  return doc
}
