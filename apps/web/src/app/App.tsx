import { isBoardId } from '@sammen/journey-model'
import { AgencyPage } from '../agencyPage/AgencyPage'
import { BoardPage } from '../board/BoardPage'
import { useDocumentLanguage } from '../i18n'
import { LibraryPage } from '../library/LibraryPage'
import { NewBoardPage } from '../newBoard/NewBoardPage'
import { parseRoute, usePathname } from '../routing/router'
import { StartPage } from '../start/StartPage'
import { NotFoundPage } from './NotFoundPage'

/** The top of the app: the address decides the page. */
export function App() {
  useDocumentLanguage()
  const route = parseRoute(usePathname())
  switch (route.name) {
    case 'start':
      return <StartPage />
    case 'newBoard':
      return <NewBoardPage />
    case 'board':
      // `/b/<id>`: every well-formed id opens (or creates) that board; anything else is "not found". key: a different
      // board is a different room and store, never a reused one. Switching views keeps the room open.
      if (!isBoardId(route.boardIdText)) return <NotFoundPage />
      return <BoardPage key={route.boardIdText} boardId={route.boardIdText} view={route.view} />
    case 'library':
      return <LibraryPage />
    case 'agency':
      // key: another agency is another page (its requests and state start afresh).
      return <AgencyPage key={route.agencyIdText} agencyIdText={route.agencyIdText} />
    case 'notFound':
      return <NotFoundPage />
  }
}
