import { useT } from '../i18n'
import type { BoardSource } from './libraryBoards'

/** Where a board or a hit comes from: the server's index, or only this browser. */
export function SourceChip({ source }: { source: BoardSource }) {
  const t = useT()
  return (
    <span className={`library-source library-source--${source}`} data-testid="library-source" data-source={source}>
      {t.library.sources[source]}
    </span>
  )
}
