import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { boardPath, type BoardView } from '../routing/router'

const VIEWS: readonly BoardView[] = ['canvas', 'outline', 'report']

/**
 * Switches between the board's views: the canvas, the outline (the same journey as structured text, for keyboard
 * and screen-reader users) and the reports. Links, not tabs: each view has its own address to share and bookmark.
 */
export function BoardViewNav({ boardId, current }: { boardId: string; current: BoardView }) {
  const t = useT()
  return (
    <nav className="board-view-nav" aria-label={t.boardViews.navLabel} data-testid="board-view-nav">
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <Link href={boardPath(boardId, view)} className="board-view-nav__link" aria-current={view === current ? 'page' : undefined}>
              {t.boardViews[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
