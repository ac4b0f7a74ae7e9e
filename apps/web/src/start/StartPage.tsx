import { useEffect, useId } from 'react'
import { forgetWorkspaceLink, useWorkspaceToken } from '../access/workspaceLink'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { LIBRARY_PATH, NEW_BOARD_PATH } from '../routing/router'
import { BoardList } from './BoardList'
import { OpenBoardFileButton } from './OpenBoardFileButton'
import { ImportJourneyButton } from '../imports/ImportJourneyButton'
import { PersonNameField } from './PersonNameField'
import { useSyncPendingBoards } from './useSyncPendingBoards'

export function StartPage() {
  const t = useT()
  const boardsHeadingId = useId()
  const workspace = useWorkspaceToken()
  useSyncPendingBoards()

  useEffect(() => {
    document.title = t.app.name
  }, [t])

  return (
    <div className="start-page">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="start-header">
        <div className="start-header__brand">
          <SammenLogo size={28} />
          <span className="start-header__wordmark" aria-hidden="true">
            Sammen
          </span>
        </div>
        <LanguageSwitch />
      </header>

      <main id="main" className="start-main" tabIndex={-1}>
        <section className="hero" aria-labelledby="start-title">
          <h1 id="start-title" className="hero__title">
            {t.app.name}
          </h1>
          <p className="hero__tagline">{t.app.tagline}</p>
          <div className="hero__actions">
            <Link href={NEW_BOARD_PATH} className="button button--primary button--large" data-testid="new-board">
              <PlusIcon />
              {t.start.newBoard}
            </Link>
            <OpenBoardFileButton />
            <ImportJourneyButton />
            <p className="hero__hint">{t.start.newBoardHint}</p>
            <p className="hero__library">
              <Link href={LIBRARY_PATH} className="hero__library-link" data-testid="open-library">
                {t.library.startLink}
              </Link>{' '}
              <span className="hero__library-hint">{t.library.startHint}</span>
            </p>
            {workspace && (
              <p className="hero__workspace" data-testid="workspace-note">
                {t.start.workspace}{' '}
                <button type="button" className="link-button" onClick={forgetWorkspaceLink}>
                  {t.start.forgetWorkspace}
                </button>
              </p>
            )}
          </div>
          <PersonNameField />
        </section>

        <section className="boards" aria-labelledby={boardsHeadingId}>
          <h2 id={boardsHeadingId} className="boards__heading">
            {t.start.boardsHeading}
          </h2>
          <BoardList headingId={boardsHeadingId} />
        </section>
      </main>

      <footer className="start-footer">
        <p>{t.start.footer}</p>
      </footer>
    </div>
  )
}

function PlusIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  )
}
