import type * as Y from 'yjs'
import { commentSchema, MAX_COMMENT_LENGTH, threadStatusSchema, type Comment, type ThreadStatus } from '@sammen/protocol'
import { getCommentsMap, getThreadsMap, type CardId, type PersonId } from './facilitationLayout'

export { MAX_COMMENT_LENGTH }

/**
 * One comment on a card. Comments are separate keys of `doc.getMap('comments')`, so people writing at the same
 * time never overwrite each other. `mentions` are agency ids chosen with `@` (see mentions.ts); stored, not
 * re-parsed, so a later rename of an agency does not change who was mentioned.
 */
export { commentSchema, type Comment }

/** A thread's state; no entry means open. Writing a comment on a resolved thread opens it again. */
export { threadStatusSchema, type ThreadStatus }

export interface Thread {
  cardId: CardId
  comments: Comment[]
  resolved: ThreadStatus | null
  lastActivityAt: number
}

function newCommentId(now: number): string {
  const random = Array.from({ length: 10 }, () => Math.floor(Math.random() * 36).toString(36)).join('')
  return `${now.toString(36)}${random}`
}

export function addComment(
  doc: Y.Doc,
  input: { cardId: CardId; author: { id: PersonId; name: string }; text: string; mentions: readonly string[] },
  now = Date.now(),
): Comment {
  const comment = commentSchema.parse({
    id: newCommentId(now),
    cardId: input.cardId,
    authorId: input.author.id,
    authorName: input.author.name.slice(0, 80),
    text: input.text.trim(),
    mentions: [...new Set(input.mentions)],
    createdAt: now,
  })
  doc.transact(() => {
    getCommentsMap(doc).set(comment.id, comment)
    const threads = getThreadsMap(doc)
    if (threads.has(comment.cardId)) threads.delete(comment.cardId)
  })
  return comment
}

/** Only the author deletes a comment (the UI offers it to them alone; the document cannot enforce it). */
export function deleteComment(doc: Y.Doc, commentId: string): void {
  const comments = getCommentsMap(doc)
  if (comments.has(commentId)) doc.transact(() => comments.delete(commentId))
}

export function setThreadResolved(doc: Y.Doc, cardId: CardId, resolved: boolean, by: string, now = Date.now()): void {
  const threads = getThreadsMap(doc)
  doc.transact(() => {
    if (resolved) threads.set(cardId, threadStatusSchema.parse({ resolved: true, by: by.slice(0, 80), at: now }))
    else threads.delete(cardId)
  })
}

export function readComments(doc: Y.Doc): Comment[] {
  const comments: Comment[] = []
  for (const value of getCommentsMap(doc).values()) {
    const parsed = commentSchema.safeParse(value)
    if (parsed.success) comments.push(parsed.data)
  }
  return comments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

/** Threads with at least one comment, most recent activity first. */
export function readThreads(doc: Y.Doc): Thread[] {
  const byCard = new Map<CardId, Comment[]>()
  for (const comment of readComments(doc)) {
    const list = byCard.get(comment.cardId) ?? []
    list.push(comment)
    byCard.set(comment.cardId, list)
  }
  const threads = getThreadsMap(doc)
  return [...byCard]
    .map(([cardId, comments]) => {
      const status = threadStatusSchema.safeParse(threads.get(cardId))
      return {
        cardId,
        comments,
        resolved: status.success && status.data.resolved ? status.data : null,
        lastActivityAt: comments[comments.length - 1]?.createdAt ?? 0,
      }
    })
    .sort((a, b) => b.lastActivityAt - a.lastActivityAt)
}

/** Comments in open threads that mention the agency, written by someone else: what "Nevnt: n" counts. */
export function mentionsOfAgency(threads: readonly Thread[], agencyId: string, me: PersonId | null): Comment[] {
  return threads
    .filter((thread) => !thread.resolved)
    .flatMap((thread) => thread.comments)
    .filter((comment) => comment.mentions.includes(agencyId) && comment.authorId !== me)
}

export function observeComments(doc: Y.Doc, listener: () => void): () => void {
  const comments = getCommentsMap(doc)
  const threads = getThreadsMap(doc)
  comments.observe(listener)
  threads.observe(listener)
  return () => {
    comments.unobserve(listener)
    threads.unobserve(listener)
  }
}
