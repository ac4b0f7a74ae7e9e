import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { cardPath } from '../routing/router'
import { highlightMatches } from './highlightMatches'
import type { SearchOutcome } from './searchHits'
import { SourceChip } from './SourceChip'

/** The card search's hits grouped by board, the matching words marked; each hit opens its board with the card selected. */
export function SearchResults({ query, outcome, searching, localOnly }: { query: string; outcome: SearchOutcome; searching: boolean; localOnly: boolean }) {
  const t = useT()
  const s = t.library.search
  return (
    <section className="library-results" aria-labelledby="library-results-heading" data-testid="library-search-results" aria-busy={searching}>
      <h2 id="library-results-heading" className="library-section-heading">
        {s.resultsHeading(query)}
      </h2>
      <p className="library-results__count" role="status" data-testid="library-search-count" data-total={searching ? undefined : outcome.total}>
        {searching
          ? s.searching
          : outcome.total === 0
            ? s.noHits(query)
            : `${s.count(outcome.shown, outcome.total)} ${s.onBoards(outcome.groups.length)}`}
      </p>
      {localOnly && !searching && <p className="library-notice library-notice--warning">{s.localOnly}</p>}
      {outcome.groups.map((group) => (
        <section key={group.boardId} className="library-hit-group" aria-labelledby={`hits-${group.boardId}`} data-testid="library-hit-group" data-board-id={group.boardId}>
          <div className="library-hit-group__head">
            <h3 id={`hits-${group.boardId}`} className="library-hit-group__title">
              {group.boardTitle.trim() || t.board.untitled}
            </h3>
            {group.lifeEvent && <span className="library-hit-group__life-event">{group.lifeEvent.name}</span>}
            <SourceChip source={group.source} />
          </div>
          <ul className="library-hits">
            {group.hits.map((hit) => (
              <li key={hit.shapeId} className="library-hit" data-testid="library-hit" data-shape-id={hit.shapeId} data-card-type={hit.cardType}>
                <span className="library-hit__type">{s.cardTypes[hit.cardType] ?? s.cardTypes.other}</span>
                <Link href={cardPath(group.boardId, hit.shapeId)} className="library-hit__link" title={s.openCard} data-testid="library-hit-link">
                  {highlightMatches(hit.text, query).map((part, index) =>
                    part.match ? (
                      <mark key={index} className="library-hit__mark">
                        {part.text}
                      </mark>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
