import { useEffect, type ReactNode } from 'react'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { LIBRARY_PATH } from '../routing/router'
import './library.css'

/**
 * The frame of the pages across boards (the library, an agency's page): a skip link, a header with the way home, the
 * library and the language, and a main landmark. Plain document flow, so it scrolls, zooms, reflows and prints.
 */
export function LibraryFrame({ documentTitle, current, children }: { documentTitle: string; current: 'library' | 'agency'; children: ReactNode }) {
  const t = useT()
  useEffect(() => {
    document.title = `${documentTitle} – Sammen`
  }, [documentTitle])
  return (
    <div className="library-frame" data-testid={`${current}-page`}>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="library-frame__header">
        <div className="library-frame__header-inner">
          <Link href="/" className="library-frame__home" title={t.board.backToStart}>
            <SammenLogo size={28} />
            <span className="library-frame__wordmark">Sammen</span>
            <span className="visually-hidden"> – {t.board.backToStart}</span>
          </Link>
          <nav className="library-frame__nav" aria-label={t.library.navLabel}>
            <ul>
              <li>
                <Link href="/">{t.library.home}</Link>
              </li>
              <li>
                <Link href={LIBRARY_PATH} aria-current={current === 'library' ? 'page' : undefined} data-testid="library-nav-link">
                  {t.library.navLink}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="library-frame__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
