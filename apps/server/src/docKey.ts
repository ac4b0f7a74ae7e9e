// A board has two Yjs documents: the journey (written by facilitators and editors) and the user panel's
// annotations (written by panel members too). Rooms, storage rows and fan-out channels are keyed by the
// document, not the board, so the two never mix and each gets its own role rule.
import type { BoardId } from '@sammen/journey-model'
import { canAnnotate, canEdit, type Role } from './auth/tokens'

export const DOC_KINDS = ['journey', 'annotations'] as const
export type DocKind = (typeof DOC_KINDS)[number]

declare const docKeyBrand: unique symbol
/**
 * Storage, room and fan-out key of one document. The journey keeps the bare board id (so boards stored
 * before annotations existed load unchanged); the annotations document is `<boardId>:annotations`, which
 * no board id can equal because `:` is not allowed in one.
 */
export type DocKey = BoardId | (string & { readonly [docKeyBrand]: true })

export function docKey(boardId: BoardId, kind: DocKind): DocKey {
  return kind === 'journey' ? boardId : (`${boardId}:annotations` as DocKey)
}

/** Whether a connection with `role` may change documents of `kind`. */
export function canWrite(role: Role, kind: DocKind): boolean {
  return kind === 'journey' ? canEdit(role) : canAnnotate(role)
}
