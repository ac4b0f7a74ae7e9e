import type { LibraryBoard } from '@sammen/protocol'
import { useMemo } from 'react'
import { useNow } from '../format/useNow'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { LIBRARY_PATH, NEW_BOARD_PATH, navigate, useLocationSearch } from '../routing/router'
import { CardSearchForm } from './CardSearchForm'
import { LibraryBoardGroup } from './LibraryBoardCard'
import { filterChoices, groupBoards, mergeBoards } from './libraryBoards'
import { hasBoardFilters, libraryFiltersSearch, readLibraryFilters, type LibraryFilters } from './libraryFilters'
import { LibraryFilterBar } from './LibraryFilterBar'
import { LibraryFrame } from './LibraryFrame'
import { combineSearch } from './searchHits'
import { SearchResults } from './SearchResults'
import { LibraryStatus } from './ServerStatus'
import { useLocalIndex } from './useLocalIndex'
import { useServerLibrary, useServerSearch } from './useServerLibrary'

/**
 * `/bibliotek`: every board the person may see on the server and every board this browser holds, across life events,
 * each saying where it comes from; filters (life event, agency, text) and a card search across boards, both kept in
 * the address. Works offline from the boards this browser holds.
 */
export function LibraryPage() {
  const t = useT()
  const l = t.library
  const now = useNow()
  const filters = readLibraryFilters(useLocationSearch())
  const [server, retryServer] = useServerLibrary()
  const local = useLocalIndex()
  const [serverSearch, retrySearch] = useServerSearch(filters.query)

  const serverBoards: LibraryBoard[] | null = server.phase === 'answered' ? server.value.boards : null
  const localEntries = useMemo(() => (local.phase === 'read' ? local.entries : []), [local])
  const shown = useMemo(() => mergeBoards(serverBoards ?? [], localEntries.map((entry) => entry.board)), [serverBoards, localEntries])
  const groups = useMemo(() => groupBoards(shown, filters), [shown, filters.lifeEventId, filters.agencyId, filters.text]) // eslint-disable-line react-hooks/exhaustive-deps
  const choices = useMemo(() => filterChoices(shown), [shown])
  const loading = server.phase === 'asking' || local.phase === 'reading'

  const serverBoardIds = useMemo(() => (serverBoards ? new Set(serverBoards.map((board) => board.boardId)) : null), [serverBoards])
  const searchOutcome = useMemo(
    () => (filters.query === '' ? null : combineSearch(filters.query, serverSearch.phase === 'answered' ? serverSearch.value : null, serverBoardIds, localEntries)),
    [filters.query, serverSearch, serverBoardIds, localEntries],
  )

  const setFilters = (next: LibraryFilters, options: { push?: boolean } = {}) =>
    navigate(`${LIBRARY_PATH}${libraryFiltersSearch(next)}`, { replace: !options.push, keepScroll: true })
  const retry = () => {
    retryServer()
    if (filters.query !== '') retrySearch()
  }

  const boardCount = groups.reduce((sum, group) => sum + 1 + group.toBe.length, 0)
  return (
    <LibraryFrame documentTitle={l.title} current="library">
      <div className="library-page">
        <h1 className="library-page__title">{l.title}</h1>
        <p className="library-page__intro">{l.intro}</p>
        <LibraryStatus
          serverCount={serverBoards?.length ?? null}
          localOnlyCount={shown.filter((item) => item.source === 'local').length}
          asking={loading}
          problem={server.phase === 'failed' ? server.problem : null}
          refusedTokens={server.phase === 'answered' ? server.value.refusedTokens : 0}
          localFailed={local.phase === 'read' ? local.failed : 0}
          onRetry={retry}
        />

        <section className="library-panel" aria-labelledby="library-search-heading">
          <h2 id="library-search-heading" className="library-section-heading">
            {l.search.heading}
          </h2>
          <CardSearchForm query={filters.query} onSearch={(query) => setFilters({ ...filters, query }, { push: true })} />
        </section>

        {searchOutcome && (
          <SearchResults
            query={filters.query}
            outcome={searchOutcome}
            searching={serverSearch.phase === 'asking' || local.phase === 'reading'}
            localOnly={serverSearch.phase === 'failed'}
          />
        )}

        <section className="library-boards" aria-labelledby="library-boards-heading">
          <div className="library-boards__head">
            <h2 id="library-boards-heading" className="library-section-heading">
              {l.boards.heading}
            </h2>
            {!loading && shown.length > 0 && (
              <p className="library-boards__count" data-testid="library-board-count" data-count={boardCount}>
                {l.boards.shown(boardCount, shown.length)}
              </p>
            )}
          </div>
          {shown.length > 0 && <LibraryFilterBar filters={filters} choices={choices} onChange={(next) => setFilters(next)} />}
          {!loading && shown.length === 0 && (
            <div className="empty-state library-empty" data-testid="library-empty">
              <h3 className="empty-state__title">{l.empty.noBoardsTitle}</h3>
              <p className="empty-state__body">{l.empty.noBoardsBody}</p>
              <Link href={NEW_BOARD_PATH} className="button button--primary library-empty__action">
                {l.empty.newBoard}
              </Link>
            </div>
          )}
          {shown.length > 0 && groups.length === 0 && hasBoardFilters(filters) && (
            <div className="empty-state library-empty" data-testid="library-no-match">
              <h3 className="empty-state__title">{l.empty.noMatchTitle}</h3>
              <p className="empty-state__body">{l.empty.noMatchBody}</p>
            </div>
          )}
          {groups.length > 0 && (
            <ul className="library-list" data-testid="library-list">
              {groups.map((group) => (
                <LibraryBoardGroup key={group.head.board.boardId} group={group} now={now} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </LibraryFrame>
  )
}
