import type { AnnotationId } from '@sammen/journey-model'
import { z } from 'zod'

// Which annotations this browser wrote, per board, so the panel view can list "your comments" even under a
// pseudonym someone else might also use. Local only: it says nothing to anyone else.
const KEY_PREFIX = 'sammen.ownAnnotations.'
const MAX_REMEMBERED = 500
const storedSchema = z.array(z.string().max(64)).max(MAX_REMEMBERED)

export function ownAnnotationIds(boardId: string): ReadonlySet<string> {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(localStorage.getItem(KEY_PREFIX + boardId) ?? '[]'))
    return new Set(parsed.success ? parsed.data : [])
  } catch {
    return new Set()
  }
}

export function rememberOwnAnnotation(boardId: string, id: AnnotationId): void {
  const ids = [...ownAnnotationIds(boardId), id].slice(-MAX_REMEMBERED)
  try {
    localStorage.setItem(KEY_PREFIX + boardId, JSON.stringify(ids))
  } catch {
    // Storage full or blocked: the annotation is still shared; only the "your comments" list misses it.
  }
}
