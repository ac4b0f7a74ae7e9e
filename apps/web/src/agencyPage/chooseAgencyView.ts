import { agencyOverview, type LibraryJourney } from '@sammen/journey-model'
import type { BoardIndexEntry } from '@sammen/journey-shapes'
import type { AgencyOverview } from '@sammen/protocol'
import type { LibraryProblem } from '../library/libraryApi'
import type { LocalIndexState } from '../library/useLocalIndex'
import type { ServerState } from '../library/useServerLibrary'

/** What the page shows of one agency: the server's answer, or the same worked out from this browser's boards. */
export type AgencyView = Omit<AgencyOverview, 'refusedTokens'>

export type AgencyPageState =
  | { kind: 'loading' }
  | { kind: 'shown'; view: AgencyView; source: 'server' | 'local'; problem: LibraryProblem | null; refusedTokens: number }
  | { kind: 'not-found'; reason: 'unknown' | 'bad-id'; problem: LibraryProblem | null }

/** A board this browser holds as the journeys-across functions take it. */
export function libraryJourneyOf(entry: BoardIndexEntry): LibraryJourney {
  return { boardId: entry.board.boardId, boardTitle: entry.board.title, lifeEvent: entry.board.lifeEvent, journey: entry.journey, agencies: entry.board.agencies }
}

/**
 * Decides what the agency page shows. The server's overview when it answers (it sees every board the person may,
 * with the same rights); when it cannot answer, or says it knows no such agency, the overview of the boards this
 * browser holds, worked out here with the same `agencyOverview` (offline, or an agency only a board not yet synced
 * names). An id that is no id, or an agency nobody names, is "not found".
 */
export function chooseAgencyView(agencyId: string, server: ServerState<AgencyOverview>, local: LocalIndexState): AgencyPageState {
  if (server.phase === 'idle' || server.phase === 'asking') return { kind: 'loading' }
  if (server.phase === 'answered') {
    const { refusedTokens, ...view } = server.value
    return { kind: 'shown', view, source: 'server', problem: null, refusedTokens }
  }
  const problem = server.problem
  if (problem.kind === 'refused' && problem.code === 'bad-agency-id') return { kind: 'not-found', reason: 'bad-id', problem: null }
  if (local.phase === 'reading') return { kind: 'loading' }
  const view = agencyOverview(local.entries.map(libraryJourneyOf), agencyId)
  // The server looked and found nothing: saying why it was asked again here would only confuse.
  const unknownThere = problem.kind === 'refused' && problem.code === 'unknown-agency'
  if (!view) return { kind: 'not-found', reason: 'unknown', problem: unknownThere ? null : problem }
  return { kind: 'shown', view, source: 'local', problem: unknownThere ? null : problem, refusedTokens: 0 }
}
