// Who may change what: the one table of rules per document, per root and per role. The update guard
// (updateGuard.ts), the presence guard, the votes API and the invite and snapshot APIs all ask this module; no
// other file decides a permission. Written down for people in apps/server/README.md ("Who may change what").
import {
  boardTitleSchema,
  commentSchema,
  FacilitationField,
  followStateSchema,
  serializedSchemaSchema,
  threadStatusSchema,
  timerStateSchema,
  type DocKind,
  type Role,
} from '@sammen/protocol'
import type { z } from 'zod'

/** How entries of a root map may be changed once they exist. */
export type EntryRule =
  /** Writers add, replace and delete freely. */
  | 'free'
  /** Anyone who may write adds; replacing or deleting an entry is for the participant who wrote it and facilitators. */
  | 'own-or-facilitator'
  /**
   * User-panel annotations: valid annotations only, filed under their own id. Panel members only add new ones;
   * facilitators and editors may also replace one with the same annotation marked handled or reopened. Nobody
   * deletes one.
   */
  | 'annotations'

export interface RootRule {
  /** Roles whose connections may change anything under this root. The server itself always may. */
  writers: readonly Role[]
  /**
   * `records`: Y.Map of Y.Array field logs (`{ k, v }` entries), the tldraw records. `map`: a Y.Map of plain JSON
   * values. Nothing else (text, XML, binary, sub-documents) belongs in a Sammen document.
   */
  layout: 'records' | 'map'
  /** For `map`: the only keys clients may write; absent = any key. */
  keys?: readonly string[]
  entries: EntryRule
  /**
   * For `map`: the schema a value under `key` must pass (the same the browsers read it with), and whether its `id`
   * must be the key. Absent: any plain JSON.
   */
  value?: (key: string) => { schema: z.ZodType; idIsKey?: boolean } | undefined
}

const EDITORS: readonly Role[] = ['facilitator', 'editor']

export const DOCUMENT_RULES: Readonly<Record<DocKind, Readonly<Record<string, RootRule>>>> = {
  journey: {
    records: { writers: EDITORS, layout: 'records', entries: 'free' },
    meta: {
      writers: EDITORS,
      layout: 'map',
      keys: ['schema', 'title'],
      entries: 'free',
      value: (key) => ({ schema: key === 'title' ? boardTitleSchema : serializedSchemaSchema }),
    },
    // Follow me and the countdown are the facilitator's. The voting round and its results are written by the
    // server alone, on a facilitator's request through the votes API (src/votes/votesApi.ts). The server also ends
    // all of it when no facilitator has been connected for a while (src/workshop/idleWorkshops.ts, mayRunWorkshop).
    facilitation: {
      writers: ['facilitator'],
      layout: 'map',
      keys: [FacilitationField.follow, FacilitationField.timer],
      entries: 'free',
      value: (key) => ({ schema: key === FacilitationField.follow ? followStateSchema : timerStateSchema }),
    },
    // Dots of the earlier, client-side voting: read by old boards, written by nobody.
    votes: { writers: [], layout: 'map', entries: 'free' },
    comments: { writers: EDITORS, layout: 'map', entries: 'own-or-facilitator', value: () => ({ schema: commentSchema, idIsKey: true }) },
    threads: { writers: EDITORS, layout: 'map', entries: 'free', value: () => ({ schema: threadStatusSchema }) },
  },
  annotations: {
    annotations: { writers: ['facilitator', 'editor', 'panel'], layout: 'map', entries: 'annotations' },
  },
}

/** The rule for a root of a document, or undefined for a root that is not part of the layout. */
export function rootRule(kind: DocKind, root: string): RootRule | undefined {
  return Object.hasOwn(DOCUMENT_RULES[kind], root) ? DOCUMENT_RULES[kind][root] : undefined
}

export function mayWriteRoot(kind: DocKind, root: string, role: Role): boolean {
  return rootRule(kind, root)?.writers.includes(role) ?? false
}

/** Whether `role` may change anything at all in documents of `kind` (viewers never may). */
export function mayWriteDocument(kind: DocKind, role: Role): boolean {
  return Object.values(DOCUMENT_RULES[kind]).some((rule) => rule.writers.includes(role))
}

/** Replacing or deleting someone else's entry under an `own-or-facilitator` root. */
export function mayModerate(role: Role): boolean {
  return role === 'facilitator'
}

/** Most new annotations one update of a panel member may add (an offline session's worth). */
export const MAX_NEW_ANNOTATIONS_PER_UPDATE = 20

/**
 * Most Yjs client ids nobody holds yet that one update may write under (each is a stored claim). A browser sends
 * several only after several sessions' offline work; thousands would only fill the claims table.
 */
export const MAX_NEW_CLIENTS_PER_UPDATE = 64

/** Everyone may show their own presence; nobody anyone else's (see presenceGuard.ts). */
export function mayShowPresence(_role: Role): boolean {
  return true
}

/** Dot voting: facilitators and editors give dots; facilitators run the round (in the journey's facilitation map). */
export function mayVote(role: Role): boolean {
  return role === 'facilitator' || role === 'editor'
}

/** Versions (snapshot API): every role lists and opens them; facilitators and editors save and delete. */
export function mayReadVersions(_role: Role): boolean {
  return true
}

export function mayWriteVersions(role: Role): boolean {
  return role === 'facilitator' || role === 'editor'
}

/** Invite links and revocation: facilitators of the board (or of the workspace). */
export function mayManageInvites(role: Role): boolean {
  return role === 'facilitator'
}

/**
 * Whose connection keeps a board's workshop state (follow me, countdown, voting round) alive: once no such connection
 * is left for the configured time, the server ends it (src/workshop/idleWorkshops.ts).
 */
export function mayRunWorkshop(role: Role): boolean {
  return role === 'facilitator'
}

/** In open mode (no token secret) there are no roles: everyone runs the workshop. */
export const OPEN_MODE_ROLE: Role = 'facilitator'
