// The annotations document of a board: one `Y.Map` entry per annotation, keyed by its id, holding the
// whole annotation as plain JSON. Entries are only ever added or replaced whole (marking one handled
// replaces it), so a plain map is enough: last writer wins on the rare "handled"/"reopened" race, and a
// panel member's words are never merged with someone else's.
import { annotationSchema, type Annotation, type AnnotationId, type AnnotationInput, type BoardId } from '@sammen/journey-model'
import { AnnotationsRoot, docKey, roomName } from '@sammen/protocol'
import * as Y from 'yjs'

export const ANNOTATIONS_MAP = AnnotationsRoot.annotations

/** Key of the annotations document in local storage: the same document key the server uses (PROTOCOL.md). */
export function annotationsDocKey(boardId: BoardId): string {
  return docKey(boardId, 'annotations')
}

/** The room name y-websocket appends to the server URL: `/sync/<boardId>/annotations`. */
export function annotationsRoomName(boardId: BoardId): string {
  return roomName(boardId, 'annotations')
}

export interface AnnotationList {
  /** Valid annotations, oldest first (ties by id, so every peer shows the same order). */
  annotations: readonly Annotation[]
  /** Entries that failed the schema (an older or broken client wrote them); skipped, never shown. */
  invalid: number
}

export function annotationsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ANNOTATIONS_MAP)
}

/** Reads and validates every entry; never throws on bad content. */
export function readAnnotations(doc: Y.Doc): AnnotationList {
  const annotations: Annotation[] = []
  let invalid = 0
  annotationsMap(doc).forEach((value, key) => {
    const parsed = annotationSchema.safeParse(value)
    // An entry filed under another id would be unreachable for markHandled; treat it as broken.
    if (parsed.success && parsed.data.id === key) annotations.push(parsed.data)
    else invalid++
  })
  annotations.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { annotations, invalid }
}

/** Validates and stores a new annotation; throws the zod error if the input is invalid. */
export function addAnnotation(doc: Y.Doc, input: AnnotationInput): Annotation {
  const annotation = annotationSchema.parse(input)
  const map = annotationsMap(doc)
  if (map.has(annotation.id)) throw new Error(`annotation ${annotation.id} already exists`)
  map.set(annotation.id, toJson(annotation))
  return annotation
}

function readOne(doc: Y.Doc, id: AnnotationId): Annotation | null {
  const parsed = annotationSchema.safeParse(annotationsMap(doc).get(id))
  return parsed.success && parsed.data.id === id ? parsed.data : null
}

/** Marks an annotation handled by `by`; false if there is no valid annotation with that id. */
export function markAnnotationHandled(doc: Y.Doc, id: AnnotationId, by: string, at = Date.now()): boolean {
  const current = readOne(doc, id)
  if (!current) return false
  const next = annotationSchema.parse({ ...current, handled: { by, at } })
  annotationsMap(doc).set(id, toJson(next))
  return true
}

/** Takes the "handled" mark off again; false if there is no valid annotation with that id. */
export function reopenAnnotation(doc: Y.Doc, id: AnnotationId): boolean {
  const current = readOne(doc, id)
  if (!current) return false
  if (current.handled === null) return true
  annotationsMap(doc).set(id, toJson({ ...current, handled: null }))
  return true
}

// Yjs stores plain JSON; spreading drops zod's brand-only typing and any prototype.
function toJson(annotation: Annotation): Record<string, unknown> {
  return JSON.parse(JSON.stringify(annotation)) as Record<string, unknown>
}
