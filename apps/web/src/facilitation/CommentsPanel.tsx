import { facilitation, type BoardRoom } from '@sammen/sync'
import { findPersonalData, type PersonalDataHit } from '@sammen/journey-model'
import { agencyIdsOnBoard } from '@sammen/journey-shapes'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { useT } from '../i18n'
import { PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { agencyShortName, cardLabel, jumpToCard, mentionableAgencies } from './boardCards'
import { useFacilitationUi } from './facilitationUi'
import { MentionInput } from './MentionInput'
import { PanelFrame } from './PanelFrame'
import type { Me } from './useFacilitationState'

interface CommentsPanelProps {
  room: BoardRoom
  me: Me
  threads: readonly facilitation.Thread[]
  mentions: readonly facilitation.Comment[]
  onClose: () => void
}

/**
 * Comment threads on cards: the selected card's thread with a field to write (with `@` agency mentions), every
 * thread on the board, and the comments that mention the person's agency.
 */
export function CommentsPanel({ room, me, threads, mentions, onClose }: CommentsPanelProps) {
  const t = useT()
  const editor = useEditor()
  const view = useFacilitationUi((state) => state.commentsView)
  const setView = useFacilitationUi((state) => state.setCommentsView)
  const selectedId = useValue('selected card', () => (editor.getOnlySelectedShape()?.id as string | undefined) ?? null, [editor])
  const selectedThread = threads.find((thread) => thread.cardId === selectedId) ?? null

  return (
    <PanelFrame title={t.facilitation.comments.panelTitle} testId="comments-panel" onClose={onClose}>
      {me.agencyId && (
        <div className="comments-tabs" role="group" aria-label={t.facilitation.comments.panelTitle}>
          <button type="button" className="comments-tab" aria-pressed={view === 'thread'} onClick={() => setView('thread')}>
            {t.facilitation.comments.threadsTab}
          </button>
          <button type="button" className="comments-tab" aria-pressed={view === 'mentions'} onClick={() => setView('mentions')} data-testid="mentions-tab">
            {t.facilitation.comments.mentionsHeading} ({mentions.length})
          </button>
        </div>
      )}
      {view === 'mentions' && me.agencyId ? (
        <MentionList mentions={mentions} onOpen={() => setView('thread')} />
      ) : (
        <>
          {selectedId ? (
            <ThreadView room={room} me={me} cardId={selectedId as facilitation.CardId} thread={selectedThread} />
          ) : (
            <p className="facilitation-section__intro">{t.facilitation.comments.emptySelection}</p>
          )}
          <ThreadList threads={threads} selectedId={selectedId} />
        </>
      )}
    </PanelFrame>
  )
}

function ThreadView({ room, me, cardId, thread }: { room: BoardRoom; me: Me; cardId: facilitation.CardId; thread: facilitation.Thread | null }) {
  const t = useT()
  const editor = useEditor()
  const access = useBoardAccess()
  const headingId = useId()
  const hintId = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const label = useValue('card label', () => cardLabel(editor, editor.getShape(cardId as never), t.facilitation.comments.removedCard), [editor, cardId, t])
  const boardAgencyIds = useValue('board agencies', () => agencyIdsOnBoard(editor.getCurrentPageShapes()), [editor])
  const agencies = useMemo(() => mentionableAgencies(boardAgencyIds), [boardAgencyIds])
  const canWrite = access.canEdit && me.id !== null

  const [held, setHeld] = useState<PersonalDataHit[] | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  // The warning comes in answer to "Send": it takes focus, so keyboard and screen-reader users meet it first.
  useEffect(() => {
    if (held) noticeRef.current?.focus()
  }, [held])

  const post = (trimmed: string) => {
    if (!me.id) return
    facilitation.addComment(room.doc, { cardId, author: { id: me.id, name: me.name }, text: trimmed, mentions: facilitation.mentionedAgencyIds(trimmed, agencies) })
    setText('')
    setError(null)
    setHeld(null)
  }
  const send = () => {
    const trimmed = text.trim()
    if (!trimmed || !me.id) return
    if (trimmed.length > facilitation.MAX_COMMENT_LENGTH) {
      setError(t.facilitation.comments.tooLong(facilitation.MAX_COMMENT_LENGTH))
      return
    }
    // Comments are shared with everyone on the board, like card text: personal data is flagged first.
    const hits = findPersonalData(trimmed)
    if (hits.length > 0) return setHeld(hits)
    post(trimmed)
  }
  const edit = () => {
    setHeld(null)
    formRef.current?.querySelector<HTMLInputElement>('input, textarea')?.focus()
  }

  return (
    <section className="comment-thread" aria-labelledby={headingId} data-testid="comment-thread">
      <h3 id={headingId} className="facilitation-section__heading">
        {t.facilitation.comments.threadFor(label)}
      </h3>
      {thread?.resolved && <p className="comment-thread__resolved">{t.facilitation.comments.resolvedBy(thread.resolved.by)}</p>}
      {!thread || thread.comments.length === 0 ? (
        <p className="facilitation-section__note">{t.facilitation.comments.noComments}</p>
      ) : (
        <ol className="comment-list">
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} agencies={agencies} mine={comment.authorId === me.id} onDelete={() => facilitation.deleteComment(room.doc, comment.id)} />
          ))}
        </ol>
      )}
      {canWrite ? (
        <form
          ref={formRef}
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault()
            send()
          }}
        >
          <MentionInput
            value={text}
            onChange={(next) => {
              setText(next)
              setHeld(null)
            }}
            onSubmit={send}
            agencies={agencies}
            label={t.facilitation.comments.write}
            describedBy={hintId}
            maxLength={facilitation.MAX_COMMENT_LENGTH}
          />
          <p id={hintId} className="facilitation-section__note">
            {t.facilitation.comments.writeHint}
          </p>
          {error && (
            <p className="comment-form__error" role="alert">
              {error}
            </p>
          )}
          {held && (
            <PersonalDataNotice ref={noticeRef} hits={held} proceedLabel={t.userPanel.personalData.sendAnyway} onEdit={edit} onProceed={() => post(text.trim())} />
          )}
          <div className="facilitation-actions">
            {!held && (
              <button type="submit" className="button button--primary button--small" data-testid="comment-send">
                {t.facilitation.comments.send}
              </button>
            )}
            {thread && thread.comments.length > 0 && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => facilitation.setThreadResolved(room.doc, cardId, !thread.resolved, me.name)}
                data-testid="thread-resolve"
              >
                {thread.resolved ? t.facilitation.comments.reopen : t.facilitation.comments.resolve}
              </button>
            )}
          </div>
        </form>
      ) : (
        <p className="facilitation-section__note">{t.facilitation.comments.readOnly}</p>
      )}
    </section>
  )
}

