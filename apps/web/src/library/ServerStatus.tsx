import { LibraryRefusal } from '@sammen/protocol'
import type { LibraryProblem } from './libraryApi'
import { useT, type Dictionary } from '../i18n'

/** Refusals that only mean "not now": the server is busy, shutting down or failed; asking again later may work. */
const TRY_AGAIN_CODES: readonly (string | null)[] = [LibraryRefusal.rateLimited, LibraryRefusal.unavailable, LibraryRefusal.internal]

/** What a failed library request means for the person, in the words of the page that asked. */
export function problemText(problem: LibraryProblem, texts: { unreachable: string; noAccess: string; notUnderstood: string; refused: string; busy: string }): string {
  if (problem.kind === 'unreachable') return texts.unreachable
  if (problem.kind === 'not-understood') return texts.notUnderstood
  if (problem.code === LibraryRefusal.noAccess) return texts.noAccess
  return TRY_AGAIN_CODES.includes(problem.code) ? texts.busy : texts.refused
}

/**
 * Where the library's boards come from, and what went wrong when the server could not answer: counts per source,
 * tokens that no longer work, and a retry. A polite live region, so a change (the server answering late) is heard.
 */
export function LibraryStatus({
  serverCount,
  localOnlyCount,
  asking,
  problem,
  refusedTokens,
  localFailed,
  onRetry,
}: {
  serverCount: number | null
  localOnlyCount: number
  asking: boolean
  problem: LibraryProblem | null
  refusedTokens: number
  localFailed: number
  onRetry: () => void
}) {
  const t = useT()
  const s = t.library.status
  return (
    <div className="library-status" role="status" data-testid="library-status" data-server={asking ? 'asking' : problem ? problem.kind : 'answered'}>
      {asking && <p className="library-status__line">{s.loading}</p>}
      {!asking && (serverCount !== null || localOnlyCount > 0) && (
        <ul className="library-status__counts">
          {serverCount !== null && <li data-testid="library-status-server">{s.fromServer(serverCount)}</li>}
          {localOnlyCount > 0 && <li data-testid="library-status-local">{s.localOnly(localOnlyCount)}</li>}
        </ul>
      )}
      {problem && (
        <p className="library-notice library-notice--warning" data-testid="library-server-problem" data-problem={problem.kind} data-code={problem.kind === 'refused' ? (problem.code ?? '') : ''}>
          {problemText(problem, statusTexts(t))}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {s.retry}
          </button>
        </p>
      )}
      {refusedTokens > 0 && <p className="library-notice">{s.refusedTokens(refusedTokens)}</p>}
      {localFailed > 0 && <p className="library-notice library-notice--warning">{s.localFailed}</p>}
    </div>
  )
}

const statusTexts = (t: Dictionary) => t.library.status
