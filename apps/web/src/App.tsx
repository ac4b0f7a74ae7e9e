import { BoardRoute } from './board/BoardPage'
import { useDocumentLanguage } from './i18n'
import { NewBoardPage } from './newBoard/NewBoardPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { StartPage } from './pages/StartPage'
import { parseRoute, usePathname } from './routing/router'

export function App() {
  useDocumentLanguage()
  const route = parseRoute(usePathname())
  switch (route.name) {
    case 'start':
      return <StartPage />
    case 'newBoard':
      return <NewBoardPage />
    case 'board':
      return <BoardRoute boardIdText={route.boardIdText} view={route.view} />
    case 'notFound':
      return <NotFoundPage />
  }
}
