import { formatAbsoluteDate, formatRelativeDate } from '../format/formatDate'
import { useT, type Language } from '../i18n'
import { Link } from '../routing/Link'
import { boardPath } from '../routing/router'
import { useAppStore } from '../state/appStore'
import { AgencyChips } from './AgencyChips'
import type { BoardGroup, ShownBoard } from './libraryBoards'
import { SourceChip } from './SourceChip'

/**
 * One entry of the library: an as-is board with the to-be boards made from it (each links to the other), or a board
 * on its own. Title, life event, situation, agencies (each opens its agency page), counts, last edit, as-is or
 * to-be, and where the entry comes from.
 */
export function LibraryBoardGroup({ group, now }: { group: BoardGroup; now: number }) {
  const t = useT()
  const b = t.library.boards
  const headTitle = group.head.board.title.trim() || t.board.untitled
  return (
    <li className="library-group" data-testid="library-group" data-board-id={group.head.board.boardId}>
      <BoardCard shown={group.head} now={now} headingLevel={3} />
      {group.missingAsIs && <p className="library-board__note">{b.madeFromHidden}</p>}
      {group.toBe.length > 0 && (
        <div className="library-group__to-be">
          <h4 className="library-group__to-be-heading">{b.toBeHeading}</h4>
          <ul className="library-group__to-be-list">
            {group.toBe.map((shown) => (
              <li key={shown.board.boardId}>
                <BoardCard shown={shown} now={now} headingLevel={5} asIs={{ boardId: group.head.board.boardId, title: headTitle }} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  )
}

function BoardCard({ shown, now, headingLevel, asIs }: { shown: ShownBoard; now: number; headingLevel: 3 | 5; asIs?: { boardId: string; title: string } }) {
  const t = useT()
  const b = t.library.boards
  const language = useAppStore((state) => state.language)
  const { board, source } = shown
  const title = board.title.trim() || t.board.untitled
  const Heading = headingLevel === 3 ? 'h3' : 'h5'
  return (
    <article
      className={`library-board library-board--${board.stage}`}
      data-testid="library-board"
      data-board-id={board.boardId}
      data-source={source}
      data-stage={board.stage}
      aria-labelledby={`library-board-${board.boardId}`}
    >
      <div className="library-board__tags">
        <span className={`library-stage library-stage--${board.stage}`}>{b.stage[board.stage]}</span>
        <SourceChip source={source} />
      </div>
      <Heading className="library-board__title" id={`library-board-${board.boardId}`}>
        <Link href={boardPath(board.boardId)} data-testid="library-board-link">
          {title}
        </Link>
      </Heading>
      <p className="library-board__life-event" data-testid="library-board-life-event">
        {board.lifeEvent?.name ?? b.noLifeEvent}
      </p>
      {asIs && (
        <p className="library-board__made-from">
          <Link href={boardPath(asIs.boardId)}>{`${b.stage['as-is']}: ${asIs.title}`}</Link>
        </p>
      )}
      {board.situation.trim() !== '' && board.situation !== '–' && <p className="library-board__situation">{board.situation}</p>}
      <ul className="library-board__counts" aria-label={b.counts}>
        <li data-testid="library-count-steps" data-count={board.counts.steps}>
          {b.steps(board.counts.steps)}
        </li>
        <li data-testid="library-count-pain-points" data-count={board.counts.painPoints}>
          {b.painPoints(board.counts.painPoints)}
        </li>
        <li data-testid="library-count-kasteball" data-count={board.counts.kasteball} className={board.counts.kasteball > 0 ? 'library-board__kasteball' : undefined}>
          {b.kasteball(board.counts.kasteball)}
        </li>
      </ul>
      <AgencyChips agencies={board.agencies} label={b.agencies} />
      <p className="library-board__edited">
        <EditedAt editedAt={board.editedAt} language={language} now={now} label={b.edited} />
      </p>
    </article>
  )
}

function EditedAt({ editedAt, language, now, label }: { editedAt: number; language: Language; now: number; label: (when: string) => string }) {
  const t = useT()
  // Outside what a Date can hold (a broken answer) toISOString would throw: show nothing rather than break the page.
  if (!Number.isFinite(editedAt) || editedAt <= 0 || editedAt > 8.64e15) return null
  return (
    <time dateTime={new Date(editedAt).toISOString()} title={formatAbsoluteDate(editedAt, language)}>
      {label(formatRelativeDate(editedAt, language, t.time.justNow, now))}
    </time>
  )
}