function CommentItem({ comment, agencies, mine, onDelete }: { comment: facilitation.Comment; agencies: readonly facilitation.MentionableAgency[]; mine: boolean; onDelete: () => void }) {
  const t = useT()
  const segments = facilitation.parseMentions(comment.text, agencies)
  return (
    <li className="comment" data-testid="comment">
      <div className="comment__meta">
        <span className="comment__author">{comment.authorName}</span>
        <time className="comment__time" dateTime={new Date(comment.createdAt).toISOString()}>
          {new Date(comment.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
        </time>
      </div>
      <p className="comment__text">
        {segments.map((segment, index) =>
          segment.kind === 'mention' && comment.mentions.includes(segment.agencyId) ? (
            <strong key={index} className="comment__mention">
              {segment.text}
            </strong>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
      {mine && (
        <button type="button" className="comment__delete" aria-label={t.facilitation.comments.deleteLabel} onClick={onDelete}>
          {t.facilitation.comments.delete}
        </button>
      )}
    </li>
  )
}

function ThreadList({ threads, selectedId }: { threads: readonly facilitation.Thread[]; selectedId: string | null }) {
  const t = useT()
  const editor = useEditor()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="thread-list-section">
      <h3 id={headingId} className="facilitation-section__heading">
        {t.facilitation.comments.allThreads}
      </h3>
      {threads.length === 0 ? (
        <p className="facilitation-section__note">{t.facilitation.comments.noThreads}</p>
      ) : (
        <ul className="thread-list" aria-labelledby={headingId}>
          {threads.map((thread) => (
            <li key={thread.cardId} className="thread-list__item" data-resolved={thread.resolved ? 'true' : 'false'} aria-current={thread.cardId === selectedId ? 'true' : undefined}>
              <ThreadLink thread={thread} onOpen={() => jumpToCard(editor, thread.cardId)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function ThreadLink({ thread, onOpen }: { thread: facilitation.Thread; onOpen: () => void }) {
  const t = useT()
  const editor = useEditor()
  const label = useValue('card label', () => cardLabel(editor, editor.getShape(thread.cardId as never), t.facilitation.comments.removedCard), [editor, thread.cardId, t])
  return (
    <button type="button" className="thread-list__button" onClick={onOpen}>
      <span className="thread-list__label">{label}</span>
      <span className="thread-list__meta">
        {t.facilitation.comments.commentCount(thread.comments.length)}
        {thread.resolved && ` · ${t.facilitation.comments.resolvedBy(thread.resolved.by)}`}
      </span>
    </button>
  )
}

function MentionList({ mentions, onOpen }: { mentions: readonly facilitation.Comment[]; onOpen: () => void }) {
  const t = useT()
  const editor = useEditor()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="facilitation-section__heading">
        {t.facilitation.comments.mentionsHeading}
      </h3>
      {mentions.length === 0 ? (
        <p className="facilitation-section__note">{t.facilitation.comments.noMentions}</p>
      ) : (
        <ul className="thread-list" aria-labelledby={headingId} data-testid="mention-list">
          {mentions.map((comment) => (
            <li key={comment.id} className="thread-list__item">
              <div className="mention-item">
                <p className="comment__text">
                  <span className="comment__author">{comment.authorName}:</span> {comment.text}
                </p>
                <p className="thread-list__meta">{comment.mentions.map(agencyShortName).join(', ')}</p>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    if (jumpToCard(editor, comment.cardId)) onOpen()
                  }}
                  data-testid="go-to-card"
                >
                  {t.facilitation.comments.goToCard}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
