import { useEffect } from 'react'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'

export function NotFoundPage() {
  const t = useT()
  useEffect(() => {
    document.title = `${t.notFound.title} – Sammen`
  }, [t])
  return (
    <main className="not-found" data-testid="not-found">
      <SammenLogo size={48} />
      <h1 className="not-found__title">{t.notFound.title}</h1>
      <p className="not-found__body">{t.notFound.body}</p>
      <Link href="/" className="button button--primary">
        {t.notFound.home}
      </Link>
    </main>
  )
}
